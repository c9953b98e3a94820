import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, messageOf } from '../api.ts';
import { operationApi } from '../plans/paths.ts';
import { readQueue, writeQueue } from './queue.ts';
import type { FieldEntry, Log, LogEntry, Outcome, Queued, RecordResult } from './types.ts';

/** The request never reached the server (no connection), or the session has ended: try again later. */
const unreached = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status === 401);

/**
 * The execution log of one operation and this phone's queue of entries not yet sent. An entry recorded without a
 * connection is kept on the phone and sent, with its original id and time, when the connection returns (the
 * browser's `online` event) or when the user retries; resending an entry the server already has is harmless.
 */
export function useFieldLog(operationId: string, userId: string) {
  const path = `${operationApi(operationId)}/log`;
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [queue, setQueue] = useState<Queued[]>(() => readQueue(userId, operationId));
  const [online, setOnline] = useState(() => navigator.onLine);
  const [sending, setSending] = useState(false);
  const queueRef = useRef(queue);
  const busy = useRef(false);

  const changeQueue = useCallback(
    (change: (q: Queued[]) => Queued[]) => {
      const next = change(readQueue(userId, operationId));
      writeQueue(userId, operationId, next);
      queueRef.current = next;
      setQueue(next);
    },
    [userId, operationId],
  );

  const reload = useCallback(async () => {
    try {
      const r = await api.get<Log>(path);
      setEntries(r.entries);
      setLoadError(null);
    } catch (e) {
      setLoadError(messageOf(e));
    }
  }, [path]);

  const keep = useCallback(
    (entry: FieldEntry) => changeQueue((q) => [...q.filter((x) => x.entry.id !== entry.id), { entry }]),
    [changeQueue],
  );

  const record = useCallback(
    async (entry: FieldEntry): Promise<Outcome> => {
      if (!navigator.onLine) {
        keep(entry);
        return { sent: false };
      }
      try {
        const result = await api.post<RecordResult>(path, entry satisfies FieldEntry);
        void reload();
        return { sent: true, result };
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 0)) throw e;
        keep(entry);
        return { sent: false };
      }
    },
    [path, keep, reload],
  );

  const flush = useCallback(async () => {
    if (busy.current || queueRef.current.length === 0) return;
    busy.current = true;
    setSending(true);
    setSendError(null);
    try {
      for (const item of [...queueRef.current]) {
        try {
          await api.post<RecordResult>(path, item.entry satisfies FieldEntry);
          changeQueue((q) => q.filter((x) => x.entry.id !== item.entry.id));
        } catch (e) {
          if (unreached(e)) {
            setSendError(messageOf(e));
            break;
          }
          const refused = messageOf(e);
          changeQueue((q) => q.map((x) => (x.entry.id === item.entry.id ? { ...x, refused } : x)));
        }
      }
    } finally {
      busy.current = false;
      setSending(false);
    }
    await reload();
  }, [path, changeQueue, reload]);

  const discard = useCallback(
    (id: string) => changeQueue((q) => q.filter((x) => x.entry.id !== id)),
    [changeQueue],
  );

  useEffect(() => {
    void reload();
    if (navigator.onLine) void flush();
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [reload, flush]);

  return { entries, loadError, queue, online, sending, sendError, record, flush, discard, reload };
}
