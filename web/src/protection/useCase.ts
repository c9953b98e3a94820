import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api, messageOf } from '../api.ts';
import { forgetCase, type KeptCase, keepCase, keptCase } from '../offline/kept-cases.ts';
import { useKitState } from '../offline/useKit.ts';
import type { Me } from '../types.ts';
import { type CaseBody, type CaseWork, pathOf } from './case-outbox.ts';
import type { CasePage } from './case-types.ts';
import { casePath } from './useCaseAction.ts';
import { useCaseOutbox } from './useCaseOutbox.ts';

/**
 * One protection case as its page reads it. With the caseworker's field kit open on this device, an open case
 * they own is kept in it (offline/kept-cases.ts), refreshed at each read, and dropped once closed or no longer
 * theirs; without a connection the case opens as the kit kept it, and what is recorded waits in its sealed
 * outbox (useCaseOutbox.ts) until the connection returns.
 */
export function useCase(id: string, me: Me) {
  const [page, setPage] = useState<CasePage | null>(null);
  const [kept, setKept] = useState<KeptCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kit = useKitState(me.user.id);
  const author = useMemo(
    () => (kit === 'unlocked' ? { id: me.user.id, name: me.user.displayName } : null),
    [me, kit],
  );
  const reload = useCallback(async () => {
    try {
      const c = await api.get<CasePage>(casePath(id));
      setPage(c);
      setKept(null);
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) await forgetCase(id).catch(() => undefined);
      const k =
        e instanceof ApiError && e.status === 0 ? await keptCase(id).catch(() => undefined) : undefined;
      if (k) {
        setKept(k);
        setError(null);
      } else setError(messageOf(e));
    }
  }, [id]);
  const outbox = useCaseOutbox(id, author, () => void reload());
  useEffect(() => {
    void reload();
  }, [reload]);
  // Opened without a connection before the kit was: once it is open, the kept case can be read.
  const failed = error !== null;
  useEffect(() => {
    if (kit === 'unlocked' && failed) void reload();
  }, [kit, failed, reload]);

  // Kept while the kit is open and the case is theirs and open; otherwise it leaves the kit.
  useEffect(() => {
    if (kit !== 'unlocked' || !page) return;
    const mine = page.status === 'open' && page.owner?.id === me.user.id;
    const mayWrite = me.permissions.includes('protection.write');
    if (mine && mayWrite) void keepCase(page).catch(() => undefined);
    else void forgetCase(page.id).catch(() => undefined);
  }, [kit, page, me]);

  /**
   * Records `work`: sent at once with a connection and nothing waiting before it; otherwise (or when it does not
   * reach the server) kept in the field kit's outbox. Says which.
   */
  const record = useCallback(
    async (work: CaseWork): Promise<'sent' | 'kept'> => {
      if (author && (kept || !navigator.onLine || outbox.queue.length > 0)) {
        await outbox.keep(work);
        if (navigator.onLine && !kept) await outbox.flush();
        return 'kept';
      }
      try {
        await api.post(pathOf(id, work), work.body satisfies CaseBody);
        return 'sent';
      } catch (e) {
        if (!(author && e instanceof ApiError && e.status === 0)) throw e;
        await outbox.keep(work);
        return 'kept';
      }
    },
    [id, author, kept, outbox],
  );

  return { page, kept, error, reload, outbox, record, kitOpen: author !== null };
}

export type CaseState = ReturnType<typeof useCase>;
