import { useCallback, useEffect, useRef, useState } from 'react';
import { api, messageOf } from './api.ts';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads one GET route; `null` skips loading (e.g. when the user lacks the permission). */
export function useLoad<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Omit<Loaded<T>, 'reload'>>({
    data: null,
    error: null,
    loading: path !== null,
  });
  const ticket = useRef(0);
  const load = useCallback(() => {
    if (path === null) return;
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    api.get<T>(path).then(
      (data) => {
        if (mine === ticket.current) setState({ data, error: null, loading: false });
      },
      (e: unknown) => {
        if (mine === ticket.current) setState({ data: null, error: messageOf(e), loading: false });
      },
    );
  }, [path]);
  useEffect(() => {
    load();
    return () => {
      ticket.current++;
    };
  }, [load]);
  return { ...state, reload: load };
}
