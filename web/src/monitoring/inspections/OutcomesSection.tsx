import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KINDS } from '../../../../src/monitoring/inspection-catalogue.ts';
import { api } from '../../api.ts';
import { Check, SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { isCode } from '../labels.ts';
import { TextArea } from './controls.tsx';
import type { SectionProps } from './InspectionPage.tsx';
import { interviewWords } from './InterviewsSection.tsx';
import { formatDay, outcomeWord } from './labels.ts';
import type { OutcomeBody, OutcomeRecorded } from './types.ts';

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
  const { t } = useTranslation('monitoring');
  const [form, setForm] = useState(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const set = <K extends keyof typeof EMPTY>(k: K, v: (typeof EMPTY)[K]) =>
    setForm((f) => ({ ...f, [k]: v }));
  const codeOf = new Map(i.interviews.map((v) => [v.id, v.code]));
  const order = form.kind === 'improvement_order';
  const referral = form.kind === 'screening_referral';
  const save = handle(async () => {
    const kind = form.kind;
    if (!isCode(OUTCOME_KINDS, kind)) return setError(t('inspections.outcomes.errors.noKind'));
    if (order && !form.items.trim()) return setError(t('inspections.outcomes.errors.noItems'));
    if (order && !form.deadline) return setError(t('inspections.outcomes.errors.noDeadline'));
    if (referral && !form.toAgencyId) return setError(t('inspections.outcomes.errors.noAgency'));
    if (referral && form.workers.length === 0) return setError(t('inspections.outcomes.errors.noWorkers'));
    if (referral && !form.reason.trim()) return setError(t('inspections.outcomes.errors.noReason'));
    const r = await api.post<OutcomeRecorded>(`/api/monitoring/inspections/${i.id}/outcomes`, {
      kind,
      ...(order ? { items: form.items, deadline: form.deadline } : {}),
      ...(referral ? { toAgencyId: form.toAgencyId, interviewIds: form.workers, reason: form.reason } : {}),
      ...(form.note.trim() ? { note: form.note } : {}),
    } satisfies OutcomeBody);
    setSaved(
      referral
        ? t('inspections.outcomes.referred', { count: r.referrals })
        : t('inspections.outcomes.recorded'),
    );
    setForm(EMPTY);
    reload();
  });
  return (
    <section className="panel" aria-labelledby="insp-outcomes-h">
      <h2 id="insp-outcomes-h">{t('inspections.outcomes.title')}</h2>
      {i.outcomes.length === 0 ? <p className="muted">{t('inspections.outcomes.none')}</p> : null}
      {i.outcomes.length > 0 ? (
        <ul className="inspection-list" aria-label={t('inspections.outcomes.listLabel')}>
          {i.outcomes.map((o) => (
            <li key={o.id} className="inspection-row">
              <strong>{outcomeWord(o.kind, o.label)}</strong>
              {o.deadline ? (
                <span>{t('inspections.outcomes.complyBy', { day: formatDay(o.deadline) })}</span>
              ) : null}
              {o.items ? <span className="tip-text">{o.items}</span> : null}
              {o.referrals.length ? (
                <span>
                  {o.referrals
                    .map((r) =>
                      t(
                        r.takenUp
                          ? 'inspections.outcomes.referralStarted'
                          : 'inspections.outcomes.referralWaiting',
                        {
                          worker: codeOf.get(r.interviewId) ?? t('inspections.outcomes.aWorker'),
                          agency: r.toAgency,
                        },
                      ),
                    )
                    .join(t('inspections.findings.separator'))}
                </span>
              ) : null}
              {o.note ? <span className="sub">{o.note}</span> : null}
              <span className="sub">
                {t('inspections.outcomes.recordedBy', { by: o.by, day: formatDay(o.at.slice(0, 10)) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <StatusMessage message={saved} tone="success" />
      {canWrite ? (
        <form className="stack" onSubmit={save} noValidate aria-label={t('inspections.outcomes.record')}>
          <h3>{t('inspections.outcomes.record')}</h3>
          <SelectField
            label={t('inspections.outcomes.kind')}
            value={form.kind}
            onChange={(v) => set('kind', v)}
            options={i.choices.outcomes.map((o) => [o.code, outcomeWord(o.code, o.label)] as const)}
            placeholder={t('inspections.outcomes.chooseKind')}
          />
          {order ? (
            <>
              <TextArea
                label={t('inspections.outcomes.items')}
                value={form.items}
                onChange={(v) => set('items', v)}
                hint={t('inspections.outcomes.itemsHint')}
              />
              <Field
                label={t('inspections.outcomes.deadline')}
                type="date"
                value={form.deadline}
                onChange={(v) => set('deadline', v)}
              />
            </>
          ) : null}
          {referral ? (
            <>
              <SelectField
                label={t('inspections.outcomes.agency')}
                value={form.toAgencyId}
                onChange={(v) => set('toAgencyId', v)}
                options={i.choices.screeningAgencies.map((a) => [a.id, a.name] as const)}
                placeholder={t('inspections.outcomes.chooseAgency')}
              />
              <fieldset>
                <legend>{t('inspections.outcomes.workers')}</legend>
                {i.interviews.length === 0 ? (
                  <p className="muted">{t('inspections.outcomes.interviewsFirst')}</p>
                ) : null}
                {i.interviews.map((v) => (
                  <Check
                    key={v.id}
                    label={t('inspections.outcomes.worker', { code: v.code, words: interviewWords(t, v) })}
                    checked={form.workers.includes(v.id)}
                    onChange={(on) =>
                      set('workers', on ? [...form.workers, v.id] : form.workers.filter((x) => x !== v.id))
                    }
                  />
                ))}
              </fieldset>
              <TextArea
                label={t('inspections.outcomes.reason')}
                value={form.reason}
                onChange={(v) => set('reason', v)}
              />
            </>
          ) : null}
          {form.kind ? (
            <TextArea
              label={t('inspections.outcomes.note')}
              value={form.note}
              onChange={(v) => set('note', v)}
            />
          ) : null}
          <ErrorMessage message={error} />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              {t('inspections.outcomes.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
