import { useCallback, useEffect, useRef, useState } from 'react';
import { api, messageOf } from '../api.ts';
import { appendPage, PAGE_SIZE, usablePart } from './timeline.ts';
import type { TimelineEvent, TimelinePage } from './types.ts';

interface State {
  events: TimelineEvent[];
  /** How many numbers, accounts, plates and documents the events are looked up by; null until loaded. */
  identifiers: number | null;
  more: boolean;
  loading: boolean;
  error: string | null;
  /** How many events the last "Older" brought, for the live region; null after the first page. */
  added: number | null;
}

const START: State = { events: [], identifiers: null, more: false, loading: true, error: null, added: null };

/**
 * A timeline, a page at a time: the newest events first, then older ones on request. `path` is the API path of an
 * entity's timeline or of a phone number's.
 */
export function useTimeline(path: string) {
  const base = `${path}?limit=${PAGE_SIZE}`;
  const [state, setState] = useState<State>(START);
  const ticket = useRef(0);

  const fetchPage = useCallback(
    (shown: TimelineEvent[]) => {
      const mine = ++ticket.current;
      const oldest = shown.at(-1)?.at;
      setState((s) => ({ ...s, loading: true, error: null, added: null }));
      api.get<TimelinePage>(oldest ? `${base}&before=${encodeURIComponent(oldest)}` : base).then(
        (page) => {
          if (mine !== ticket.current) return;
          const usable = usablePart(page);
          const events = appendPage(shown, usable.events);
          const added = events.length - shown.length;
          setState({
            events,
            identifiers: page.identifiers,
            // A page that brings nothing new would bring nothing new again.
            more: usable.more && added > 0,
            loading: false,
            error: null,
            added: oldest ? added : null,
          });
        },
        (e: unknown) => {
          if (mine === ticket.current) setState((s) => ({ ...s, loading: false, error: messageOf(e) }));
        },
      );
    },
    [base],
  );

  useEffect(() => {
    fetchPage([]);
    return () => {
      ticket.current++;
    };
  }, [fetchPage]);

  const older = () => fetchPage(state.events);
  return { ...state, older };
}
