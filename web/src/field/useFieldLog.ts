import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, messageOf } from '../api.ts';
import { keepLog, keptLog } from '../offline/kept.ts';
import { operationApi } from '../plans/paths.ts';
import { changeOutbox, readOutbox } from './outbox.ts';
import { sendItem } from './send.ts';
import type {
  Author,
  CorrectionOutcome,
  FieldEntry,
  Log,
  LogEntry,
  Outcome,
  Queued,
  RecordResult,
} from './types.ts';
import { queuedId } from './types.ts';
import { newId } from './uuid.ts';

/** The request never reached the server (no connection), or the session has ended: try again later. */
const unreached = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status === 401);

/**
 * The execution log of one operation and this phone's outbox of entries and corrections not yet sent, sealed in
 * the field kit. What is made without a connection waits in the outbox and is sent, in the order made, with its
 * original id and time, when the connection returns (the browser's `online` event), when the screen opens, or
 * when the user asks; resending what the server already holds is harmless (it answers 200, duplicate). Without a
 * connection the log shows as last read with one.
 */
export function useFieldLog(operationId: string, author: Author) {
  const path = `${operationApi(operationId)}/log`;
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const [keptAt, setKeptAt] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [queue, setQueue] = useState<Queued[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [sending, setSending] = useState(false);
  const busy = useRef(false);
  const again = useRef(false);

  const changeQueue = useCallback(
    async (change: (q: Queued[]) => Queued[]) => setQueue(await changeOutbox(operationId, change)),
    [operationId],
  );

  const reload = useCallback(async () => {
    try {
      const r = await api.get<Log>(path);
      setEntries(r.entries);
      setKeptAt(null);
      setLoadError(null);
      await keepLog(operationId, r).catch(() => undefined);
    } catch (e) {
      const kept =
        e instanceof ApiError && e.status === 0 ? await keptLog(operationId).catch(() => null) : null;
      if (kept) {
        setEntries(kept.log.entries);
        setKeptAt(kept.keptAt);
        setLoadError(null);
      } else setLoadError(messageOf(e));
    }
  }, [path, operationId]);

  const keep = useCallback(
    (item: Queued) => changeQueue((q) => [...q.filter((x) => queuedId(x) !== queuedId(item)), item]),
    [changeQueue],
  );

  const record = useCallback(
    async (entry: FieldEntry): Promise<Outcome> => {
      const item: Queued = { type: 'entry', entry, author };
      if (!navigator.onLine) {
        await keep(item);
        return { sent: false };
      }
      try {
        const result = await api.post<RecordResult>(path, entry satisfies FieldEntry);
        void reload();
        return { sent: true, result };
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 0)) throw e;
        await keep(item);
        return { sent: false };
      }
    },
    [path, author, keep, reload],
  );

  const flush = useCallback(async () => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    setSending(true);
    setSendError(null);
    try {
      for (const item of await readOutbox(operationId)) {
        if (item.type === 'correction' && item.conflict) continue;
        const id = queuedId(item);
        try {
          const out = await sendItem(path, item);
          if (out.sent) await changeQueue((q) => q.filter((x) => queuedId(x) !== id));
          else {
            const conflict = out.conflict;
            await changeQueue((q) =>
              q.map((x) => (queuedId(x) === id && x.type === 'correction' ? { ...x, conflict } : x)),
            );
          }
        } catch (e) {
          if (unreached(e)) {
            setSendError(messageOf(e));
            break;
          }
          const refused = messageOf(e);
          await changeQueue((q) => q.map((x) => (queuedId(x) === id ? { ...x, refused } : x)));
        }
      }
    } catch (e) {
      setSendError(messageOf(e));
    } finally {
      busy.current = false;
      setSending(false);
    }
    await reload();
    if (again.current) {
      again.current = false;
      void flush();
    }
  }, [path, operationId, changeQueue, reload]);

  const discard = useCallback(
    (id: string) => changeQueue((q) => q.filter((x) => queuedId(x) !== id)),
    [changeQueue],
  );

  /**
   * Corrects an entry the log shows, on the revision this phone saw: through the outbox, so a correction made
   * without a connection, or one that meets someone else's, waits there with its original time.
   */
  const correct = useCallback(
    async (entry: LogEntry, text: string): Promise<CorrectionOutcome> => {
      const item: Queued = {
        type: 'correction',
        entryId: entry.id,
        entryKind: entry.kind,
        correction: {
          id: newId(),
          occurredAt: new Date().toISOString(),
          baseRevision: entry.revision ?? 0,
          text,
        },
        author,
      };
      await keep(item);
      if (!navigator.onLine) return 'kept';
      await flush();
      const left = (await readOutbox(operationId)).find((x) => queuedId(x) === item.correction.id);
      if (!left) return 'sent';
      return left.type === 'correction' && left.conflict ? 'conflict' : 'kept';
    },
    [author, keep, flush, operationId],
  );

  /** Keeps a correction that met someone else's: sent again on top of the revision the server now holds. */
  const keepMine = useCallback(
    async (id: string) => {
      await changeQueue((q) =>
        q.map((x) => {
          if (x.type !== 'correction' || x.correction.id !== id || !x.conflict) return x;
          // The same correction (same id and time), now on the revision the server holds; its conflict settled.
          const correction = { ...x.correction, baseRevision: x.conflict.revision };
          return {
            type: 'correction',
            entryId: x.entryId,
            entryKind: x.entryKind,
            correction,
            author: x.author,
          };
        }),
      );
      await flush();
    },
    [changeQueue, flush],
  );

  useEffect(() => {
    let live = true;
    void readOutbox(operationId).then(
      (q) => live && setQueue(q),
      () => undefined,
    );
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
      live = false;
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [operationId, reload, flush]);

  return {
    entries,
    keptAt,
    loadError,
    queue,
    online,
    sending,
    sendError,
    record,
    correct,
    keepMine,
    flush,
    discard,
    reload,
  };
}
