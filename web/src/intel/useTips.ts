import { useCallback, useEffect, useRef, useState } from 'react';
import { api, messageOf } from '../api.ts';
import type { Tip, TipPage } from './types.ts';

interface State {
  tips: Tip[];
  /** The `before` of the next page, or null at the end. */
  next: string | null;
  loading: boolean;
  error: string | null;
  /** How many tips the last load brought, and whether they were older ones, for the live region. */
  brought: { count: number; older: boolean } | null;
  /** Whether a first page has come. */
  loaded: boolean;
}

const START: State = { tips: [], next: null, loading: false, error: null, brought: null, loaded: false };

/**
 * The agency's tips matching `run.query` (a query string without `before`), a page at a time; null loads
 * nothing. Each new `run` (a new `attempt` at the same filters too) loads the first page again.
 */
export function useTips(run: { query: string; attempt: number } | null) {
  const [state, setState] = useState<State>(START);
  const ticket = useRef(0);

  const fetchPage = useCallback(
    (shown: Tip[], before: string | null) => {
      if (run === null) return;
      const mine = ++ticket.current;
      setState((s) => ({ ...s, loading: true, error: null, brought: null }));
      const path = `/api/monitoring/tips?${run.query}${before ? `&before=${encodeURIComponent(before)}` : ''}`;
      api.get<TipPage>(path).then(
        (page) => {
          if (mine !== ticket.current) return;
          const seen = new Set(shown.map((t) => t.id));
          const fresh = page.tips.filter((t) => !seen.has(t.id));
          setState({
            tips: [...shown, ...fresh],
            // A page that brings nothing new would bring nothing new again.
            next: fresh.length > 0 ? page.next : null,
            loading: false,
            error: null,
            brought: { count: fresh.length, older: before !== null },
            loaded: true,
          });
        },
        (e: unknown) => {
          if (mine !== ticket.current) return;
          setState((s) => ({
            ...s,
            ...(before ? {} : { tips: [], next: null, loaded: false }),
            loading: false,
            error: messageOf(e),
          }));
        },
      );
    },
    [run],
  );

  useEffect(() => {
    fetchPage([], null);
    return () => {
      ticket.current++;
    };
  }, [fetchPage]);

  const older = () => {
    if (!state.loading && state.next) fetchPage(state.tips, state.next);
  };
  return { ...state, older };
}
