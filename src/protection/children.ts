import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, sealText, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { CHILD_STEPS, type ChildStepKind } from './case-bodies.ts';
import type { ReturnBlocker } from './case-wire.ts';
import { caseOfAgency, ownedCase } from './case-work.ts';

// A child's protection, as steps: a guardian appointed; a best-interests assessment, then a determination, each
// approved by a second caseworker (never the one who recorded it); family tracing, and the family's assessment,
// before any return; the child's own views in their words and language. A child's return waits for all of it.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The steps that take effect only once a second caseworker approves them. */
const NEEDS_APPROVAL: readonly ChildStepKind[] = [
  'best_interests_assessment',
  'best_interests_determination',
];
const RETURNS = ['return_to_family', 'care_in_origin_country'];

export const childStepContext = (id: string) => `protection_child_step:${id}:detail`;

type StepRow = { kind: string; outcome: string | null; approved_by: string | null };

/** The latest step of a kind; for steps that need approval, the latest approved one. */
function latest(steps: readonly StepRow[], kind: ChildStepKind) {
  const approval = NEEDS_APPROVAL.includes(kind);
  return steps.findLast((s) => s.kind === kind && (!approval || s.approved_by !== null)) ?? null;
}

/** Why a child's return cannot go ahead yet, as codes; empty for an adult's case or when nothing is missing. */
export function blockersOf(steps: readonly StepRow[]): ReturnBlocker[] {
  const out: ReturnBlocker[] = [];
  if (!latest(steps, 'guardian')) out.push('no_guardian');
  if (!latest(steps, 'child_views')) out.push('no_child_views');
  const bid = latest(steps, 'best_interests_determination');
  if (!bid) out.push('no_best_interests');
  else if (!RETURNS.includes(bid.outcome ?? '')) out.push('best_interests_not_return');
  if (latest(steps, 'family_tracing')?.outcome !== 'found') out.push('family_not_traced');
  if (latest(steps, 'family_assessment')?.outcome !== 'safe') out.push('family_not_safe');
  return out;
}

async function stepsOf(q: Q | Trx, caseId: string) {
  return q
    .selectFrom('protection_child_steps')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

/** What stands in the way of returning the case's person, when a child; [] for an adult. */
export async function returnBlockers(q: Q | Trx, caseId: string): Promise<ReturnBlocker[]> {
  const c = await q
    .selectFrom('protection_cases')
    .select('child')
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c?.child) return [];
  return blockersOf(await stepsOf(q, caseId));
}

export interface ChildStepInput {
  kind: ChildStepKind;
  outcome?: string | undefined;
  detail: string;
  language: string;
  occurredOn: string;
}

function outcomeProblem(input: ChildStepInput): string | null {
  const allowed: readonly string[] | null = CHILD_STEPS[input.kind];
  if (allowed === null)
    return input.outcome === undefined ? null : `outcome: a ${input.kind} step records no outcome`;
  if (input.outcome === undefined || !allowed.includes(input.outcome))
    return `outcome: a ${input.kind} step records one of ${allowed.join(', ')}`;
  return null;
}

/** Records a step of a child's case (the case's caseworker only). */
export async function recordChildStep(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  input: ChildStepInput,
  requestId: string,
) {
  const problem = outcomeProblem(input);
  if (problem) throw new AppError('validation_failed', problem);
  if (input.kind === 'child_views' && input.detail.trim() === '')
    throw new AppError('validation_failed', "detail: the child's views are recorded in their words");
  return db.transaction().execute(async (trx) => {
    const c = await ownedCase(trx, actor, caseId);
    if (!c.child) throw new AppError('conflict', "The case is not a child's: these steps are for children.");
    const steps = await stepsOf(trx, caseId);
    if (input.kind === 'best_interests_determination' && !latest(steps, 'best_interests_assessment'))
      throw new AppError(
        'conflict',
        'A best-interests determination follows an approved best-interests assessment: have the assessment approved first.',
      );
    if (input.kind === 'family_assessment' && latest(steps, 'family_tracing')?.outcome !== 'found')
      throw new AppError('conflict', 'The family is assessed once tracing has found it.');
    const id = crypto.randomUUID();
    await trx
      .insertInto('protection_child_steps')
      .values({
        id,
        agency_id: c.agency_id,
        case_id: caseId,
        kind: input.kind,
        outcome: input.outcome ?? null,
        detail: sealText(ring, input.detail, childStepContext(id)),
        language: input.language,
        occurred_on: input.occurredOn,
        recorded_by: actor.userId as string,
      })
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'protection.child_step',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { step: id, kind: input.kind, outcome: input.outcome ?? null },
    });
    return { stepId: id, needsApproval: NEEDS_APPROVAL.includes(input.kind) };
  });
}

/**
 * A second caseworker of the agency approves a best-interests assessment or determination; the one who recorded
 * it cannot. Approval is once.
 */
export async function approveChildStep(
  db: Q,
  actor: Actor,
  caseId: string,
  stepId: string,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await caseOfAgency(trx, actor, caseId);
    if (c.status !== 'open') throw new AppError('conflict', 'The case is closed.');
    const s = await trx
      .selectFrom('protection_child_steps')
      .select(['id', 'kind', 'recorded_by', 'approved_by'])
      .where('id', '=', stepId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!s) throw new AppError('not_found', 'No such step on this case.');
    if (!NEEDS_APPROVAL.includes(s.kind as ChildStepKind))
      throw new AppError('conflict', `A ${s.kind} step needs no approval.`);
    if (s.approved_by) throw new AppError('conflict', 'The step is approved already.');
    if (s.recorded_by === actor.userId)
      throw new AppError('forbidden', 'A second caseworker approves: not the one who recorded the step.');
    const at = new Date();
    await trx
      .updateTable('protection_child_steps')
      .set({ approved_by: actor.userId as string, approved_at: at })
      .where('id', '=', stepId)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'protection.child_step_approve',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { step: stepId, kind: s.kind },
    });
    return { stepId, approvedAt: at.toISOString() };
  });
}

/** The child's steps as the case page shows them (the page's read is audited), and what blocks a return. */
export async function childSection(db: Q, ring: Keyring, caseId: string) {
  const steps = await stepsOf(db, caseId);
  const ids = [...new Set(steps.flatMap((s) => [s.recorded_by, ...(s.approved_by ? [s.approved_by] : [])]))];
  const users = new Map(
    ids.length === 0
      ? []
      : (await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map(
          (u) => [u.id, u.display_name],
        ),
  );
  const names = (id: string) => users.get(id) ?? 'former user';
  return {
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      outcome: s.outcome,
      detail: unsealText(ring, s.detail, childStepContext(s.id)),
      language: s.language,
      occurredOn: s.occurred_on,
      recordedAt: new Date(s.recorded_at).toISOString(),
      recordedBy: { id: s.recorded_by, name: names(s.recorded_by) },
      needsApproval: NEEDS_APPROVAL.includes(s.kind as ChildStepKind),
      approvedBy: s.approved_by ? { id: s.approved_by, name: names(s.approved_by) } : null,
      approvedAt: s.approved_at ? new Date(s.approved_at).toISOString() : null,
    })),
    returnBlockers: blockersOf(steps),
  };
}
