import type { Kysely, Transaction } from 'kysely';
import type { CreatedAt } from '../db/column-types.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { appendAudit } from './audit.ts';
import { type Actor, can } from './policy.ts';

/** One agency a coordination body oversees; `overseen_id` null: every agency. */
export interface AgencyOversightTable {
  overseer_id: string;
  overseen_id: string | null;
  granted_by: string | null;
  granted_at: CreatedAt;
}

type Q = Kysely<Database> | Transaction<Database>;

const withOversight = (db: Q) =>
  (db as Kysely<Database>).withTables<{ agency_oversight: AgencyOversightTable }>();

/** Which agencies this agency oversees: 'all', or a list (empty when none). */
export type Overseen = 'all' | string[];

export async function overseenBy(db: Q, agencyId: string | null): Promise<Overseen> {
  if (!agencyId) return [];
  const rows = await withOversight(db)
    .selectFrom('agency_oversight')
    .select('overseen_id')
    .where('overseer_id', '=', agencyId)
    .execute();
  if (rows.some((r) => r.overseen_id === null)) return 'all';
  return rows.map((r) => r.overseen_id).filter((id): id is string => id !== null);
}

async function agencyKind(db: Q, id: string) {
  const a = await db.selectFrom('agencies').select('kind').where('id', '=', id).executeTakeFirst();
  return a?.kind ?? null;
}

/**
 * Sets the agencies a coordination body oversees (its auditors then read their audit logs and leak reviews):
 * a list, or 'all'. Only a coordination agency oversees others; the whole set is replaced and audited.
 */
export async function setOversight(
  db: Kysely<Database>,
  actor: Actor,
  overseerId: string,
  overseen: Overseen,
  requestId: string,
): Promise<{ agencyId: string; oversees: Overseen }> {
  if (!can(actor, 'agency.oversee')) throw new AppError('forbidden');
  const kind = await agencyKind(db, overseerId);
  if (!kind) throw new AppError('not_found', 'id: no such agency');
  if (kind !== 'coordination')
    throw new AppError('validation_failed', 'id: only a coordination agency oversees other agencies');
  const list = overseen === 'all' ? [] : [...new Set(overseen)];
  if (list.includes(overseerId))
    throw new AppError('validation_failed', 'oversees: an agency already reads its own audit log');
  if (list.length) {
    const found = await db.selectFrom('agencies').select('id').where('id', 'in', list).execute();
    if (found.length !== list.length) throw new AppError('validation_failed', 'oversees: no such agency');
  }
  await db.transaction().execute(async (trx) => {
    const o = withOversight(trx);
    await o.deleteFrom('agency_oversight').where('overseer_id', '=', overseerId).execute();
    const rows = overseen === 'all' ? [null] : list;
    if (rows.length)
      await o
        .insertInto('agency_oversight')
        .values(rows.map((id) => ({ overseer_id: overseerId, overseen_id: id, granted_by: actor.userId })))
        .execute();
    await appendAudit(trx, {
      actor,
      action: 'agency.oversight_set',
      resource: { type: 'agency', id: overseerId },
      outcome: 'success',
      requestId,
      detail: { oversees: overseen === 'all' ? 'all' : list },
    });
  });
  return { agencyId: overseerId, oversees: await overseenBy(db, overseerId) };
}

/** What an agency oversees, for a system administrator. */
export async function readOversight(db: Kysely<Database>, actor: Actor, agencyId: string) {
  if (!can(actor, 'agency.oversee')) throw new AppError('forbidden');
  if (!(await agencyKind(db, agencyId))) throw new AppError('not_found', 'id: no such agency');
  return { agencyId, oversees: await overseenBy(db, agencyId) };
}

/** For the demo loader: the coordination agency oversees the listed agencies. */
export async function grantOversight(trx: Transaction<Database>, overseerId: string, overseen: string[]) {
  if (!overseen.length) return;
  await withOversight(trx)
    .insertInto('agency_oversight')
    .values(overseen.map((id) => ({ overseer_id: overseerId, overseen_id: id, granted_by: null })))
    .execute();
}
