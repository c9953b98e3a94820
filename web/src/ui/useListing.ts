import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { pageFields } from '../../../src/platform/listing.ts';
import { type Loaded, useLoad } from '../useLoad.ts';

export type Order = 'asc' | 'desc';

/** What a server-paged listing answers besides its rows: the server's `pageFields` (src/platform/listing.ts). */
export type PageInfo = {
  [K in Exclude<keyof typeof pageFields, 'more'>]: z.output<(typeof pageFields)[K]>;
} & {
  more?: boolean | undefined;
};

export interface ListState<S extends string> {
  /** The words typed in the search box (sent after a pause). */
  typed: string;
  sort: S;
  order: Order;
  page: number;
  filters: Record<string, string>;
}

export interface Listing<T extends PageInfo, S extends string> {
  state: ListState<S>;
  /** Whether the rows are in the listing's first order (the sort and order it started with). */
  firstOrder: boolean;
  load: Loaded<T>;
  setTyped: (q: string) => void;
  /** Sorts by a column: the same column again turns the order round; another starts in its `first` order. */
  sortBy: (sort: S, first: Order) => void;
  setFilter: (name: string, value: string) => void;
  setPage: (page: number) => void;
}

/**
 * A table read from the server a page at a time: the words, filters, sort and page are the listing's query
 * string (see src/platform/listing.ts), and a new word, filter or order goes back to the first page.
 */
export function useListing<T extends PageInfo, S extends string>(
  path: string | null,
  initial: { sort: S; order: Order; size?: number; filters?: Record<string, string> },
): Listing<T, S> {
  const [state, setState] = useState<ListState<S>>({
    typed: '',
    sort: initial.sort,
    order: initial.order,
    page: 1,
    filters: initial.filters ?? {},
  });
  const [q, setQ] = useState('');
  // Typing filters after a pause, not at every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(state.typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [state.typed]);
  const params = new URLSearchParams({
    sort: state.sort,
    order: state.order,
    page: String(state.page),
    size: String(initial.size ?? 25),
  });
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(state.filters)) if (v) params.set(k, v);
  const sep = path?.includes('?') ? '&' : '?';
  const load = useLoad<T>(path === null ? null : `${path}${sep}${params}`);
  // A new search goes back to the first page.
  const [lastQ, setLastQ] = useState(q);
  if (lastQ !== q) {
    setLastQ(q);
    if (state.page !== 1) setState({ ...state, page: 1 });
  }
  return {
    state,
    firstOrder: state.sort === initial.sort && state.order === initial.order,
    load,
    setTyped: (typed) => setState((s) => ({ ...s, typed })),
    sortBy: (sort, first) =>
      setState((s) => ({
        ...s,
        page: 1,
        sort,
        order: s.sort === sort ? (s.order === 'asc' ? 'desc' : 'asc') : first,
      })),
    setFilter: (name, value) =>
      setState((s) => ({ ...s, page: 1, filters: { ...s.filters, [name]: value } })),
    setPage: (page) => setState((s) => ({ ...s, page })),
  };
}
