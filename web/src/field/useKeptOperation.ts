import { useEffect, useState } from 'react';
import { ApiError, api, messageOf } from '../api.ts';
import { forgetOperation, keepOperation, keptOperation } from '../offline/kept.ts';
import { operationApi } from '../plans/paths.ts';
import type { Operation } from '../plans/types.ts';

interface Kept {
  data: Operation | null;
  error: string | null;
  errorStatus: number | null;
  loading: boolean;
  /** Read from the field kit, without a connection. */
  offline: boolean;
}

/**
 * The operation the field screen works on: read from the server and kept, sealed, in the field kit; without a
 * connection, as last kept. One the server no longer shows the user (not a member any more) is forgotten.
 */
export function useKeptOperation(id: string): Kept {
  const [state, setState] = useState<Kept>({
    data: null,
    error: null,
    errorStatus: null,
    loading: true,
    offline: false,
  });
  useEffect(() => {
    let live = true;
    const load = async (): Promise<Kept> => {
      try {
        const op = await api.get<Operation>(operationApi(id));
        await keepOperation(op).catch(() => undefined);
        return { data: op, error: null, errorStatus: null, loading: false, offline: false };
      } catch (e) {
        const status = e instanceof ApiError ? e.status : null;
        if (status === 404) await forgetOperation(id).catch(() => undefined);
        const kept = status === 0 ? await keptOperation(id).catch(() => undefined) : undefined;
        if (kept) return { data: kept, error: null, errorStatus: null, loading: false, offline: true };
        return { data: null, error: messageOf(e), errorStatus: status, loading: false, offline: false };
      }
    };
    void load().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
