import { useCallback, useRef, useState } from 'react';
import { ApiError, api, messageOf } from '../api.ts';
import { newId } from '../field/uuid.ts';
import { useOnline, useOutboxStart } from '../offline/useOutboxStart.ts';
import {
  type CaseBody,
  type CaseWork,
  type CurrentService,
  changeCaseOutbox,
  pathOf,
  type QueuedWork,
  readCaseOutbox,
} from './case-outbox.ts';

/** The request never reached the server (no connection), or the session has ended: try again later. */
const unreached = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status === 401);

/** The service now, as the refusal of a stale step carries it (src/protection/case-sync.ts). */
const currentOf = (e: unknown): CurrentService | null => {
  if (!(e instanceof ApiError) || e.status !== 409 || e.code !== 'conflict') return null;
  const c = (e.details as { current?: Partial<CurrentService> } | undefined)?.current;
  if (typeof c?.service !== 'string' || c.status === undefined) return null;
  return c as CurrentService;
};

/**
 * A shelter case's work recorded on this phone without a connection (a needs assessment, a service offered, the
 * person's answer on one), sealed in the field kit, and its sending: in the order made, each with its id, time
 * and the service's status it was made on, when the connection returns, when the case opens, or when asked. A
 * step that meets another made meanwhile is kept with the service as it stands, for the person to keep theirs
 * (sent again on the current status) or drop it (src/operations/sync-rules.ts, `protection_service_step`).
 */
export function useCaseOutbox(
  caseId: string,
  author: { id: string; name: string } | null,
  /** After a sending that took something, or met a refusal: read the case again. */
  onSent: () => void,
) {
  const [queue, setQueue] = useState<QueuedWork[]>([]);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const online = useOnline();
  const busy = useRef(false);
  const sent = useRef(onSent);
  sent.current = onSent;

  const changeQueue = useCallback(
    async (change: (q: QueuedWork[]) => QueuedWork[]) => setQueue(await changeCaseOutbox(caseId, change)),
    [caseId],
  );

  /** Keeps a record to be sent later, with its id, its time and its author. */
  const keep = useCallback(
    async (work: CaseWork): Promise<void> => {
      if (!author) throw new ApiError(0, 'network', 'The field kit is locked.');
      const id = newId();
      const savedAt = new Date().toISOString();
      const body = { ...work.body, id, at: savedAt };
      const item = { ...work, body, id, caseId, savedAt, author } as QueuedWork;
      await changeQueue((q) => [...q, item]);
    },
    [author, caseId, changeQueue],
  );

  /** Sends what waits, in order; a step after one of the same service in conflict waits with it. */
  const flush = useCallback(async (): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    setSendError(null);
    let changed = false;
    const stale = new Map<string, CurrentService>();
    try {
      for (const item of await readCaseOutbox(caseId)) {
        if (item.conflict || item.refused) continue;
        const behind = item.kind === 'needs' ? undefined : stale.get(item.service);
        if (behind) {
          await changeQueue((q) => q.map((x) => (x.id === item.id ? { ...x, conflict: behind } : x)));
          continue;
        }
        try {
          await api.post(pathOf(caseId, item), item.body satisfies CaseBody);
          changed = true;
          await changeQueue((q) => q.filter((x) => x.id !== item.id));
        } catch (e) {
          if (unreached(e)) {
            setSendError(messageOf(e));
            break;
          }
          changed = true;
          const current = currentOf(e);
          if (current && item.kind !== 'needs') {
            stale.set(item.service, current);
            await changeQueue((q) => q.map((x) => (x.id === item.id ? { ...x, conflict: current } : x)));
          } else {
            const reason = messageOf(e);
            await changeQueue((q) => q.map((x) => (x.id === item.id ? { ...x, refused: reason } : x)));
          }
        }
      }
    } catch (e) {
      setSendError(messageOf(e));
    } finally {
      busy.current = false;
      setSending(false);
    }
    if (changed) sent.current();
  }, [caseId, changeQueue]);

  /**
   * Keeps the steps that met another: the first of each service sent again on the status it stands at now (the
   * ones after it on the status the one before makes), in order.
   */
  const keepMine = useCallback(async () => {
    const rebased = new Set<string>();
    await changeQueue((q) =>
      q.map((x) => {
        if (!x.conflict || x.kind === 'needs') return x;
        const { conflict, ...rest } = x;
        if (rebased.has(x.service)) return rest as QueuedWork;
        rebased.add(x.service);
        return { ...rest, body: { ...rest.body, base: conflict.status } } as QueuedWork;
      }),
    );
    await flush();
  }, [changeQueue, flush]);

  /** Drops the steps that met another: the service stands as recorded. */
  const dropMine = useCallback(async () => {
    await changeQueue((q) => q.filter((x) => !x.conflict));
    sent.current();
  }, [changeQueue]);

  const drop = useCallback((id: string) => changeQueue((q) => q.filter((x) => x.id !== id)), [changeQueue]);

  useOutboxStart(caseId, author, readCaseOutbox, setQueue, flush);

  return { queue, online, sending, sendError, keep, flush, keepMine, dropMine, drop };
}

export type CaseOutbox = ReturnType<typeof useCaseOutbox>;
