import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { appendAudit, recordAudit } from '../access/audit.ts';
import { type Actor, hasPermission } from '../access/policy.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import type { MemberRole } from './plan-schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The compartment: an operation's target, place and time are visible only to its named, current members. There is
 * no exception by rank, agency or permission: an administrator, an auditor or a commander who is not a member gets
 * the same "not found" as for an operation that does not exist. Membership is read from the database on every
 * request, so removing a member ends their access at once.
 */
export async function activeRole(
  db: Q,
  operationId: string,
  userId: string | null,
): Promise<MemberRole | null> {
  if (!userId) return null;
  const m = await db
    .selectFrom('operation_members')
    .select('role')
    .where('operation_id', '=', operationId)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return (m?.role as MemberRole | undefined) ?? null;
}

/**
 * Records a refused attempt to open an operation, whoever made it and whether or not the id exists (the same
 * write either way, so the answer's timing does not tell an outsider the operation is there). The entry names the
 * operation, so the audit view hides it from outsiders until the operation has ended, and the leak review shows it.
 */
export async function auditRefusal(
  db: Q,
  actor: Actor,
  operationId: string,
  need: 'member' | 'command',
  via?: 'exhibit',
) {
  const entry = {
    actor,
    action: 'operations.access',
    resource: { type: 'operation', id: operationId },
    outcome: 'denied' as const,
    detail: via ? { need, via } : { need },
  };
  // Inside a caller's transaction the entry commits or rolls back with it; on its own it commits at once.
  if (db.isTransaction) await appendAudit(db as Transaction<Database>, entry);
  else await recordAudit(db as Kysely<Database>, entry);
}

export async function memberOperation(db: Q, actor: Actor, operationId: string) {
  const role = hasPermission(actor, 'operations.read')
    ? await activeRole(db, operationId, actor.userId)
    : null;
  // Read as the member (row-security.ts): the database, too, returns the operation only to a current member.
  const op = role
    ? await readScoped(db, actor, (q) =>
        q.selectFrom('operations').selectAll().where('id', '=', operationId).executeTakeFirst(),
      )
    : undefined;
  if (!role || !op) {
    await auditRefusal(db, actor, operationId, 'member');
    throw new AppError('not_found');
  }
  return { op, role };
}

/** A member commanding the operation, holding the permission to plan. */
export async function commandOperation(db: Q, actor: Actor, operationId: string) {
  const found = await memberOperation(db, actor, operationId);
  if (found.role !== 'command' || !hasPermission(actor, 'operations.write')) {
    await auditRefusal(db, actor, operationId, 'command');
    throw new AppError('forbidden', 'Only a commanding member of this operation may do this.');
  }
  return found;
}

export interface DecisionOperation {
  codeName: string;
  /** The operation's id, for its members only. */
  id: string | null;
  member: boolean;
}

/**
 * The operation planned on each of these decisions (one at most; a cancelled one frees the decision), and whether
 * the actor is in its compartment: if not, the decision's target stays hidden from them.
 */
export async function operationsOnDecisions(db: Q, actor: Actor, decisionIds: readonly string[]) {
  const out = new Map<string, DecisionOperation>();
  if (decisionIds.length === 0) return out;
  const ops = await db
    .selectFrom('operations')
    .select(['id', 'decision_id', 'code_name'])
    .where('decision_id', 'in', decisionIds)
    .where('status', '<>', 'cancelled')
    .execute();
  for (const o of ops) {
    if (!o.decision_id) continue;
    const member = (await activeRole(db, o.id, actor.userId)) !== null;
    out.set(o.decision_id, { codeName: o.code_name, id: member ? o.id : null, member });
  }
  return out;
}

/**
 * For the audit view: entries about an operation that has not ended, or about an exhibit it seized, are shown only
 * to the operation's current members; to anyone else they do not exist until it has ended. After that, auditors
 * and the anti-corruption inquiry see everything.
 */
export function auditVisibleToOutsider(actor: Actor) {
  const userId = actor.userId ?? '00000000-0000-0000-0000-000000000000';
  const closed = (opRef: RawBuilder<unknown>) => sql<boolean>`NOT EXISTS (
    SELECT 1 FROM operations o
    WHERE o.id::text = ${opRef} AND o.status IN ('planning','approved','executing')
      AND NOT EXISTS (SELECT 1 FROM operation_members m
                      WHERE m.operation_id = o.id AND m.user_id = ${userId} AND m.removed_at IS NULL))`;
  return sql<boolean>`(
    (coalesce(audit_log.resource_type, '') <> 'operation' OR ${closed(sql`audit_log.resource_id`)})
    AND (coalesce(audit_log.resource_type, '') <> 'exhibit' OR ${closed(
      sql`(SELECT x.operation_id::text FROM exhibits x WHERE x.id::text = audit_log.resource_id)`,
    )}))`;
}
