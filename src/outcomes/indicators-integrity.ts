import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { leakFlagCount } from '../operations/leak-review.ts';
import type { ReviewInput } from '../operations/review.ts';
import { type Filters, passes, unfilteredBy } from './filters.ts';
import type { Context } from './indicators-context.ts';
import { breakdown, type IndicatorTable } from './indicators-shape.ts';

// Integrity: leak incidents (ended operations whose leak review finds the operation, its decision, target or
// suspects read by someone outside the compartment before the start), harm recorded in after-action reviews, and
// arrests made without separating the suspect from the victims.

type Q = Kysely<Database>;

export const LEAK_RESULTS = ['read by non-members before the start', 'no such read found'] as const;
export const HARM_RESULTS = ['harm recorded', 'no harm observed', 'not reviewed yet'] as const;

export async function integrityTables(
  db: Q,
  ctx: Context,
  filters: Filters,
  figures: Map<string, { arrest: { arrestsMade: number; notSeparated: number } }>,
): Promise<IndicatorTable[]> {
  // An operation ends on its conclusion; a cancelled one has no conclusion day and counts when no period is set.
  const ended = [...ctx.operations.values()].filter(
    (o) => (o.status === 'concluded' || o.status === 'cancelled') && passes(o, filters),
  );
  const reviews = new Map(
    (await db.selectFrom('operation_reviews').select(['operation_id', 'review']).execute()).map((r) => [
      r.operation_id,
      r.review as unknown as ReviewInput,
    ]),
  );
  const leaks: { key: string[] }[] = [];
  for (const o of ended)
    leaks.push({ key: [(await leakFlagCount(db, o.id)) > 0 ? LEAK_RESULTS[0] : LEAK_RESULTS[1]] });
  const concluded = ended.filter((o) => o.status === 'concluded');
  const harm = concluded.map((o) => {
    const r = reviews.get(o.id);
    return { key: [!r ? HARM_RESULTS[2] : r.harm.length > 0 ? HARM_RESULTS[0] : HARM_RESULTS[1]] };
  });
  const arrests = concluded.flatMap((o) => {
    const f = figures.get(o.id)?.arrest;
    return f
      ? [
          { key: ['separated from the victims'], n: f.arrestsMade - f.notSeparated },
          { key: ['not separated from the victims'], n: f.notSeparated },
        ]
      : [];
  });
  const unfiltered = unfilteredBy(filters, false);
  return [
    breakdown(
      'leak-incidents',
      'Ended operations whose leak review finds reads by people outside the operation before it started',
      [['leak review', LEAK_RESULTS]],
      leaks,
      unfiltered,
    ),
    breakdown(
      'harm',
      'Concluded operations by the harm their after-action review records',
      [['harm', HARM_RESULTS]],
      harm,
      unfiltered,
    ),
    breakdown(
      'arrest-separation',
      'Arrests in concluded operations, by whether the suspect was kept apart from the victims',
      [['arrest', ['separated from the victims', 'not separated from the victims']]],
      arrests,
      unfiltered,
    ),
  ];
}
