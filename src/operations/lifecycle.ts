import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { sealOfRow } from '../access/record-seals.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { commandOperation } from './compartment.ts';
import { auditOperation } from './op-audit.ts';
import { activeMembers, planOf } from './operation-view.ts';
import { readOperation } from './plans.ts';
import { noGoItems, planGaps } from './readiness.ts';

type Q = Kysely<Database>;

async function move(
  db: Q,
  actor: Actor,
  id: string,
  from: readonly string[],
  set: Record<string, unknown> & { status: string },
  action: string,
  requestId: string,
  detail?: Record<string, unknown>,
) {
  await db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('operations')
      .set(set)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .returning('id')
      .executeTakeFirst();
    if (!moved) throw new AppError('conflict', 'The operation changed state meanwhile; reload it.');
    await auditOperation(trx, actor, action, id, requestId, detail);
  });
  return readOperation(db, actor, id, requestId);
}

/**
 * Approves the version of the plan the approver read: by a commanding member other than its author, and only
 * once every objective has someone responsible, each expected language an interpreter, and the people removed a
 * safe place to go.
 */
export async function approveOperation(db: Q, actor: Actor, id: string, version: number, requestId: string) {
  const { op } = await commandOperation(db, actor, id);
  if (op.status !== 'planning')
    throw new AppError('conflict', `The operation is ${op.status}, not awaiting approval.`);
  if (op.created_by === actor.userId)
    throw new AppError(
      'forbidden',
      'The person who planned the operation cannot approve it; another commander must.',
    );
  if (actor.userId && op.changed_since_approval.includes(actor.userId))
    throw new AppError(
      'forbidden',
      'You changed this plan since its last approval; a commander who did not change it must approve it.',
    );
  if (op.version !== version)
    throw new AppError(
      'conflict',
      `version: the plan changed since version ${version}; read version ${op.version} first`,
      {
        currentVersion: op.version,
      },
    );
  const gaps = planGaps(planOf(op), await activeMembers(db, id));
  if (gaps.length) throw new AppError('conflict', 'The plan is not ready for approval.', { gaps });
  const approvedAt = new Date();
  return move(
    db,
    actor,
    id,
    ['planning'],
    { status: 'approved', approved_by: actor.userId, approved_at: approvedAt, changed_since_approval: [] },
    'operations.plan_approve',
    requestId,
    {
      version,
      seal: sealOfRow(db, 'operation', { ...op, approved_by: actor.userId, approved_at: approvedAt }),
    },
  );
}

/** Go: execution starts only when every go/no-go item is confirmed. */
export async function startOperation(db: Q, actor: Actor, id: string, requestId: string) {
  const { op } = await commandOperation(db, actor, id);
  if (op.status !== 'approved')
    throw new AppError('conflict', `The operation is ${op.status}; only an approved plan can start.`);
  const noGo = noGoItems(planOf(op));
  if (noGo.length) throw new AppError('conflict', 'Go/no-go items are not all confirmed.', { noGo });
  return move(
    db,
    actor,
    id,
    ['approved'],
    { status: 'executing', started_at: new Date() },
    'operations.start',
    requestId,
  );
}

/** Ends execution: late entries from phones that were offline are still accepted if they happened before this. */
export async function concludeOperation(db: Q, actor: Actor, id: string, requestId: string) {
  await commandOperation(db, actor, id);
  return move(
    db,
    actor,
    id,
    ['executing'],
    { status: 'concluded', concluded_at: new Date() },
    'operations.conclude',
    requestId,
  );
}

export async function cancelOperation(db: Q, actor: Actor, id: string, reason: string, requestId: string) {
  await commandOperation(db, actor, id);
  return move(
    db,
    actor,
    id,
    ['planning', 'approved'],
    { status: 'cancelled', cancel_reason: reason },
    'operations.cancel',
    requestId,
  );
}
