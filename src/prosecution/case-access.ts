import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';

// A prosecution case file is its agency's only: another agency's case does not exist for the actor (404). Every
// change is audited in its own transaction, on the case, with codes and ids only.

export type Q = Kysely<Database>;
export type Trx = Transaction<Database>;

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** The case, when it belongs to the actor's agency; otherwise not found. */
export async function caseOfAgency(q: Q | Trx, actor: Actor, caseId: string) {
  const c = await q
    .selectFrom('prosecution_cases')
    .selectAll()
    .where('id', '=', caseId)
    .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
    .executeTakeFirst();
  if (!c) throw new AppError('not_found', 'No such case file in your agency.');
  return c;
}

/** The case, open, for a change; locked until the transaction ends (items are numbered within their case). */
export async function openCaseForChange(trx: Trx, actor: Actor, caseId: string) {
  const c = await caseOfAgency(trx, actor, caseId);
  await trx.selectFrom('prosecution_cases').select('id').where('id', '=', caseId).forUpdate().execute();
  if (c.status !== 'open') throw new AppError('conflict', `Case file ${c.ref} is closed; it is not changed.`);
  if (!actor.userId) throw new AppError('forbidden', 'A case file is changed by a user.');
  return { ...c, userId: actor.userId, agencyId: c.agency_id };
}

export const auditCase = (
  trx: Trx,
  actor: Actor,
  caseId: string,
  action: string,
  requestId: string,
  detail: Record<string, unknown> = {},
) =>
  appendAudit(trx, {
    actor,
    action,
    resource: { type: 'prosecution_case', id: caseId },
    outcome: 'success',
    requestId,
    detail,
  });

/** A read of the case (its page, its scope, its court file), audited. */
export const auditCaseRead = (
  db: Q,
  actor: Actor,
  caseId: string,
  action: string,
  requestId: string,
  detail: Record<string, unknown> = {},
) => db.transaction().execute((trx) => auditCase(trx, actor, caseId, action, requestId, detail));
