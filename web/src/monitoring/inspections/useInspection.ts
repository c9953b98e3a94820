import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api, messageOf } from '../../api.ts';
import { newId } from '../../field/uuid.ts';
import {
  forgetInspection,
  isKeepable,
  type KeptInspection,
  keepInspection,
  keptInspection,
} from '../../offline/kept-inspections.ts';
import { useKitState } from '../../offline/useKit.ts';
import type { Me } from '../../types.ts';
import { readInspectionOutbox, withWaiting } from './inspection-outbox.ts';
import type { FindingsBody, Inspection, InterviewBody, VisitBody } from './types.ts';
import { type Recording, useInspectionOutbox } from './useInspectionOutbox.ts';

/**
 * Where a record went: to the server, or into the field kit's sealed outbox, to be sent later; or, findings that
 * met someone else's save, into the outbox beside theirs for the person to choose.
 */
export type Recorded = 'sent' | 'kept' | 'met';

/**
 * One inspection: as the server has it, or, without a connection, as the field kit kept it (an inspection the
 * user is on, opened with a connection while the kit was open: offline/kept-inspections.ts), with what waits in
 * the kit's outbox drawn over it. The visit, interviews and findings recorded without a connection (or while
 * records still wait to go first) are kept in the outbox and sent when it returns.
 */
export function useInspection(id: string, me: Me) {
  const path = `/api/monitoring/inspections/${encodeURIComponent(id)}`;
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [kept, setKept] = useState<KeptInspection | null>(null);
  const [error, setError] = useState<{ message: string; status: number } | null>(null);
  const kit = useKitState(me.user.id);
  const mayWrite = me.permissions.includes('monitoring.write');
  const author = useMemo(
    () => (mayWrite && kit === 'unlocked' ? { id: me.user.id, name: me.user.displayName } : null),
    [me, kit, mayWrite],
  );

  const reload = useCallback(async () => {
    try {
      const i = await api.get<Inspection>(path);
      setInspection(i);
      setKept(null);
      setError(null);
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      if (status === 404) await forgetInspection(id).catch(() => undefined);
      // Without a connection, the inspection as the field kit kept it (when it is open and keeps it).
      const k = status === 0 ? await keptInspection(id).catch(() => undefined) : undefined;
      if (k) {
        setInspection(k.inspection);
        setKept(k);
        setError(null);
      } else setError({ message: messageOf(e), status });
    }
  }, [path, id]);

  const outbox = useInspectionOutbox(id, author, reload);

  useEffect(() => {
    void reload();
  }, [reload]);
  // Opened without a connection before the kit was: once it is open, the kept inspection can be read.
  const failed = error !== null;
  useEffect(() => {
    if (kit === 'unlocked' && failed) void reload();
  }, [kit, failed, reload]);
  // Read from the server with the kit open: kept (refreshed) while the user is on it and it is open; else it goes.
  useEffect(() => {
    if (kit !== 'unlocked' || !inspection || kept || !mayWrite) return;
    const keep = isKeepable(inspection, me.user.id);
    void (keep ? keepInspection(inspection) : forgetInspection(inspection.id)).catch(() => undefined);
  }, [kit, inspection, kept, mayWrite, me.user.id]);

  /** Records the visit, an interview or the findings: sent now, or kept in the outbox to be sent later. */
  const record = useCallback(
    async (r: Recording): Promise<Recorded> => {
      if (author && (kept || !navigator.onLine || outbox.queue.length > 0)) {
        const waitsAs = await outbox.keep(r);
        if (navigator.onLine && !kept) await outbox.flush();
        const waiting = (await readInspectionOutbox(id)).some((x) => x.id === waitsAs);
        return waiting ? 'kept' : 'sent';
      }
      // Sent with a connection: an id all the same, so that a retry after a lost answer is not recorded twice.
      const at = new Date().toISOString();
      try {
        if (r.kind === 'visit')
          await api.post(`${path}/visit`, { ...r.body, id: newId() } satisfies VisitBody);
        else if (r.kind === 'interview')
          await api.post(`${path}/interviews`, { ...r.body, id: newId(), at } satisfies InterviewBody);
        else
          await api.put(`${path}/findings`, {
            ...r.body,
            id: newId(),
            at,
            revision: r.base.revision,
          } satisfies FindingsBody);
      } catch (e) {
        const stale = r.kind === 'findings' && e instanceof ApiError && e.code === 'stale_revision';
        // With the kit open, findings someone saved over wait beside theirs for the person to choose, as offline.
        if (author && e instanceof ApiError && (e.status === 0 || stale)) {
          await outbox.keep(r);
          if (!stale) return 'kept';
          await outbox.flush();
          return 'met';
        }
        // Someone saved meanwhile: read the inspection again, and say so.
        if (e instanceof ApiError && e.status === 409) await reload();
        throw e;
      }
      await reload();
      return 'sent';
    },
    [author, kept, outbox, id, path, reload],
  );

  const shown = useMemo(
    () => (inspection ? withWaiting(inspection, outbox.queue) : null),
    [inspection, outbox.queue],
  );
  return { inspection: shown, kept, error, reload, record, outbox, kitOpen: author !== null };
}

export type InspectionState = ReturnType<typeof useInspection>;
