import { useState } from 'react';
import { api } from '../../api.ts';
import { Check, SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { SectionProps } from './InspectionPage.tsx';
import { languageOptions, sexOptions, wordFor } from './labels.ts';
import type { Interview } from './types.ts';

const EMPTY = { code: '', private: true, language: '', interpreter: false, sex: '', under18: false };

export const interviewWords = (v: Interview) =>
  [
    wordFor(languageOptions(), v.language),
    v.interpreter ? 'with an interpreter' : 'no interpreter',
    wordFor(sexOptions(), v.sex).toLowerCase(),
    v.under18 ? 'under 18' : '18 or over',
    v.private ? 'interviewed privately' : 'not in private (the employer could see or hear)',
  ].join(', ');

/** The workers interviewed, each by a code or pseudonym (never a real name), and recording another. */
export function InterviewsSection({ inspection: i, reload, canWrite }: SectionProps) {
  const [form, setForm] = useState(EMPTY);
  const { busy, error, setError, handle } = useSubmit();
  const set = <K extends keyof typeof EMPTY>(k: K, v: (typeof EMPTY)[K]) =>
    setForm((f) => ({ ...f, [k]: v }));
  const add = handle(async () => {
    if (!form.code.trim()) return setError('Give the worker a code or pseudonym: never their real name.');
    if (!form.language) return setError('Choose the language of the interview.');
    if (!form.sex) return setError('Choose the worker’s sex as they state it, or “Prefers not to say”.');
    await api.post(`/api/monitoring/inspections/${i.id}/interviews`, { ...form, code: form.code.trim() });
    setForm(EMPTY);
    reload();
  });
  return (
    <section className="panel" aria-labelledby="insp-interviews-h">
      <h2 id="insp-interviews-h">Workers interviewed ({i.interviews.length})</h2>
      {i.interviews.length === 0 ? <p className="muted">No interview recorded.</p> : null}
      {i.interviews.length > 0 ? (
        <ul className="inspection-list" aria-label="Workers interviewed">
          {i.interviews.map((v) => (
            <li key={v.id} className="inspection-row">
              <strong>{v.code}</strong>
              <span className="sub">{interviewWords(v)}</span>
              {v.referredTo.length ? <span>Referred to screening at {v.referredTo.join(', ')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        <form className="stack" onSubmit={add} noValidate aria-label="Record an interview">
          <h3>Record an interview</h3>
          <div className="row">
            <Field
              label="Code or pseudonym"
              value={form.code}
              onChange={(v) => set('code', v)}
              hint="Never the worker’s real name."
              autoComplete="off"
            />
            <SelectField
              label="Language"
              value={form.language}
              onChange={(v) => set('language', v)}
              options={languageOptions()}
              placeholder="Choose the language"
            />
            <SelectField
              label="Sex (as the worker states it)"
              value={form.sex}
              onChange={(v) => set('sex', v)}
              options={sexOptions()}
              placeholder="Choose"
            />
          </div>
          <Check
            label="Interviewed in private, out of the employer’s sight and hearing"
            checked={form.private}
            onChange={(v) => set('private', v)}
          />
          <Check
            label="With an interpreter"
            checked={form.interpreter}
            onChange={(v) => set('interpreter', v)}
          />
          <Check label="Under 18" checked={form.under18} onChange={(v) => set('under18', v)} />
          <ErrorMessage message={error} />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              Record the interview
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
