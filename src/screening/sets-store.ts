import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { type IndicatorSet, indicatorSetSchema } from './indicator-set.ts';
import { PUBLISHED_QUESTIONS, PUBLISHED_SETS } from './published-sets.ts';
import type { Questions } from './questions.ts';
import type { setSummaryReply } from './schema.ts';

export type SetSummary = z.output<typeof setSummaryReply>;

const summary = (s: IndicatorSet, origin: SetSummary['origin']): SetSummary => ({
  id: s.id,
  version: s.version,
  name: s.name,
  kind: s.kind,
  complete: s.complete,
  exploitation: s.exploitation,
  notes: s.notes,
  origin,
});

async function agencySets(db: Kysely<Database>, agencyId: string | null): Promise<IndicatorSet[]> {
  if (!agencyId) return [];
  const rows = await db
    .selectFrom('indicator_sets')
    .select('definition')
    .where('agency_id', '=', agencyId)
    .orderBy('id')
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => indicatorSetSchema.parse(r.definition));
}

/** The published sets and the actor's agency's own, newest version first. */
export async function listSets(db: Kysely<Database>, actor: Actor): Promise<SetSummary[]> {
  return [
    ...[...PUBLISHED_SETS.values()].map((s) => summary(s, 'published')),
    ...(await agencySets(db, actor.agencyId)).map((s) => summary(s, 'agency')),
  ];
}

/** A set by id (its newest version, or the one named): published, or the actor's agency's own. */
export async function findSet(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  version?: string,
): Promise<IndicatorSet> {
  const published = PUBLISHED_SETS.get(id);
  if (published && (!version || published.version === version)) return published;
  const own = (await agencySets(db, actor.agencyId)).filter(
    (s) => s.id === id && (!version || s.version === version),
  );
  if (own[0]) return own[0];
  if (version) throw new AppError('not_found', `No indicator set "${id}" version ${version}.`);
  throw new AppError('not_found', `No indicator set "${id}".`);
}

/**
 * A set as served, with the questions put to the person: a published set's from its file, an agency's own from its
 * definition, none ({}) when it has none.
 */
export function withQuestions(set: IndicatorSet): IndicatorSet & { questions: Questions } {
  const published = PUBLISHED_SETS.get(set.id) === set ? PUBLISHED_QUESTIONS.get(set.id) : undefined;
  return { ...set, questions: set.questions ?? published ?? {} };
}

/** Adds an agency's own set (a national screening form, say) as data; a published id or an existing version is refused. */
export async function addAgencySet(
  db: Kysely<Database>,
  actor: Actor,
  definition: unknown,
): Promise<SetSummary> {
  const parsed = indicatorSetSchema.safeParse(definition);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      parsed.error.issues
        .slice(0, 10)
        .map((i) => `${i.path.join('.') || 'set'}: ${i.message}`)
        .join('; '),
    );
  }
  const set = parsed.data;
  if (PUBLISHED_SETS.has(set.id))
    throw new AppError('conflict', `id: "${set.id}" is a published set; give yours another id`);
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  const exists = await db
    .selectFrom('indicator_sets')
    .select('id')
    .where('id', '=', set.id)
    .where('version', '=', set.version)
    .executeTakeFirst();
  if (exists)
    throw new AppError(
      'conflict',
      `version: "${set.id}" version ${set.version} exists; sets are versioned, give a new version`,
    );
  await db
    .insertInto('indicator_sets')
    .values({
      id: set.id,
      version: set.version,
      agency_id: actor.agencyId,
      definition: JSON.stringify(set),
      created_by: actor.userId,
    })
    .execute();
  return summary(set, 'agency');
}
