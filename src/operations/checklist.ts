import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { commandOperation } from './compartment.ts';
import { auditOperation } from './op-audit.ts';
import type { Plan } from './plan-schema.ts';
import { readOperation } from './plans.ts';

/**
 * Ticks (or unticks) one briefing or go/no-go item. Unlike an edit of the plan this keeps its approval and its
 * version: confirming the checklist just before the raid is what the checklist is for, and ticking ten boxes must
 * not make ten versions (nor refuse the commander's next save as stale). A plan save keeps the ticks as they stand
 * (see `keepTicks`), so it cannot undo one either. The row is locked, so two ticks at once both land.
 */
export async function setChecklistItem(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: { list: 'briefing' | 'goNoGo'; index: number; done: boolean },
  requestId: string,
) {
  await commandOperation(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const op = await trx
      .selectFrom('operations')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!['planning', 'approved'].includes(op.status))
      throw new AppError('conflict', `The operation is ${op.status}; its checklists are closed.`);
    const plan = op.plan as Pick<Plan, 'briefing' | 'goNoGo'>;
    const items = plan[input.list];
    const item = items[input.index];
    if (!item)
      throw new AppError('validation_failed', `index: the ${input.list} list has no item ${input.index}`);
    const next = {
      ...plan,
      [input.list]: items.map((x, i) => (i === input.index ? { ...x, done: input.done } : x)),
    };
    await trx
      .updateTable('operations')
      .set(() => ({
        plan: JSON.stringify(next),
        updated_by: actor.userId ?? op.updated_by,
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .execute();
    await auditOperation(trx, actor, 'operations.checklist', id, requestId, {
      list: input.list,
      index: input.index,
      done: input.done,
    });
  });
  return readOperation(db, actor, id, requestId);
}
