import type { Kysely } from 'kysely';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { visibleReports } from '../entities.ts';

/** Markings under which material may not leave Lantern in a file: TLP:RED and AMBER+STRICT, handling code C. */
const STAYS = ['RED', 'AMBER+STRICT'];

/**
 * The reports whose facts and links may go into an export file: those the actor may see, less those whose
 * handling (C: conditions attached) or TLP marking (RED, AMBER+STRICT) keeps them inside. What they assert is
 * counted as withheld, like what the actor may not see.
 */
export async function exportableReports(
  db: Kysely<Database>,
  actor: Actor,
  ids: string[],
): Promise<Set<string>> {
  const seen = await visibleReports(db, actor, ids);
  if (seen.size === 0) return seen;
  const kept = await db
    .selectFrom('intel_reports')
    .select('id')
    .where('id', 'in', [...seen])
    .where((eb) => eb.or([eb('handling', '=', 'C'), eb('tlp', 'in', STAYS)]))
    .execute();
  for (const k of kept) seen.delete(k.id);
  return seen;
}
