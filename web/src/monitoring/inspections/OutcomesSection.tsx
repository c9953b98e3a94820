import { useState } from 'react';
import { api } from '../../api.ts';
import { Check, SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { TextArea } from './controls.tsx';
import type { SectionProps } from './InspectionPage.tsx';
import { interviewWords } from './InterviewsSection.tsx';
import { formatDay } from './labels.ts';

const EMPTY = {
  kind: '',
  items: '',
  deadline: '',
  note: '',
  toAgencyId: '',
  workers: [] as string[],
  reason: '',
};

/** The outcomes recorded, and recording another: an order, a closure, the police, screening, a warning, no breach. */
export function OutcomesSection({ inspection: i, reload, canWrite }: SectionProps) {
  const [form, setForm] = useState(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const set = <K extends keyof typeof EMPTY>(k: K, v: (typeof EMPTY)[K]) =>
    setForm((f) => ({ ...f, [k]: v }));
  const codeOf = new Map(i.interviews.map((v) => [v.id, v.code]));
  const order = form.kind === 'improvement_order';
  const referral = form.kind === 'screening_referral';
  const save = handle(async () => {
    if (!form.kind) return setError('Choose the outcome.');
    if (order && !form.items.trim()) return setError('List what the employer must put right.');
    if (order && !form.deadline) return setError('Give the deadline to comply by.');
    if (referral && !form.toAgencyId) return setError('Choose the agency that screens the workers.');
    if (referral && form.workers.length === 0) return setError('Choose the workers referred to screening.');
    if (referral && !form.reason.trim()) return setError('Say why the workers are referred to screening.');
    const r = await api.post<{ referrals: number }>(`/api/monitoring/inspections/${i.id}/outcomes`, {
      kind: form.kind,
      ...(order ? { items: form.items, deadline: form.deadline } : {}),
      ...(referral ? { toAgencyId: form.toAgencyId, interviewIds: form.workers, reason: form.reason } : {}),
      ...(form.note.trim() ? { note: form.note } : {}),
    });
    setSaved(referral ? `${r.referrals} workers referred to screening.` : 'The outcome is recorded.');
    setForm(EMPTY);
    reload();
  });
  return (
    <section className="panel" aria-labelledby="insp-outcomes-h">
      <h2 id="insp-outcomes-h">Outcomes</h2>
      {i.outcomes.length === 0 ? <p className="muted">No outcome recorded.</p> : null}
      {i.outcomes.length > 0 ? (
        <ul className="inspection-list" aria-label="Outcomes recorded">
          {i.outcomes.map((o) => (
            <li key={o.id} className="inspection-row">
              <strong>{o.label}</strong>
              {o.deadline ? <span>To comply by {formatDay(o.deadline)}</span> : null}
              {o.items ? <span className="tip-text">{o.items}</span> : null}
              {o.referrals.length ? (
                <span>
                  {o.referrals
                    .map(
                      (r) =>
                        `${codeOf.get(r.interviewId) ?? 'A worker'} to ${r.toAgency}${r.takenUp ? ' (screening started)' : ' (waiting)'}`,
                    )
                    .join('; ')}
                </span>
              ) : null}
              {o.note ? <span className="sub">{o.note}</span> : null}
              <span className="sub">
                Recorded by {o.by}, {formatDay(o.at.slice(0, 10))}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <StatusMessage message={saved} tone="success" />
      {canWrite ? (
        <form className="stack" onSubmit={save} noValidate aria-label="Record an outcome">
          <h3>Record an outcome</h3>
          <SelectField
            label="Outcome"
            value={form.kind}
            onChange={(v) => set('kind', v)}
            options={i.choices.outcomes.map((o) => [o.code, o.label] as const)}
            placeholder="Choose the outcome"
          />
          {order ? (
            <>
              <TextArea
                label="What the employer must put right"
                value={form.items}
                onChange={(v) => set('items', v)}
                hint="One item a line."
              />
              <Field
                label="Comply by"
                type="date"
                value={form.deadline}
                onChange={(v) => set('deadline', v)}
              />
            </>
          ) : null}
          {referral ? (
            <>
              <SelectField
                label="Agency that screens the workers"
                value={form.toAgencyId}
                onChange={(v) => set('toAgencyId', v)}
                options={i.choices.screeningAgencies.map((a) => [a.id, a.name] as const)}
                placeholder="Choose the agency"
              />
              <fieldset>
                <legend>Workers referred</legend>
                {i.interviews.length === 0 ? <p className="muted">Record the interviews first.</p> : null}
                {i.interviews.map((v) => (
                  <Check
                    key={v.id}
                    label={`${v.code} (${interviewWords(v)})`}
                    checked={form.workers.includes(v.id)}
                    onChange={(on) =>
                      set('workers', on ? [...form.workers, v.id] : form.workers.filter((x) => x !== v.id))
                    }
                  />
                ))}
              </fieldset>
              <TextArea
                label="Why they are referred"
                value={form.reason}
                onChange={(v) => set('reason', v)}
              />
            </>
          ) : null}
          {form.kind ? (
            <TextArea label="Note (optional)" value={form.note} onChange={(v) => set('note', v)} />
          ) : null}
          <ErrorMessage message={error} />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              Record the outcome
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
