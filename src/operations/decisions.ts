import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import { sealStored } from '../access/record-seals.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { pictureGrades } from '../intel/target-grades.ts';
import { AppError } from '../platform/errors.ts';
import {
  type Assessment,
  type Intervention,
  type RecommendationCaution,
  type RecommendationReason,
  recommend,
} from './assessment.ts';
import { operationsOnDecisions } from './compartment.ts';
import type { DECISION_STATUSES } from './wire.ts';

type Q = Kysely<Database>;
type DecisionStatus = (typeof DECISION_STATUSES)[number];

async function load(db: Q, actor: Actor, id: string, action: 'operations.read' | 'operations.write') {
  // Read as the actor (row-security.ts): the database, too, returns only their agency's decision.
  const d = await readScoped(db, actor, (q) =>
    q.selectFrom('intervention_decisions').selectAll().where('id', '=', id).executeTakeFirst(),
  );
  if (!d || !can(actor, action, { type: 'intervention_decision', id, agencyId: d.agency_id }))
    throw new AppError('not_found');
  return d;
}

/** Once an operation is planned on a decision, its target belongs to the operation's compartment. */
const COMPARTMENTED = (codeName: string) => ({
  entityId: null,
  label: `Compartmented: operation ${codeName}`,
  compartmented: true,
});

/**
 * What the assessment and the people behind a decision tell an outsider once an operation is planned on it: whether
 * children are there, how many people are at risk, what evidence is held, who decided and approved (the likely
 * commanders). All withheld, like the target; the kind of intervention and the decision's status stay.
 */
const withheldDetails = {
  assessment: { withheld: true as const },
  reasons: [] as RecommendationReason[],
  cautions: [] as RecommendationCaution[],
  decidedBy: null,
  decidedById: null,
  approvedBy: null,
  approvedById: null,
};

async function view(db: Q, d: Awaited<ReturnType<typeof load>>, actor: Actor) {
  const operation = (await operationsOnDecisions(db, actor, [d.id])).get(d.id) ?? null;
  const hidden = operation && !operation.member ? operation.codeName : undefined;
  const dissents = await readScoped(db, actor, (q) =>
    q
      .selectFrom('decision_dissents')
      .innerJoin('users', 'users.id', 'decision_dissents.user_id')
      .select(['users.display_name', 'decision_dissents.text', 'decision_dissents.at'])
      .where('decision_id', '=', d.id)
      .orderBy('at')
      .execute(),
  );
  const names = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [d.decided_by, d.approver_id ?? d.decided_by])
    .execute();
  const name = (id: string | null) => names.find((n) => n.id === id)?.display_name ?? null;
  // Free text written about the target may name its place: withheld with the target itself (left empty; the screens
  // say it is withheld when the target is compartmented).
  const free = (s: string | null) => (hidden && s ? '' : s);
  return {
    id: d.id,
    target: hidden
      ? COMPARTMENTED(hidden)
      : { entityId: d.target_entity_id, label: d.target_label, compartmented: false },
    operation,
    assessment: d.assessment as Assessment | { withheld: true },
    recommendation: d.recommendation as Intervention,
    reasons: d.reasons,
    cautions: d.cautions,
    decision: d.decision as Intervention,
    followsRecommendation: d.decision === d.recommendation,
    rationale: free(d.rationale) ?? '',
    decidedBy: name(d.decided_by),
    decidedById: d.decided_by,
    decidedAt: d.decided_at,
    status: d.status as DecisionStatus,
    approvedBy: name(d.approver_id),
    approvedById: d.approver_id,
    approvedAt: d.approved_at,
    approvalNote: free(d.approval_note),
    dissents: dissents.map((x) => ({ by: x.display_name, text: free(x.text) ?? '', at: x.at })),
    ...(hidden ? withheldDetails : {}),
  };
}

/**
 * Records a decision: the assessment, the rules' recommendation with its reasons, and what the named decider
 * chose, with their rationale (required when they depart from the recommendation). It then awaits approval.
 */
export async function decide(
  db: Q,
  actor: Actor,
  input: {
    target: { entityId?: string | undefined; label: string };
    assessment: Assessment;
    decision: Intervention;
    rationale: string;
  },
  requestId: string,
) {
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  const userId = actor.userId;
  if (input.target.entityId) {
    const e = await db
      .selectFrom('entities')
      .select(['id', 'agency_id'])
      .where('id', '=', input.target.entityId)
      .executeTakeFirst();
    if (!e || e.agency_id !== agencyId)
      throw new AppError('not_found', 'target.entityId: no such entity of your agency');
  }
  // The intelligence grades come from the picture when its reports concern the target: not typed to suit.
  const grades = input.target.entityId ? await pictureGrades(db, agencyId, input.target.entityId) : null;
  if (grades) {
    const { reports: _, ...intelligence } = grades;
    input = { ...input, assessment: { ...input.assessment, intelligence } };
  }
  const rec = recommend(input.assessment);
  if (input.decision !== rec.recommendation && input.rationale.trim().length < 20) {
    throw new AppError(
      'validation_failed',
      `rationale: the decision departs from the recommendation (${rec.recommendation}); say why in at least 20 characters`,
    );
  }
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('intervention_decisions')
      .values({
        agency_id: agencyId,
        target_entity_id: input.target.entityId ?? null,
        target_label: input.target.label,
        assessment: JSON.stringify(input.assessment),
        recommendation: rec.recommendation,
        reasons: JSON.stringify(rec.reasons),
        cautions: JSON.stringify(rec.cautions),
        decision: input.decision,
        rationale: input.rationale,
        decided_by: userId,
        status: 'awaiting_approval',
        approver_id: null,
        approved_at: null,
        approval_note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'operations.decide',
      resource: { type: 'intervention_decision', id: row.id },
      outcome: 'success',
      requestId,
      detail: {
        recommendation: rec.recommendation,
        decision: input.decision,
        seal: await sealStored(trx, 'intervention_decision', row.id),
      },
    });
    return row.id;
  });
  return view(db, await load(db, actor, id, 'operations.read'), actor);
}

/** Approves or rejects a decision: by someone other than the decider. */
export async function approve(
  db: Q,
  actor: Actor,
  id: string,
  input: { approve: boolean; note: string },
  requestId: string,
) {
  const d = await load(db, actor, id, 'operations.write');
  if (d.status !== 'awaiting_approval')
    throw new AppError('conflict', 'This decision is no longer awaiting approval.');
  if (d.decided_by === actor.userId)
    throw new AppError('forbidden', 'The person who decided cannot approve their own decision.');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('intervention_decisions')
      .set({
        status: input.approve ? 'approved' : 'rejected',
        approver_id: actor.userId,
        approved_at: new Date(),
        approval_note: input.note,
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: input.approve ? 'operations.approve' : 'operations.reject',
      resource: { type: 'intervention_decision', id },
      outcome: 'success',
      requestId,
      detail: { seal: await sealStored(trx, 'intervention_decision', id) },
    });
  });
  return view(db, await load(db, actor, id, 'operations.read'), actor);
}

/** Records dissent beside the decision, whoever in the agency holds it. */
export async function dissent(db: Q, actor: Actor, id: string, text: string, requestId: string) {
  await load(db, actor, id, 'operations.read');
  if (!actor.userId) throw new AppError('forbidden');
  const userId = actor.userId;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('decision_dissents').values({ decision_id: id, user_id: userId, text }).execute();
    await appendAudit(trx, {
      actor,
      action: 'operations.dissent',
      resource: { type: 'intervention_decision', id },
      outcome: 'success',
      requestId,
    });
  });
  return view(db, await load(db, actor, id, 'operations.read'), actor);
}

export async function readDecision(db: Q, actor: Actor, id: string, requestId: string) {
  const d = await load(db, actor, id, 'operations.read');
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'operations.decision_read',
      resource: { type: 'intervention_decision', id },
      outcome: 'success',
      requestId,
    }),
  );
  return view(db, d, actor);
}

export async function listDecisions(db: Q, actor: Actor) {
  const rows = await readScoped(db, actor, (q) =>
    q
      .selectFrom('intervention_decisions')
      .select(['id', 'target_label', 'recommendation', 'decision', 'status', 'decided_at'])
      .where('agency_id', '=', actor.agencyId ?? '00000000-0000-0000-0000-000000000000')
      .orderBy('decided_at', 'desc')
      .execute(),
  );
  const ops = await operationsOnDecisions(
    db,
    actor,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    operation: ops.get(r.id) ?? null,
    target:
      ops.get(r.id)?.member === false ? COMPARTMENTED(ops.get(r.id)?.codeName ?? '').label : r.target_label,
    recommendation: r.recommendation as Intervention,
    decision: r.decision as Intervention,
    status: r.status as DecisionStatus,
    decidedAt: r.decided_at,
  }));
}
