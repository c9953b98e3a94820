import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/Field.tsx';
import { formatNumber } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { countryOptions, judgementOptions, questionAsk, questionLabel } from './labels.ts';
import type { Answer, Checklist, ChecklistBody, ChecklistSaved, Judgement, Question } from './types.ts';

interface Props {
  questions: Question[];
  /** Every province of the region, with its country. */
  places: { country: string; province: string }[];
  /** The checklist to change; a new one when absent. */
  checklist?: Checklist;
  onSaved?: () => void;
}

function TextArea({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Writing or changing a donor checklist: the proposal, then each question's answer and judgement. */
export function ChecklistForm({ questions, places, checklist, onSaved }: Props) {
  const { t } = useTranslation('outcomes');
  const id = useId();
  const [title, setTitle] = useState(checklist?.title ?? '');
  const [country, setCountry] = useState(checklist?.country ?? 'TH');
  const [province, setProvince] = useState(checklist?.province ?? '');
  const [intervention, setIntervention] = useState(checklist?.intervention ?? '');
  const [funding, setFunding] = useState(checklist?.funding ?? '');
  const [months, setMonths] = useState(String(checklist?.durationMonths ?? 12));
  const [answers, setAnswers] = useState<Answer[]>(
    questions.map(
      (q) =>
        checklist?.answers.find((a) => a.question === q.code) ?? {
          question: q.code,
          answer: '',
          judgement: 'not_known' as Judgement,
        },
    ),
  );
  const { busy, error, setError, handle } = useSubmit();
  const setAnswer = (code: string, change: Partial<Answer>) =>
    setAnswers((all) => all.map((a) => (a.question === code ? { ...a, ...change } : a)));
  const save = handle(async () => {
    const duration = Number(months);
    if (!title.trim()) return setError(t('checklistForm.needTitle'));
    if (!intervention.trim()) return setError(t('checklistForm.needIntervention'));
    if (!funding.trim()) return setError(t('checklistForm.needFunding'));
    if (!Number.isInteger(duration) || duration < 1 || duration > 240)
      return setError(t('checklistForm.duration'));
    const body: ChecklistBody = {
      title: title.trim(),
      country,
      province: province.trim(),
      intervention,
      funding: funding.trim(),
      durationMonths: duration,
      answers,
    };
    const saved = checklist
      ? await api.put<ChecklistSaved>(
          `/api/outcomes/checklists/${checklist.id}`,
          body satisfies ChecklistBody,
        )
      : await api.post<ChecklistSaved>('/api/outcomes/checklists', body satisfies ChecklistBody);
    onSaved?.();
    navigate(`/outcomes/checklists/${saved.id}`);
  });
  const provinces = places.filter((p) => p.country === country);
  return (
    <form
      className="panel stack form-wide"
      onSubmit={(e: FormEvent) => void save(e)}
      noValidate
      aria-label={checklist ? t('checklistForm.change') : t('checklistForm.new')}
    >
      <h2>{checklist ? t('checklistForm.change') : t('checklistForm.proposal')}</h2>
      <Field label={t('checklistForm.title')} value={title} onChange={setTitle} />
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('checklistForm.country')}</label>
          <select
            id={`${id}-country`}
            value={country}
            onChange={(e) => {
              setCountry(e.target.value);
              setProvince('');
            }}
          >
            {countryOptions().map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-province`}>{t('checklistForm.province')}</label>
          <select id={`${id}-province`} value={province} onChange={(e) => setProvince(e.target.value)}>
            <option value="">{t('checklistForm.wholeCountry')}</option>
            {provinces.map((p) => (
              <option key={p.province} value={p.province}>
                {p.province}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextArea label={t('checklistForm.intervention')} value={intervention} onChange={setIntervention} />
      <div className="row">
        <Field
          label={t('checklistForm.funding')}
          value={funding}
          onChange={setFunding}
          hint={t('checklistForm.fundingHint')}
        />
        <Field label={t('checklistForm.months')} value={months} onChange={setMonths} inputMode="numeric" />
      </div>
      <h2>{t('checklistForm.questions')}</h2>
      {questions.map((q, i) => {
        const a = answers.find((x) => x.question === q.code);
        return (
          <fieldset key={q.code} className="checklist-question">
            <legend>
              {t('checklistForm.question', { n: formatNumber(i + 1), label: questionLabel(q) })}
            </legend>
            <TextArea
              label={t('checklistForm.answer')}
              hint={questionAsk(q)}
              value={a?.answer ?? ''}
              onChange={(v) => setAnswer(q.code, { answer: v })}
            />
            <div className="field">
              <label htmlFor={`${id}-${q.code}-j`}>{t('checklistForm.judgement')}</label>
              <select
                id={`${id}-${q.code}-j`}
                value={a?.judgement ?? 'not_known'}
                onChange={(e) => setAnswer(q.code, { judgement: e.target.value as Judgement })}
              >
                {judgementOptions().map(([code, words]) => (
                  <option key={code} value={code}>
                    {words}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        );
      })}
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('checklistForm.save')}
        </button>
      </div>
    </form>
  );
}
