import { z } from 'zod';
import { foldText } from '../intel/text-terms.ts';
import { line } from './text.ts';

// How a listing's table is read a page at a time: the words to look for, the column it is sorted by and in which
// order, and the page wanted, all done on the server, so a screen never loads more than the page it shows. A
// module lists the rows its actor may see (the row filter, the decryption of pseudonyms) and gives them here with
// what each row is found and sorted by; the reply carries the page, the number of rows that match and the page
// number actually given (a page past the end gives the last one, since a narrower filter may have shortened the
// list under a screen that was on page 5).

export const ORDERS = ['asc', 'desc'] as const;
export type Order = (typeof ORDERS)[number];
/** The largest page a listing gives, and the page size when none is asked for. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 100;

/**
 * The query string of a listing: `q` (words, each of which must occur in what a row is found by), `sort` (one of
 * the listing's columns), `order`, `page` (from 1) and `size`, with the listing's own filters.
 */
export function listQuery<
  const S extends readonly [string, ...string[]],
  F extends z.ZodRawShape = Record<never, never>,
>(o: {
  sorts: S;
  /** The column sorted by when none is asked for; none keeps the module's own order (often newest first). */
  sort?: S[number];
  order: Order;
  filters?: F;
}) {
  const sort = z.enum(o.sorts);
  return z.strictObject({
    q: line(200, { empty: true }).optional(),
    sort: o.sort === undefined ? sort.optional() : sort.default(o.sort as never),
    order: z.enum(ORDERS).default(o.order),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    ...(o.filters ?? ({} as F)),
  });
}

/** The fields a page's reply adds to its rows. */
export const pageFields = {
  total: z.number().int().describe('Rows matching the words and filters, on every page'),
  page: z
    .number()
    .int()
    .describe('The page given (from 1; the last page when the one asked for is past the end)'),
  size: z.number().int().describe('Rows per page'),
  more: z
    .boolean()
    .optional()
    .describe(
      'True when counting stopped at a bound: more rows match than `total` says (shown as "10,000+")',
    ),
};

/** How far a long listing (the audit log) is counted before it says "and more": counting all of it costs a scan. */
export const COUNT_BOUND = 10_000;

/** The bound to count a page's listing to: enough to say whether the page asked for exists, and at least COUNT_BOUND. */
export const countBoundFor = (page: number, size: number) => Math.max(COUNT_BOUND, page * size);

export interface PageQuery<S extends string> {
  q?: string | undefined;
  sort?: S | undefined;
  order: Order;
  page: number;
  size: number;
}

type SortValue = string | number | boolean | Date | null | undefined;

export interface Listing<T, S extends string> {
  /** What a row is found by: each word of `q` must occur, folded (case, Latin accents, Zawgyi), in one of these. */
  text: (row: T) => readonly (string | null | undefined)[];
  /** What each sort column sorts a row by; empty values go last whichever the order. */
  sorts: Record<S, (row: T) => SortValue>;
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  size: number;
}

const isEmpty = (v: SortValue) => v === null || v === undefined || v === '';

/**
 * The page of `rows` a query asks for: rows whose text holds every word of `q`, sorted by the query's column
 * (words in the order of the reader's language, ties kept in the order the module gave), cut to the page.
 */
export function pageOf<T, S extends string>(
  rows: readonly T[],
  query: PageQuery<S>,
  listing: Listing<T, S>,
  language = 'en',
): Page<T> {
  const words = foldText(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const found = words.length
    ? rows.filter((r) => {
        const hay = listing
          .text(r)
          .filter((x): x is string => typeof x === 'string' && x !== '')
          .map(foldText)
          .join('\n');
        return words.every((w) => hay.includes(w));
      })
    : [...rows];
  const key = query.sort === undefined ? undefined : listing.sorts[query.sort];
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const dir = query.order === 'desc' ? -1 : 1;
  const compare = (a: SortValue, b: SortValue): number => {
    if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? 1 : -1;
    if (typeof a === 'string' && typeof b === 'string') return dir * collator.compare(a, b);
    const x = a instanceof Date ? a.getTime() : Number(a);
    const y = b instanceof Date ? b.getTime() : Number(b);
    return dir * (x - y);
  };
  const sorted = key
    ? found
        .map((row, i) => ({ row, i, k: key(row) }))
        .sort((a, b) => compare(a.k, b.k) || a.i - b.i)
        .map((x) => x.row)
    : found;
  const total = sorted.length;
  const last = Math.max(1, Math.ceil(total / query.size));
  const page = Math.min(query.page, last);
  return { rows: sorted.slice((page - 1) * query.size, page * query.size), total, page, size: query.size };
}
