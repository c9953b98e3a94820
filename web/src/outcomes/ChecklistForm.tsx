import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { COUNTRY_NAMES, JUDGEMENT_LABELS } from './labels.ts';
import type { Answer, Checklist, Judgement, Question } from './types.ts';

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
    if (!title.trim()) return setError('Give the proposal a title.');
    if (!intervention.trim()) return setError('Say what intervention the proposal makes.');
    if (!funding.trim()) return setError('Say how much funding it asks for.');
    if (!Number.isInteger(duration) || duration < 1 || duration > 240)
      return setError('The duration is a whole number of months, from 1 to 240.');
    const body = {
      title: title.trim(),
      country,
      province: province.trim(),
      intervention,
      funding: funding.trim(),
      durationMonths: duration,
      answers,
    };
    const saved = checklist
      ? await api.put<{ id: string }>(`/api/outcomes/checklists/${checklist.id}`, body)
      : await api.post<{ id: string }>('/api/outcomes/checklists', body);
    onSaved?.();
    navigate(`/outcomes/checklists/${saved.id}`);
  });
  const provinces = places.filter((p) => p.country === country);
  return (
    <form
      className="panel stack form-wide"
      onSubmit={(e: FormEvent) => void save(e)}
      noValidate
      aria-label={checklist ? 'Change the checklist' : 'New donor checklist'}
    >
      <h2>{checklist ? 'Change the checklist' : 'The proposal'}</h2>
      <Field label="Title of the proposal" value={title} onChange={setTitle} />
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-country`}>Country</label>
          <select
            id={`${id}-country`}
            value={country}
            onChange={(e) => {
              setCountry(e.target.value);
              setProvince('');
            }}
          >
            {Object.entries(COUNTRY_NAMES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-province`}>Province</label>
          <select id={`${id}-province`} value={province} onChange={(e) => setProvince(e.target.value)}>
            <option value="">The whole country</option>
            {provinces.map((p) => (
              <option key={p.province} value={p.province}>
                {p.province}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextArea label="The intervention it proposes" value={intervention} onChange={setIntervention} />
      <div className="row">
        <Field
          label="Funding asked for"
          value={funding}
          onChange={setFunding}
          hint="Amount and currency, e.g. USD 240,000"
        />
        <Field label="Duration (months)" value={months} onChange={setMonths} inputMode="numeric" />
      </div>
      <h2>The questions</h2>
      {questions.map((q, i) => {
        const a = answers.find((x) => x.question === q.code);
        return (
          <fieldset key={q.code} className="checklist-question">
            <legend>
              {i + 1}. {q.label}
            </legend>
            <TextArea
              label="Answer"
              hint={q.ask}
              value={a?.answer ?? ''}
              onChange={(v) => setAnswer(q.code, { answer: v })}
            />
            <div className="field">
              <label htmlFor={`${id}-${q.code}-j`}>Judgement</label>
              <select
                id={`${id}-${q.code}-j`}
                value={a?.judgement ?? 'not_known'}
                onChange={(e) => setAnswer(q.code, { judgement: e.target.value as Judgement })}
              >
                {JUDGEMENT_LABELS.map(([code, words]) => (
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
          Save the checklist
        </button>
      </div>
    </form>
  );
}
