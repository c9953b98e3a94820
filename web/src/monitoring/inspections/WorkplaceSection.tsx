import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { SectionProps } from './InspectionPage.tsx';
import { countryOptions, wordFor } from './labels.ts';
import type { WorkplaceUpdateBody } from './types.ts';
import { WorkplaceFields, workplaceBody, workplaceForm, workplaceProblem } from './WorkplaceFields.tsx';

/** The workplace as recorded, and its correction until the inspection is closed. */
export function WorkplaceSection({ inspection: i, reload, canWrite }: SectionProps) {
  const { t } = useTranslation('monitoring');
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState(() => workplaceForm(i.workplace));
  const [plannedOn, setPlannedOn] = useState(i.plannedOn);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const w = i.workplace;
  const save = handle(async () => {
    const wrong = workplaceProblem(t, form);
    if (wrong) {
      setError(wrong);
      return;
    }
    await api.put(`/api/monitoring/inspections/${i.id}/workplace`, {
      ...workplaceBody(form),
      plannedOn,
    } satisfies WorkplaceUpdateBody);
    setEditing(false);
    setSaved(t('inspections.workplace.saved'));
    reload();
  });
  return (
    <section className="panel" aria-labelledby="insp-workplace-h">
      <h2 id="insp-workplace-h">{t('inspections.workplace.title')}</h2>
      <dl className="inspection-facts">
        <dt>{t('inspections.workplace.name')}</dt>
        <dd>{w.name}</dd>
        <dt>{t('inspections.workplace.sector')}</dt>
        <dd>{w.sector}</dd>
        <dt>{t('inspections.workplace.employer')}</dt>
        <dd>{w.employer || t('inspections.workplace.notRecorded')}</dd>
        <dt>{t('inspections.workplace.address')}</dt>
        <dd>
          {w.address && w.country
            ? t('inspections.workplace.addressCountry', {
                address: w.address,
                country: wordFor(countryOptions(), w.country),
              })
            : w.address || wordFor(countryOptions(), w.country)}
        </dd>
        <dt>{t('inspections.workplace.onMap')}</dt>
        <dd>
          {w.lat !== null && w.lon !== null ? `${w.lat}, ${w.lon}` : t('inspections.workplace.notPicked')}
        </dd>
      </dl>
      <StatusMessage message={saved} tone="success" />
      {canWrite && !editing ? (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('inspections.workplace.correct')}
        </button>
      ) : null}
      {editing ? (
        <form className="stack" onSubmit={save} noValidate aria-label={t('inspections.workplace.correct')}>
          <WorkplaceFields value={form} onChange={setForm} />
          <Field
            label={t('inspections.workplace.plannedDay')}
            type="date"
            value={plannedOn}
            onChange={setPlannedOn}
          />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('inspections.workplace.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('shared.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
