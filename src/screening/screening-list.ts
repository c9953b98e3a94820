import { z } from 'zod';
import { type Listing, listQuery } from '../platform/listing.ts';
import { uuid } from '../platform/text.ts';
import type { listScreenings } from './interviews.ts';
import { OUTCOMES, SCREENING_STATUSES, SCREENING_SORTS as SORTS, SOURCES } from './schema.ts';

type Row = Awaited<ReturnType<typeof listScreenings>>[number];

/**
 * How the agency's screenings are searched (by pseudonym, once the module has opened them), filtered (status,
 * outcome, where the person came from, child or adult, the operation they were removed in) and sorted.
 */
export const screeningListQuery = listQuery({
  sorts: SORTS,
  order: 'desc',
  filters: {
    status: z.enum(SCREENING_STATUSES).optional(),
    outcome: z.enum(OUTCOMES).optional(),
    source: z.enum(SOURCES).optional(),
    person: z.enum(['child', 'adult']).optional(),
    operation: uuid.optional(),
  },
});

type Filters = Pick<
  z.output<typeof screeningListQuery>,
  'status' | 'outcome' | 'source' | 'person' | 'operation'
>;

/** Whether a screening passes the listing's filters. */
export const screeningFilter =
  (f: Filters) =>
  (s: Row): boolean =>
    (!f.status || s.status === f.status) &&
    (!f.outcome || s.outcome === f.outcome) &&
    (!f.source || s.source === f.source) &&
    (!f.person || s.child === (f.person === 'child')) &&
    (!f.operation || s.operationId === f.operation.toLowerCase());

// Codes sort in their lists' order (an interview's course, the outcome from the gravest, the sources as the form
// offers them), not by their spelling, which means nothing in the reader's language; children before adults.
const order = (codes: readonly string[]) => Object.fromEntries(codes.map((c, i) => [c, i]));
const STATUS_ORDER = order(SCREENING_STATUSES);
const OUTCOME_ORDER = order(OUTCOMES);
const SOURCE_ORDER = order(SOURCES);

export const screeningListing: Listing<Row, (typeof SORTS)[number]> = {
  text: (s) => [s.pseudonym],
  sorts: {
    pseudonym: (s) => s.pseudonym,
    status: (s) => STATUS_ORDER[s.status],
    outcome: (s) => (s.outcome ? OUTCOME_ORDER[s.outcome] : null),
    source: (s) => SOURCE_ORDER[s.source],
    person: (s) => (s.child ? 0 : 1),
    started_at: (s) => s.startedAt,
  },
};
