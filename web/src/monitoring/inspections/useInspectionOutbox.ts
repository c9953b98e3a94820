import { useCallback, useRef, useState } from 'react';
import { ApiError, api, messageOf } from '../../api.ts';
import { newId } from '../../field/uuid.ts';
import { useOnline, useOutboxStart } from '../../offline/useOutboxStart.ts';
import {
  changeInspectionOutbox,
  type FindingsState,
  layMine,
  type QueuedFindings,
  type QueuedRecord,
  readInspectionOutbox,
} from './inspection-outbox.ts';
import type { FindingsBody, InterviewBody, VisitBody } from './types.ts';

/** The request never reached the server (no connection), or the session has ended: try again later. */
const unreached = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status === 401);

/** The findings now, as a refusal of a stale save carries them (src/monitoring/inspection-sync.ts). */
const currentOf = (e: unknown): FindingsState | null => {
  if (!(e instanceof ApiError) || e.status !== 409 || e.code !== 'stale_revision') return null;
  const c = (e.details as { current?: Partial<FindingsState> } | undefined)?.current;
  if (typeof c?.revision !== 'number' || !Array.isArray(c.indicators) || !Array.isArray(c.breaches))
    return null;
  return { revision: c.revision, indicators: c.indicators, breaches: c.breaches };
};

/** What a section hands over to be recorded: the kind and its body (the id and time are added here). */
export type Recording =
  | { kind: 'visit'; body: VisitBody }
  | { kind: 'interview'; body: InterviewBody }
  | { kind: 'findings'; body: FindingsBody; base: FindingsState };

/**
 * What one inspection's inspector recorded on this phone without a connection, sealed in the field kit, and its
 * sending: in the order recorded, when the connection returns, when the page opens, or when asked. Each record
 * carries its id and time from the phone (a resend is answered as recorded). Findings saved one after another on
 * the phone build on each other: once the first is taken, the next goes on the revision it made. Findings that
 * meet someone else's save wait with theirs, for the person to keep theirs (laid over the current findings, sent
 * on the current revision) or drop them (src/operations/sync-rules.ts, `inspection_findings`).
 */
export function useInspectionOutbox(
  inspectionId: string,
  author: { id: string; name: string } | null,
  /** After a sending that took something or met a refusal: read the inspection again. */
  onSent: () => Promise<void>,
) {
  const base = `/api/monitoring/inspections/${encodeURIComponent(inspectionId)}`;
  const [queue, setQueue] = useState<QueuedRecord[]>([]);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const online = useOnline();
  // Raised each time the person settles a conflict: the findings form then starts again from what stands.
  const [settled, setSettled] = useState(0);
  const busy = useRef(false);
  const sent = useRef(onSent);
  sent.current = onSent;

  const changeQueue = useCallback(
    async (change: (q: QueuedRecord[]) => QueuedRecord[]) =>
      setQueue(await changeInspectionOutbox(inspectionId, change)),
    [inspectionId],
  );

  /** Keeps a record to be sent later, with its id and the time it was made; the id it waits under. */
  const keep = useCallback(
    async (r: Recording): Promise<string> => {
      if (!author) throw new ApiError(0, 'network', 'The field kit is locked.');
      const id = newId();
      const savedAt = new Date().toISOString();
      const common = { id, inspectionId, savedAt, author };
      const item: QueuedRecord =
        r.kind === 'interview'
          ? { ...common, kind: 'interview', body: { ...r.body, id, at: savedAt } }
          : r.kind === 'visit'
            ? { ...common, kind: 'visit', body: { ...r.body, id } }
            : { ...common, kind: 'findings', body: { ...r.body, id, at: savedAt }, base: r.base };
      await changeQueue((q) => [...q, item]);
      return id;
    },
    [author, inspectionId, changeQueue],
  );

  const send = useCallback(
    (item: QueuedRecord, revision: number | undefined) => {
      if (item.kind === 'visit')
        return api.post<{ id: string }>(`${base}/visit`, item.body satisfies VisitBody);
      if (item.kind === 'interview')
        return api.post<{ id: string }>(`${base}/interviews`, item.body satisfies InterviewBody);
      return api.put<{ revision: number }>(`${base}/findings`, {
        ...item.body,
        revision,
      } satisfies FindingsBody);
    },
    [base],
  );

  /** Sends what waits, in order; whether anything was taken or refused. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    setSending(true);
    setSendError(null);
    let changed = false;
    // A findings save's revision as made on the phone → the revision the save before it made on the server.
    const moved = new Map<number, number>();
    // A revision someone saved over → the findings now: later saves on it meet the same, unsent.
    const stale = new Map<number, FindingsState>();
    try {
      for (const item of await readInspectionOutbox(inspectionId)) {
        if (item.refused || (item.kind === 'findings' && item.conflict)) continue;
        const made = item.kind === 'findings' ? (item.body.revision ?? item.base.revision) : undefined;
        const revision = made === undefined ? undefined : (moved.get(made) ?? made);
        const behind = revision === undefined ? undefined : stale.get(revision);
        if (behind) {
          changed = true;
          await changeQueue((q) => q.map((x) => (x.id === item.id ? { ...x, conflict: behind } : x)));
          continue;
        }
        try {
          const r = await send(item, revision);
          if (made !== undefined && 'revision' in r) moved.set(made, r.revision);
          changed = true;
          await changeQueue((q) => q.filter((x) => x.id !== item.id));
        } catch (e) {
          if (unreached(e)) {
            setSendError(messageOf(e));
            break;
          }
          changed = true;
          const current = currentOf(e);
          if (current && revision !== undefined) {
            stale.set(revision, current);
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
    if (changed) await sent.current();
    return changed;
  }, [inspectionId, changeQueue, send]);

  /**
   * Keeps the findings that met someone else's save: what this phone changed from what it saw (its first such
   * save's base, its last save's findings) laid over theirs, sent once on the current revision.
   */
  const keepMine = useCallback(async () => {
    await changeQueue((q) => {
      const met = q.filter((x): x is QueuedFindings => x.kind === 'findings' && !!x.conflict);
      const first = met[0];
      const last = met.at(-1);
      if (!first || !last?.conflict) return q;
      const body = layMine(first.base, last.body, last.conflict);
      const merged: QueuedFindings = { ...last, body, base: last.conflict };
      delete merged.conflict;
      return q.flatMap((x) => (x === last ? [merged] : met.includes(x as QueuedFindings) ? [] : [x]));
    });
    await flush();
    setSettled((n) => n + 1);
  }, [changeQueue, flush]);

  /** Drops the findings that met someone else's save: theirs stand. */
  const dropMine = useCallback(async () => {
    await changeQueue((q) => q.filter((x) => !(x.kind === 'findings' && x.conflict)));
    await sent.current();
    setSettled((n) => n + 1);
  }, [changeQueue]);

  const drop = useCallback((id: string) => changeQueue((q) => q.filter((x) => x.id !== id)), [changeQueue]);

  useOutboxStart(inspectionId, author, readInspectionOutbox, setQueue, flush);

  return { queue, online, sending, sendError, settled, keep, flush, keepMine, dropMine, drop };
}

export type InspectionOutbox = ReturnType<typeof useInspectionOutbox>;
