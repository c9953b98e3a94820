import { z } from 'zod';
import { type Listing, listQuery } from '../platform/listing.ts';
import { INTERVENTIONS } from './assessment.ts';
import type { listDecisions } from './decisions.ts';
import { DECISION_STATUSES, DECISION_SORTS as SORTS } from './wire.ts';

type Row = Awaited<ReturnType<typeof listDecisions>>[number];

/**
 * How the agency's intervention decisions are searched (the target as the reader may see it, the operation's code
 * name), filtered by status and by the intervention decided, and sorted.
 */
export const decisionListQuery = listQuery({
  sorts: SORTS,
  order: 'desc',
  filters: {
    status: z.enum(DECISION_STATUSES).optional(),
    decision: z.enum(INTERVENTIONS).optional(),
  },
});

// Interventions sort from the most to the least intrusive and statuses in the order a decision goes through them,
// not by their codes' spelling, which means nothing in the reader's language.
const INTERVENTION_ORDER = Object.fromEntries(INTERVENTIONS.map((s, i) => [s, i]));
const STATUS_ORDER = Object.fromEntries(DECISION_STATUSES.map((s, i) => [s, i]));

// The target is the row's own: the label "Compartmented: operation X" for one outside the operation's team, so a
// word of the withheld label finds nothing.
export const decisionListing: Listing<Row, (typeof SORTS)[number]> = {
  text: (d) => [d.target, d.operation?.codeName],
  sorts: {
    target: (d) => d.target,
    operation: (d) => d.operation?.codeName,
    recommendation: (d) => INTERVENTION_ORDER[d.recommendation],
    decision: (d) => INTERVENTION_ORDER[d.decision],
    status: (d) => STATUS_ORDER[d.status],
    decided_at: (d) => d.decidedAt,
  },
};
