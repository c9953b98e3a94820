import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, messageOf } from './api.ts';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** The HTTP status of the failure (404: not found, or not yours to see), or null. */
  errorStatus: number | null;
  loading: boolean;
  reload: () => void;
}

/** Loads one GET route; `null` skips loading (e.g. when the user lacks the permission). */
export function useLoad<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Omit<Loaded<T>, 'reload'>>({
    data: null,
    error: null,
    errorStatus: null,
    loading: path !== null,
  });
  const ticket = useRef(0);
  const load = useCallback(() => {
    if (path === null) return;
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true, error: null, errorStatus: null }));
    api.get<T>(path).then(
      (data) => {
        if (mine === ticket.current) setState({ data, error: null, errorStatus: null, loading: false });
      },
      (e: unknown) => {
        if (mine !== ticket.current) return;
        const errorStatus = e instanceof ApiError ? e.status : null;
        setState({ data: null, error: messageOf(e), errorStatus, loading: false });
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
