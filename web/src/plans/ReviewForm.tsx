import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check } from '../screening/controls.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { type HarmRow, HarmRows } from './HarmRows.tsx';
import { operationApi } from './paths.ts';
import type { ReviewBody } from './types.ts';

/** The review a commander submits once: harm done and to whom (or none observed), and the lessons. */
export function ReviewForm({ id, onSubmitted }: { id: string; onSubmitted: () => void }) {
  const { t } = useTranslation('plans');
  const [harm, setHarm] = useState<HarmRow[]>([]);
  const [none, setNone] = useState(false);
  const [lessons, setLessons] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const rows = harm.filter((h) => h.to || h.description.trim());
    if (none && rows.length) return setError(t('review.form.eitherOr'));
    if (!none && !rows.length) return setError(t('review.form.harmOrNone'));
    if (rows.some((h) => !h.to || !h.description.trim())) return setError(t('review.form.whoAndHow'));
    if (!lessons.trim()) return setError(t('review.form.lessonsNeeded'));
    await api.post(`${operationApi(id)}/review`, {
      // Every row names whom by now (checked above); the flatMap only tells the compiler so.
      harm: rows.flatMap((h) => (h.to ? [{ to: h.to, description: h.description.trim() }] : [])),
      noHarmObserved: none,
      lessons: lessons.trim(),
      objectivesNote: note.trim(),
    } satisfies ReviewBody);
    onSubmitted();
  });
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="review-form-h">
      <h3 id="review-form-h">{t('review.form.submit')}</h3>
      <fieldset className="form-group">
        <legend>{t('review.form.harm')}</legend>
        <p className="hint">{t('review.form.harmHint')}</p>
        <HarmRows rows={harm} onChange={setHarm} disabled={none} />
        <Check label={t('review.form.noHarm')} checked={none} onChange={setNone} />
      </fieldset>
      <NoteField label={t('review.form.lessons')} value={lessons} onChange={setLessons} />
      <NoteField
        label={t('review.form.note')}
        value={note}
        onChange={setNote}
        hint={t('review.form.noteHint')}
      />
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {t('review.form.submit')}
        </button>
      </div>
    </form>
  );
}
