import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { keepTicks } from './checklist-ticks.ts';
import { commandOperation, memberOperation } from './compartment.ts';
import { auditOperation } from './op-audit.ts';
import { type OperationStatus, operationView, planDocument, planOf } from './operation-view.ts';
import { compartmentChanges, keepDecisionTarget, tellTeamApprovalVoided } from './plan-approval-rules.ts';
import { emptyPlan, type MemberRole, type Plan } from './plan-schema.ts';

type Q = Kysely<Database>;

const RAID_DECISIONS = ['immediate_rescue', 'planned_raid_and_rescue'];

/**
 * Plans an operation on the target of an approved decision to raid or rescue. The planner becomes its first
 * member, commanding it; the code name is the only thing non-members of the compartment ever see.
 */
export async function createOperation(
  db: Q,
  actor: Actor,
  input: { decisionId: string; codeName: string },
  requestId: string,
) {
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  const userId = actor.userId;
  const d = await db
    .selectFrom('intervention_decisions')
    .selectAll()
    .where('id', '=', input.decisionId)
    .executeTakeFirst();
  if (!d || d.agency_id !== agencyId)
    throw new AppError('not_found', 'decisionId: no such decision of your agency');
  if (d.status !== 'approved')
    throw new AppError(
      'conflict',
      'decisionId: the decision has not been approved; plan only approved decisions',
    );
  if (!RAID_DECISIONS.includes(d.decision))
    throw new AppError(
      'conflict',
      `decisionId: the decision is "${d.decision}"; operations are planned only for a raid or an immediate rescue`,
    );
  const existing = await db
    .selectFrom('operations')
    .select('code_name')
    .where('decision_id', '=', d.id)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  if (existing)
    throw new AppError(
      'conflict',
      `decisionId: operation ${existing.code_name} is already planned on this decision`,
    );
  const taken = await db
    .selectFrom('operations')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('code_name', '=', input.codeName)
    .executeTakeFirst();
  if (taken)
    throw new AppError('conflict', 'codeName: your agency already has an operation with this code name');
  const plan = emptyPlan({ entityId: d.target_entity_id, label: d.target_label });
  const id = await db.transaction().execute(async (trx) => {
    const op = await trx
      .insertInto('operations')
      .values({
        agency_id: agencyId,
        code_name: input.codeName,
        decision_id: d.id,
        status: 'planning',
        target_entity_id: d.target_entity_id,
        target_label: d.target_label,
        place: plan.place,
        starts_at: null,
        ready_by: null,
        plan: planDocument(plan),
        created_by: userId,
        updated_by: userId,
        changed_since_approval: [userId],
        approved_by: null,
        approved_at: null,
        started_at: null,
        concluded_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('operation_members')
      .values({
        operation_id: op.id,
        user_id: userId,
        role: 'command',
        team: 'Command',
        language: null,
        added_by: userId,
      })
      .execute();
    await auditOperation(trx, actor, 'operations.plan_create', op.id, requestId, { decision: d.id });
    return op.id;
  });
  return readOperation(db, actor, id, requestId);
}

/** One operation for one of its members; every view is audited. */
export async function readOperation(db: Q, actor: Actor, id: string, requestId: string) {
  const { op, role } = await memberOperation(db, actor, id);
  await db
    .transaction()
    .execute((trx) => auditOperation(trx, actor, 'operations.operation_read', id, requestId));
  return readScoped(db, actor, (q) => operationView(q, op, role));
}

/** The operations the actor is a current member of: nothing else, whatever their rank. */
export async function listOperations(db: Q, actor: Actor) {
  if (!actor.userId) return [];
  const userId = actor.userId;
  const rows = await readScoped(db, actor, (q) =>
    q
      .selectFrom('operations')
      .innerJoin('operation_members', 'operation_members.operation_id', 'operations.id')
      .select([
        'operations.id',
        'operations.code_name',
        'operations.status',
        'operations.target_label',
        'operations.starts_at',
        'operation_members.role',
      ])
      .where('operation_members.user_id', '=', userId)
      .where('operation_members.removed_at', 'is', null)
      .orderBy('operations.created_at', 'desc')
      .execute(),
  );
  return rows.map((r) => ({
    id: r.id,
    codeName: r.code_name,
    status: r.status as OperationStatus,
    target: r.target_label,
    startsAt: r.starts_at,
    myRole: r.role as MemberRole,
  }));
}

async function checkReferences(db: Q, agencyId: string, plan: Plan) {
  const entityIds = [plan.target.entityId, ...plan.arrestTargets.map((a) => a.entityId)].filter(
    (x): x is string => x !== null,
  );
  if (entityIds.length) {
    const found = await db
      .selectFrom('entities')
      .select('id')
      .where('id', 'in', entityIds)
      .where('agency_id', '=', agencyId)
      .execute();
    const ok = new Set(found.map((f) => f.id));
    const bad = entityIds.find((e) => !ok.has(e));
    if (bad) throw new AppError('validation_failed', 'plan: an entity it names is not one of your agency');
  }
  if (plan.receivingAgencies.length) {
    const found = await db
      .selectFrom('agencies')
      .select('id')
      .where('id', 'in', plan.receivingAgencies)
      .execute();
    if (found.length !== new Set(plan.receivingAgencies).size)
      throw new AppError('validation_failed', 'plan.receivingAgencies: no such agency');
  }
}

/**
 * Saves a new version of the plan. The caller names the version they edited: if someone saved in between, the
 * save is refused (409 with the current version) instead of silently overwriting their work. Editing an approved
 * plan sends it back for approval.
 */
export async function updatePlan(
  db: Q,
  actor: Actor,
  id: string,
  input: { version: number; plan: Plan },
  requestId: string,
) {
  const { op } = await commandOperation(db, actor, id);
  if (!['planning', 'approved'].includes(op.status))
    throw new AppError('conflict', `The operation is ${op.status}; its plan can no longer change.`);
  await checkReferences(db, op.agency_id, input.plan);
  const p = input.plan;
  await keepDecisionTarget(db, op.decision_id, p);
  const changed = compartmentChanges(op, p);
  const editors = [...new Set([...op.changed_since_approval, ...(actor.userId ? [actor.userId] : [])])];
  await db.transaction().execute(async (trx) => {
    // Ticks are the checklist route's: the save keeps them as they stand now (read under the row's lock).
    const now = await trx
      .selectFrom('operations')
      .select('plan')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const kept = keepTicks(p, now.plan as Pick<Plan, 'briefing' | 'goNoGo'>);
    const saved = await trx
      .updateTable('operations')
      .set((eb) => ({
        target_entity_id: p.target.entityId,
        target_label: p.target.label,
        place: p.place,
        starts_at: p.startsAt,
        ready_by: p.readyBy,
        changed_since_approval: editors,
        plan: planDocument(kept),
        version: eb('version', '+', 1),
        status: 'planning',
        approved_by: null,
        approved_at: null,
        updated_by: actor.userId ?? op.updated_by,
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (!saved) {
      const now = await trx
        .selectFrom('operations')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      throw new AppError(
        'conflict',
        `version: the plan was changed by someone else since version ${input.version}; reload version ${now.version} and apply your change again`,
        { currentVersion: now.version },
      );
    }
    await auditOperation(trx, actor, 'operations.plan_update', id, requestId, {
      version: saved.version,
      reapproval: op.status === 'approved',
      changed: changed.length ? changed : undefined,
    });
    if (op.status === 'approved' && changed.length) await tellTeamApprovalVoided(trx, actor, op, changed);
  });
  return readOperation(db, actor, id, requestId);
}

export const planFor = async (db: Q | Transaction<Database>, id: string) =>
  planOf(await db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
