import { useCallback, useRef, useState } from 'react';
import { ApiError, api, messageOf } from '../api.ts';
import { newId } from '../field/uuid.ts';
import { useOnline, useOutboxStart } from '../offline/useOutboxStart.ts';
import { arrived, changeAnswersOutbox, type QueuedAnswers, readAnswersOutbox } from './answers-outbox.ts';
import type { Answer, AnswersBody, Screening } from './types.ts';

/** The request never reached the server (no connection), or the session has ended: try again later. */
const unreached = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status === 401);

/** The screening's state now, as a refusal of a stale save carries it (src/screening/stale-answers.ts). */
const currentOf = (e: ApiError): QueuedAnswers['conflict'] | null => {
  if (e.status !== 409 || e.code !== 'conflict') return null;
  const c = (e.details as { current?: { version?: unknown; answers?: unknown } } | undefined)?.current;
  if (typeof c?.version !== 'number' || typeof c.answers !== 'object' || c.answers === null) return null;
  return { version: c.version, answers: c.answers as Record<string, Answer> };
};

/**
 * The answers of one screening saved on this phone without a connection, sealed in the field kit, and their
 * sending: in the order saved, each on the version it was given on, when the connection returns, when the
 * interview opens, or when the screener asks. Saves made one after another on the phone build on each other: once
 * the first is taken, the next goes on the version it made. Saves that meet someone else's are kept with the
 * answers now, for the person to keep theirs (sent again, in order, on the current version; the server merges
 * per indicator) or drop them, all at once (src/operations/sync-rules.ts, `screening_answers`).
 */
export function useAnswersOutbox(
  screeningId: string,
  author: { id: string; name: string } | null,
  /** After a sending: the screening as the last save left it, or null when one met a refusal (read it again). */
  onSent: (s: Screening | null) => void,
) {
  const path = `/api/screenings/${encodeURIComponent(screeningId)}`;
  const [queue, setQueue] = useState<QueuedAnswers[]>([]);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const online = useOnline();
  const busy = useRef(false);
  const sent = useRef(onSent);
  sent.current = onSent;

  const changeQueue = useCallback(
    async (change: (q: QueuedAnswers[]) => QueuedAnswers[]) =>
      setQueue(await changeAnswersOutbox(screeningId, change)),
    [screeningId],
  );

  /** Keeps answers given on `version` to be sent later; the id they wait under. */
  const keep = useCallback(
    async (version: number, answers: Record<string, Answer>): Promise<string> => {
      if (!author) throw new ApiError(0, 'network', 'The field kit is locked.');
      const item: QueuedAnswers = {
        id: newId(),
        screeningId,
        version,
        answers,
        savedAt: new Date().toISOString(),
        author,
      };
      await changeQueue((q) => [...q, item]);
      return item.id;
    },
    [author, screeningId, changeQueue],
  );

  /**
   * Sends what waits, in order; the screening as the last save left it, or null when nothing was taken. With
   * `readAgain` (the connection has returned) the page reads the screening again even when nothing was sent.
   */
  const flush = useCallback(
    async (readAgain = false): Promise<Screening | null> => {
      if (busy.current) return null;
      busy.current = true;
      setSending(true);
      setSendError(null);
      let last: Screening | null = null;
      // Refused, or found already there: the page reads the screening again rather than trust the last answer.
      let refused = readAgain;
      // A save's version as given on the phone → the version the server made of the save before it.
      const moved = new Map<number, number>();
      // A version someone saved over → the state now: later saves on it meet the same, unsent.
      const stale = new Map<number, NonNullable<QueuedAnswers['conflict']>>();
      try {
        for (const item of await readAnswersOutbox(screeningId)) {
          if (item.conflict || item.refused) continue;
          const version = moved.get(item.version) ?? item.version;
          const behind = stale.get(version);
          if (behind) {
            refused = true;
            await changeQueue((q) => q.map((x) => (x.id === item.id ? { ...x, conflict: behind } : x)));
            continue;
          }
          try {
            const s = await api.patch<Screening>(path, {
              version,
              answers: item.answers,
            } satisfies AnswersBody);
            moved.set(item.version, s.version);
            last = s;
            await changeQueue((q) => q.filter((x) => x.id !== item.id));
          } catch (e) {
            if (unreached(e)) {
              setSendError(messageOf(e));
              break;
            }
            const current = e instanceof ApiError ? currentOf(e) : null;
            if (current && arrived(item.answers, current.answers)) {
              // Sent before and its reply lost: the server holds these answers already.
              refused = true;
              moved.set(item.version, current.version);
              await changeQueue((q) => q.filter((x) => x.id !== item.id));
            } else if (current) {
              refused = true;
              stale.set(version, current);
              await changeQueue((q) => q.map((x) => (x.id === item.id ? { ...x, conflict: current } : x)));
            } else {
              refused = true;
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
      if (refused) sent.current(null);
      else if (last) sent.current(last);
      return last;
    },
    [path, screeningId, changeQueue],
  );

  /**
   * Keeps the answers that met someone else's save: the same answers, sent again in order on the version the
   * server holds (each after the one before, as made on the phone).
   */
  const keepMine = useCallback(async () => {
    await changeQueue((q) =>
      q.map((x) => {
        if (!x.conflict) return x;
        const { conflict, ...rest } = x;
        return { ...rest, version: conflict.version };
      }),
    );
    await flush();
  }, [changeQueue, flush]);

  /** Drops the answers that met someone else's save: theirs stand. */
  const dropMine = useCallback(async () => {
    await changeQueue((q) => q.filter((x) => !x.conflict));
    sent.current(null);
  }, [changeQueue]);

  const isWaiting = useCallback(
    async (id: string) => (await readAnswersOutbox(screeningId)).some((x) => x.id === id),
    [screeningId],
  );

  const drop = useCallback((id: string) => changeQueue((q) => q.filter((x) => x.id !== id)), [changeQueue]);

  useOutboxStart(screeningId, author, readAnswersOutbox, setQueue, flush);

  /** The answers waiting, in the order saved, as they stand on this phone (drawn over the screening's). */
  // Those in conflict are shown beside the current ones instead, until the person chooses.
  const waiting: Record<string, Answer> = Object.assign(
    {},
    ...queue.filter((x) => !x.conflict && !x.refused).map((x) => x.answers),
  );
  return { queue, online, waiting, sending, sendError, keep, flush, keepMine, dropMine, drop, isWaiting };
}

export type AnswersOutbox = ReturnType<typeof useAnswersOutbox>;
