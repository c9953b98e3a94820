import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { INTERVENTIONS } from '../operations/assessment.ts';
import { objectiveFigures } from '../operations/review.ts';
import { type Filters, passes, unfilteredBy } from './filters.ts';
import type { Context } from './indicators-context.ts';
import { breakdown, type IndicatorTable, words } from './indicators-shape.ts';

// The operations track: interventions decided, by kind, and how many met all three objectives (arrest, evidence,
// rescue); each objective met or not over concluded operations. An operation's objectives are those frozen in its
// after-action review, or measured now from its log when not reviewed yet.

type Q = Kysely<Database>;
type Figures = Awaited<ReturnType<typeof objectiveFigures>>;

export const OBJECTIVES = ['arrest', 'evidence', 'rescue'] as const;
export const INTERVENTION_RESULTS = [
  'all three objectives met',
  'not all three met',
  'no concluded operation',
] as const;

/** The three objectives of every concluded operation: from its review, else measured from its log. */
export async function concludedFigures(db: Q, ctx: Context): Promise<Map<string, Figures>> {
  const reviews = await db.selectFrom('operation_reviews').select(['operation_id', 'figures']).execute();
  const frozen = new Map(reviews.map((r) => [r.operation_id, r.figures as unknown as Figures]));
  const out = new Map<string, Figures>();
  for (const op of ctx.operations.values()) {
    if (op.status !== 'concluded') continue;
    out.set(op.id, frozen.get(op.id) ?? (await objectiveFigures(db, op.id)));
  }
  return out;
}

const allMet = (f: Figures) => f.arrest.met && f.evidence.met && f.rescue.met;

export async function operationTables(
  db: Q,
  ctx: Context,
  filters: Filters,
): Promise<{ tables: IndicatorTable[]; figures: Map<string, Figures> }> {
  const figures = await concludedFigures(db, ctx);
  const unfiltered = unfilteredBy(filters, false);
  const concludedOf = new Map(
    [...ctx.operations.values()].filter((o) => o.status === 'concluded').map((o) => [o.decisionId, o.id]),
  );
  const interventions = ctx.decisions
    .filter((d) => d.status === 'approved' && passes(d, filters))
    .map((d) => {
      const f = figures.get(concludedOf.get(d.id) ?? '');
      const result = !f
        ? INTERVENTION_RESULTS[2]
        : allMet(f)
          ? INTERVENTION_RESULTS[0]
          : INTERVENTION_RESULTS[1];
      return { key: [words(d.intervention), result] };
    });
  const concluded = [...ctx.operations.values()].filter(
    (o) => o.status === 'concluded' && passes(o, filters),
  );
  const objectives = concluded.flatMap((o) => {
    const f = figures.get(o.id);
    return f ? OBJECTIVES.map((k) => ({ key: [k, f[k].met ? 'met' : 'not met'] })) : [];
  });
  return {
    figures,
    tables: [
      breakdown(
        'interventions',
        'Interventions approved, by kind, and whether their operation met all three objectives',
        [
          ['intervention', INTERVENTIONS.map(words)],
          ['objectives', INTERVENTION_RESULTS],
        ],
        interventions,
        unfiltered,
      ),
      breakdown(
        'objectives',
        'Concluded operations: each objective (arrest, evidence, rescue) met or not',
        [
          ['objective', OBJECTIVES],
          ['result', ['met', 'not met']],
        ],
        objectives,
        unfiltered,
      ),
    ],
  };
}

/**
 * The figures of GET /api/outcomes/operations (kept for its callers): sums over operations whose after-action
 * review is submitted, as frozen in the review. Aggregates only, nothing that names a target.
 */
export async function reviewedOperationSummary(db: Q) {
  const rows = await db
    .selectFrom('operation_reviews')
    .innerJoin('operations', 'operations.id', 'operation_reviews.operation_id')
    .select(['operation_reviews.figures', 'operation_reviews.review'])
    .execute();
  const all = rows.map((r) => ({
    f: r.figures as unknown as Figures,
    harm: ((r.review as { harm?: unknown[] }).harm ?? []).length > 0,
  }));
  const sum = (pick: (f: Figures) => number) => all.reduce((a, r) => a + pick(r.f), 0);
  const met = (k: (typeof OBJECTIVES)[number]) => all.filter((r) => r.f[k].met).length;
  return {
    operationsReviewed: all.length,
    objectivesMet: { arrest: met('arrest'), evidence: met('evidence'), rescue: met('rescue') },
    arrests: sum((f) => f.arrest.arrestsMade),
    arrestsNotSeparated: sum((f) => f.arrest.notSeparated),
    exhibits: sum((f) => f.evidence.seized),
    peopleRemoved: sum((f) => f.rescue.removed),
    childrenRemoved: sum((f) => f.rescue.childrenRemoved),
    screened: sum((f) => f.rescue.screened),
    presumedTrafficked: sum((f) => f.rescue.presumedTrafficked),
    operationsWithHarm: all.filter((r) => r.harm).length,
  };
}
