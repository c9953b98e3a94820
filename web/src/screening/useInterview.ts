import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, messageOf } from '../api.ts';
import { useSubmit } from '../ui/useSubmit.ts';
import type { Answer, AnswersBody, CompleteBody, Referral, Screening } from './types.ts';

const NOT_ASKED: Answer = { answer: 'unknown', observation: '' };

/** One interview: the screening as the server has it, the answers changed since the last save, and the moves. */
export function useInterview(id: string) {
  const { t } = useTranslation('screening');
  const path = `/api/screenings/${encodeURIComponent(id)}`;
  const [screening, setScreening] = useState<Screening | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, Answer>>({});
  const [status, setStatus] = useState<string | null>(null);
  const saving = useSubmit();
  const completing = useSubmit();

  const reload = useCallback(async () => {
    const s = await api.get<Screening>(path);
    setScreening(s);
    return s;
  }, [path]);
  useEffect(() => {
    reload().catch((e: unknown) => setLoadError(messageOf(e)));
  }, [reload]);

  const answerOf = (indicator: string): Answer =>
    draft[indicator] ?? screening?.answers[indicator] ?? NOT_ASKED;
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
    try {
      const s = await api.patch<Screening>(path, {
        version: screening.version,
        answers,
      } satisfies AnswersBody);
      setScreening(s);
      setDraft((d) => Object.fromEntries(Object.entries(d).filter(([k, a]) => sent[k] !== a)));
      return s;
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'conflict')) throw e;
      await reload().catch(() => undefined);
      throw new ApiError(e.status, e.code, t('interview.conflict', { message: e.message }));
    }
  };

  const save = saving.handle(async () => {
    setStatus(null);
    if (await persist(saving.setError)) setStatus(t('interview.saved'));
  });

  const complete = completing.handle(async () => {
    setStatus(null);
    const s = await persist(completing.setError);
    if (!s) return;
    const done = await api.post<Screening>(`${path}/complete`, { version: s.version } satisfies CompleteBody);
    setScreening(done);
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
