import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, messageOf } from '../api.ts';
import { forgetScreening, type KeptScreening, keptScreening } from '../offline/kept-screenings.ts';
import { useKitState } from '../offline/useKit.ts';
import type { Me } from '../types.ts';
import { useSubmit } from '../ui/useSubmit.ts';
import type { Answer, AnswersBody, CompleteBody, Referral, Screening } from './types.ts';
import { useAnswersOutbox } from './useAnswersOutbox.ts';

const NOT_ASKED: Answer = { answer: 'unknown', observation: '' };

/**
 * One interview: the screening as the server has it, the answers changed since the last save, and the moves.
 * With the field kit open (`me`'s), answers saved without a connection wait in its sealed outbox and are sent
 * when it returns; without a connection the screening opens as the kit kept it (offline/kept-screenings.ts).
 */
export function useInterview(id: string, me?: Me) {
  const { t } = useTranslation('screening');
  const path = `/api/screenings/${encodeURIComponent(id)}`;
  const [screening, setScreening] = useState<Screening | null>(null);
  const [kept, setKept] = useState<KeptScreening | null>(null);
  // The indicator set as the kit kept it, still shown once the connection returns while the server's loads.
  const [keptSet, setKeptSet] = useState<KeptScreening['set'] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, Answer>>({});
  const [status, setStatus] = useState<string | null>(null);
  const saving = useSubmit();
  const completing = useSubmit();
  // The id of the save just put into the field kit's outbox, to tell the screener it waits there.
  const kitSave = useRef<string | null>(null);
  const kit = useKitState(me?.user.id ?? '');
  const author = useMemo(
    () => (me && kit === 'unlocked' ? { id: me.user.id, name: me.user.displayName } : null),
    [me, kit],
  );
  const reload = useCallback(async () => {
    try {
      const s = await api.get<Screening>(path);
      setScreening(s);
      setKept(null);
      return s;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) await forgetScreening(id).catch(() => undefined);
      // Without a connection, the screening as the field kit kept it (when it is open and keeps it).
      const k =
        e instanceof ApiError && e.status === 0 ? await keptScreening(id).catch(() => undefined) : null;
      if (!k) throw e;
      setScreening(k.screening);
      setKept(k);
      setKeptSet(k.set);
      return k.screening;
    }
  }, [path, id]);
  const outbox = useAnswersOutbox(id, author, (s) => {
    if (!s) return void reload().catch(() => undefined);
    setScreening(s);
    setKept(null);
  });
  useEffect(() => {
    reload().then(
      () => setLoadError(null),
      (e: unknown) => setLoadError(messageOf(e)),
    );
  }, [reload]);
  // Opened without a connection before the kit was: once it is open, the kept screening can be read.
  const failed = loadError !== null;
  useEffect(() => {
    if (kit === 'unlocked' && failed)
      reload().then(
        () => setLoadError(null),
        () => undefined,
      );
  }, [kit, failed, reload]);

  const answerOf = (indicator: string): Answer =>
    draft[indicator] ?? outbox.waiting[indicator] ?? screening?.answers[indicator] ?? NOT_ASKED;
  const change = (indicator: string, answer: Answer) => {
    setDraft((d) => ({ ...d, [indicator]: answer }));
    setStatus(null);
  };

  /** Sends the changed answers; the screening as saved, or null when an answer still needs an observation. */
  const persist = async (setError: (m: string) => void): Promise<Screening | null> => {
    if (!screening) return null;
    const sent = draft;
    const missing = Object.values(sent).filter((a) => a.answer === 'yes' && !a.observation.trim()).length;
    if (missing > 0) {
      setError(t('interview.missingObservations', { missing }));
      return null;
    }
    if (Object.keys(sent).length === 0) return screening;
    const answers = Object.fromEntries(
      Object.entries(sent).map(([k, a]) => [k, { answer: a.answer, observation: a.observation.trim() }]),
    );
    const done = () =>
      setDraft((d) => Object.fromEntries(Object.entries(d).filter(([k, a]) => sent[k] !== a)));
    // Without a connection (or with answers still waiting to go first), into the field kit's sealed outbox.
    if (author && (kept || !navigator.onLine || outbox.queue.length > 0)) {
      kitSave.current = await outbox.keep(screening.version, answers);
      done();
      return (navigator.onLine ? await outbox.flush() : null) ?? screening;
    }
    try {
      const s = await api.patch<Screening>(path, {
        version: screening.version,
        answers,
      } satisfies AnswersBody);
      setScreening(s);
      done();
      return s;
    } catch (e) {
      if (author && e instanceof ApiError && e.status === 0) {
        kitSave.current = await outbox.keep(screening.version, answers);
        done();
        return screening;
      }
      if (!(e instanceof ApiError && e.code === 'conflict')) throw e;
      await reload().catch(() => undefined);
      throw new ApiError(e.status, e.code, t('interview.conflict', { message: e.message }));
    }
  };

  const save = saving.handle(async () => {
    setStatus(null);
    kitSave.current = null;
    if (!(await persist(saving.setError))) return;
    const waiting = kitSave.current ? await outbox.isWaiting(kitSave.current) : false;
    setStatus(waiting ? t('kit.savedOnPhone') : t('interview.saved'));
  });

  const complete = completing.handle(async () => {
    setStatus(null);
    // Completing fixes the outcome and a presumed victim's non-punishment: never from the kit, always connected.
    if (kept || !navigator.onLine) return completing.setError(t('kit.noComplete'));
    const s = await persist(completing.setError);
    if (!s) return;
    const done = await api.post<Screening>(`${path}/complete`, { version: s.version } satisfies CompleteBody);
    setScreening(done);
    await forgetScreening(id).catch(() => undefined);
  });

  /** Answers "No" to each of `indicators` (those not yet answered), to be saved with the others. */
  const answerNo = (indicators: readonly string[]) => {
    setDraft((d) => ({
      ...d,
      ...Object.fromEntries(indicators.map((i) => [i, { answer: 'no', observation: '' } satisfies Answer])),
    }));
    setStatus(t('allNo.done', { count: indicators.length }));
  };

  /** Puts a new or updated referral into the screening shown. */
  const putReferral = (r: Referral) =>
    setScreening((s) =>
      s
        ? {
            ...s,
            referrals: s.referrals.some((x) => x.id === r.id)
              ? s.referrals.map((x) => (x.id === r.id ? r : x))
              : [...s.referrals, r],
          }
        : s,
    );

  const unsaved = Object.keys(draft).length;
  const busy = saving.busy || completing.busy;
  return {
    screening,
    /** The screening as the field kit kept it, opened without a connection; null when read from the server. */
    kept,
    keptSet,
    outbox,
    kitOpen: author !== null,
    loadError,
    answerOf,
    change,
    answerNo,
    unsaved,
    save,
    saveError: saving.error,
    complete,
    completeError: completing.error,
    busy,
    status,
    putReferral,
  };
}

export type Interview = ReturnType<typeof useInterview>;
