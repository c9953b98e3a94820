import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import {
  BUILT_IN_MAPPINGS,
  type ColumnMapping,
  checkMapping,
  type ImportKindName,
  mappingSchema,
} from './mapping.ts';

/** A mapping by name: the agency's own saved ones first, then the built-in ones. */
export async function findMapping(
  db: Kysely<Database>,
  agencyId: string,
  name: string,
  kind: ImportKindName = 'calls',
): Promise<ColumnMapping> {
  const row = await db
    .selectFrom('column_mappings')
    .select('definition')
    .where('agency_id', '=', agencyId)
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
  if (row) return mappingSchema.parse(row.definition);
  const built = BUILT_IN_MAPPINGS[name];
  if (built?.kind === kind) return built;
  const known = Object.values(BUILT_IN_MAPPINGS)
    .filter((m) => m.kind === kind)
    .map((m) => m.name);
  throw new AppError(
    'not_found',
    `No ${kind} mapping "${name}". Built in: ${known.join(', ')}; or save your provider's own.`,
  );
}

/** Saves (or replaces) a provider's mapping for an agency, after checking it. */
export async function saveMapping(
  db: Kysely<Database>,
  agencyId: string,
  definition: unknown,
): Promise<ColumnMapping> {
  const checked = checkMapping(definition);
  // Each problem names its setting; the catalogues translate such a list problem by problem.
  if ('problems' in checked) throw new AppError('validation_failed', checked.problems.join('; '));
  const m = checked.mapping;
  await db
    .insertInto('column_mappings')
    .values({ agency_id: agencyId, kind: m.kind, name: m.name, definition: JSON.stringify(m) })
    .onConflict((oc) =>
      oc.columns(['agency_id', 'kind', 'name']).doUpdateSet({ definition: JSON.stringify(m) }),
    )
    .execute();
  return m;
}
