import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { overseenBy } from '../access/oversight.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';

// Whose programmes, units and operations an evaluator reaches: their own agency's, and those of the agencies a
// coordination body oversees (src/access/oversight.ts) when the evaluator works there. Anything else is "not found".

export type Reach = 'all' | string[];

export async function reachOf(db: Kysely<Database>, actor: Actor): Promise<Reach> {
  if (actor.kind === 'system') return 'all';
  if (!actor.agencyId) return [];
  const overseen = await overseenBy(db, actor.agencyId);
  return overseen === 'all' ? 'all' : [actor.agencyId, ...overseen];
}

export const reaches = (reach: Reach, agencyId: string): boolean =>
  reach === 'all' || reach.includes(agencyId);

/** For a query on an agency column: the agencies reached, or null for every agency. */
export const reachList = (reach: Reach): string[] | null => (reach === 'all' ? null : reach);

export const todayOf = (now?: () => number) => new Date(now?.() ?? Date.now()).toISOString().slice(0, 10);

export async function auditRead(
  db: Kysely<Database>,
  actor: Actor,
  action: string,
  requestId: string,
  detail: Record<string, unknown>,
  resource: { type: string; id?: string } = { type: 'outcomes' },
) {
  await db
    .transaction()
    .execute((trx) => appendAudit(trx, { actor, action, resource, outcome: 'success', requestId, detail }));
}
