import { type Kysely, sql } from 'kysely';
import { type Actor, can } from '../access/policy.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { commandOperation, memberOperation } from './compartment.ts';
import { auditOperation } from './op-audit.ts';
import { planOf } from './operation-view.ts';
import type { FiguresReply, ReviewInput, ReviewReply } from './wire.ts';

type Q = Kysely<Database>;

export type { ReviewInput };

/**
 * The three objectives measured from what was recorded: arrests against the suspects the plan named, evidence
 * seized against what the intelligence expected, people removed against those expected and how many were screened
 * (screenings that name this operation as their source, in any agency: counted, never shown).
 */
export async function objectiveFigures(db: Q, operationId: string) {
  const op = await db
    .selectFrom('operations')
    .selectAll()
    .where('id', '=', operationId)
    .executeTakeFirstOrThrow();
  const plan = planOf(op);
  const log = await db
    .selectFrom('operation_log')
    .select(['kind', 'entry'])
    .where('operation_id', '=', operationId)
    .execute();
  const arrests = log
    .filter((l) => l.kind === 'arrest')
    .map(
      (l) =>
        l.entry as { targetIndex: number | null; entityId: string | null; separatedFromVictims: boolean },
    );
  const arrested = plan.arrestTargets.map((t, i) =>
    arrests.some((a) => a.targetIndex === i || (t.entityId !== null && a.entityId === t.entityId)),
  );
  const exhibits = await db
    .selectFrom('exhibits')
    .select(['category'])
    .where('operation_id', '=', operationId)
    .execute();
  const expectedCategories = [...new Set(plan.expectedEvidence.map((e) => e.category))];
  const removals = log
    .filter((l) => l.kind === 'removal')
    .map((l) => l.entry as { count: number; children: number });
  const screenings = await db
    .selectFrom('screenings')
    .select([
      sql<string>`count(*)`.as('screened'),
      sql<string>`count(*) FILTER (WHERE evaluation->>'outcome' = 'presumed_trafficked')`.as('presumed'),
    ])
    .where('source_operation_id', '=', operationId)
    .executeTakeFirstOrThrow();
  const removed = removals.reduce((a, r) => a + r.count, 0);
  return {
    arrest: {
      suspectsNamed: plan.arrestTargets.length,
      namedSuspectsArrested: arrested.filter(Boolean).length,
      arrestsMade: arrests.length,
      notSeparated: arrests.filter((a) => !a.separatedFromVictims).length,
      met: plan.arrestTargets.length > 0 && arrested.every(Boolean),
    },
    evidence: {
      expected: expectedCategories,
      seized: exhibits.length,
      found: expectedCategories.filter((c) => exhibits.some((x) => x.category === c)),
      missing: expectedCategories.filter((c) => !exhibits.some((x) => x.category === c)),
      met: expectedCategories.every((c) => exhibits.some((x) => x.category === c)) && exhibits.length > 0,
    },
    rescue: {
      expected: plan.expectedPeople.count,
      removed,
      childrenRemoved: removals.reduce((a, r) => a + r.children, 0),
      screened: Number(screenings.screened),
      presumedTrafficked: Number(screenings.presumed),
      met: removed >= plan.expectedPeople.count && removed > 0,
    },
  };
}

/** The review as it stands: figures live until the review is submitted, then frozen with it. */
export async function readReview(db: Q, actor: Actor, operationId: string, requestId: string) {
  await memberOperation(db, actor, operationId);
  await db
    .transaction()
    .execute((trx) => auditOperation(trx, actor, 'operations.review_read', operationId, requestId));
  const r = await readScoped(db, actor, (q) =>
    q
      .selectFrom('operation_reviews')
      .innerJoin('users', 'users.id', 'operation_reviews.submitted_by')
      .select(['review', 'figures', 'submitted_at', 'users.display_name'])
      .where('operation_id', '=', operationId)
      .executeTakeFirst(),
  );
  if (r)
    return {
      submitted: true,
      figures: r.figures as FiguresReply,
      review: r.review as ReviewReply['review'],
      submittedBy: r.display_name,
      submittedAt: r.submitted_at,
    };
  return {
    submitted: false,
    figures: await objectiveFigures(db, operationId),
    review: null,
    submittedBy: null,
    submittedAt: null,
  };
}

/**
 * Submits the after-action review of a concluded operation: the objectives' figures frozen, the harm done and to
 * whom (or an explicit statement that none was observed), and the lessons. From then on the outcome shows on the
 * target's entity page and in the outcome indicators.
 */
export async function submitReview(
  db: Q,
  actor: Actor,
  operationId: string,
  input: ReviewInput,
  requestId: string,
) {
  const { op } = await commandOperation(db, actor, operationId);
  if (op.status !== 'concluded')
    throw new AppError('conflict', 'Conclude the operation before reviewing it.');
  if (input.noHarmObserved === input.harm.length > 0)
    throw new AppError(
      'validation_failed',
      'harm: record the harm done, or state that none was observed (not both)',
    );
  const figures = await objectiveFigures(db, operationId);
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .insertInto('operation_reviews')
      .values({
        operation_id: operationId,
        review: JSON.stringify(input),
        figures: JSON.stringify(figures),
        submitted_by: actor.userId ?? op.created_by,
      })
      .onConflict((oc) => oc.column('operation_id').doNothing())
      .returning('operation_id')
      .executeTakeFirst();
    if (!done) throw new AppError('conflict', 'The review was already submitted.');
    await auditOperation(trx, actor, 'operations.review', operationId, requestId, {
      arrests: figures.arrest.arrestsMade,
      exhibits: figures.evidence.seized,
      removed: figures.rescue.removed,
    });
  });
  return readReview(db, actor, operationId, requestId);
}

/** Reviewed operations on an entity, for its page: the outcome feeds the target's intelligence. */
export async function entityOutcomes(db: Q, actor: Actor, entityId: string) {
  const rows = await db
    .selectFrom('operations')
    .innerJoin('operation_reviews', 'operation_reviews.operation_id', 'operations.id')
    .select([
      'operations.id',
      'operations.code_name',
      'operations.agency_id',
      'operations.concluded_at',
      'operation_reviews.figures',
    ])
    .where('operations.target_entity_id', '=', entityId)
    .where('operations.status', '=', 'concluded')
    .execute();
  return rows
    .filter((r) => can(actor, 'intel.read', { type: 'operation', id: r.id, agencyId: r.agency_id }))
    .map((r) => {
      const f = r.figures as Awaited<ReturnType<typeof objectiveFigures>>;
      return {
        operation: r.code_name,
        concludedAt: r.concluded_at,
        arrests: f.arrest.arrestsMade,
        exhibits: f.evidence.seized,
        removed: f.rescue.removed,
        screened: f.rescue.screened,
        presumedTrafficked: f.rescue.presumedTrafficked,
      };
    });
}
