import type { Kysely } from 'kysely';
import { type Actor, hasPermission } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { commandOperation } from './compartment.ts';

type Q = Kysely<Database>;

/**
 * Who may name members: a commanding member. One exception keeps an operation from being orphaned when its last
 * commander's account was reset (and so left every operation): while it has no commanding member at all, the person
 * who approved its decision, who already knew its target, may name a new commander. Nobody else, whatever their
 * rank; the step is audited on the operation and shows in its leak review.
 */
export async function mayNameMembers(db: Q, actor: Actor, id: string, role: string) {
  try {
    return { ...(await commandOperation(db, actor, id)), restoring: false };
  } catch (e) {
    if (!(e instanceof AppError) || role !== 'command' || !hasPermission(actor, 'operations.write')) throw e;
    const op = await db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!op?.decision_id || op.agency_id !== actor.agencyId) throw e;
    const commanders = await db
      .selectFrom('operation_members')
      .select('id')
      .where('operation_id', '=', id)
      .where('role', '=', 'command')
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (commanders) throw e;
    const decision = await db
      .selectFrom('intervention_decisions')
      .select('approver_id')
      .where('id', '=', op.decision_id)
      .executeTakeFirst();
    if (!decision || decision.approver_id !== actor.userId) throw e;
    return { op, role: null, restoring: true };
  }
}
