import type { Kysely } from 'kysely';
import { type Actor, can } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { PUBLISHED_SETS } from './published-sets.ts';

/** Fewer screenings than this and nothing is shown: a count of one or two could single a person out. */
export const MIN_SCREENINGS = 3;

type AnswerMap = Record<string, { answer?: string }>;

/**
 * What screenings of the people removed from a site say about the site, for its target profile. The rule for
 * sharing across agencies: only counts leave the screening agency — how many were screened, how many presumed
 * trafficked, and how many times each indicator was observed — never a pseudonym, an answer's observation or
 * anything about one person; only for operations that have ended (while one runs, its target is
 * compartmented); and only from three screenings up.
 */
export async function siteFindings(db: Kysely<Database>, actor: Actor, entityId: string) {
  const ops = await db
    .selectFrom('operations')
    .select(['id', 'agency_id'])
    .where('target_entity_id', '=', entityId)
    .where('status', '=', 'concluded')
    .execute();
  const visible = ops.filter((o) =>
    can(actor, 'intel.read', { type: 'operation', id: o.id, agencyId: o.agency_id }),
  );
  if (visible.length === 0) return null;
  const rows = await db
    .selectFrom('screenings')
    .select(['set_id', 'answers', 'evaluation'])
    .where(
      'source_operation_id',
      'in',
      visible.map((o) => o.id),
    )
    .where('status', '=', 'completed')
    .execute();
  if (rows.length < MIN_SCREENINGS)
    return { screened: rows.length, suppressed: true, presumedTrafficked: null, indicators: [] };
  const counts = new Map<string, { set: string; id: string; n: number }>();
  for (const r of rows) {
    for (const [id, a] of Object.entries(r.answers as AnswerMap)) {
      if (a.answer !== 'yes') continue;
      const key = `${r.set_id}/${id}`;
      const c = counts.get(key) ?? { set: r.set_id, id, n: 0 };
      c.n++;
      counts.set(key, c);
    }
  }
  const label = (set: string, id: string) =>
    (PUBLISHED_SETS.get(set)?.indicators as { id: string; label: string }[] | undefined)?.find(
      (i) => i.id === id,
    )?.label ?? id;
  return {
    screened: rows.length,
    suppressed: false,
    presumedTrafficked: rows.filter(
      (r) => (r.evaluation as { outcome?: string } | null)?.outcome === 'presumed_trafficked',
    ).length,
    indicators: [...counts.values()]
      .sort((a, b) => b.n - a.n)
      .map((c) => ({ indicator: c.id, label: label(c.set, c.id), observed: c.n })),
  };
}
