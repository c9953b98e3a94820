import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { countOf } from './controls.tsx';
import type { SectionProps } from './InspectionPage.tsx';
import { formatDay, today } from './labels.ts';
import type { VisitBody } from './types.ts';

type Workers = VisitBody['workers'];

/** The counts of workers present, in the form's order; their labels are `inspections.visit.fields.<key>`. */
const FIELDS = [
  'female',
  'male',
  'other',
  'under18',
  'migrant',
] as const satisfies readonly (keyof Workers)[];
type Key = (typeof FIELDS)[number];

/** A count as shown: nothing when it was not recorded. */
const shown = (n: number | null) => (n === null ? '' : formatNumber(n));

/** The visit: its day and the workers present, by sex, under 18 and migrants (recorded once all inspectors stated). */
export function VisitSection({ inspection: i, record, canWrite }: SectionProps) {
  const { t } = useTranslation('monitoring');
  const w = i.workers;
  const [visitedOn, setVisitedOn] = useState(i.visitedOn ?? today());
  const [counts, setCounts] = useState<Record<Key, string>>({
    female: w.female === null ? '' : String(w.female),
    male: w.male === null ? '' : String(w.male),
    other: w.other === null ? '' : String(w.other ?? 0),
    under18: w.under18 === null ? '' : String(w.under18),
    migrant: w.migrant === null ? '' : String(w.migrant),
  });
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const visited = i.status !== 'planned';
  const save = handle(async () => {
    const workers = { female: 0, male: 0, other: 0, under18: 0, migrant: 0 } satisfies Workers;
    for (const k of FIELDS) {
      const n = countOf(counts[k] || '0');
      if (n === null) {
        setError(t('inspections.visit.badCount'));
        return;
      }
      workers[k] = n;
    }
    const went = await record({ kind: 'visit', body: { visitedOn, workers } satisfies VisitBody });
    if (went === 'kept') setSaved(t('inspections.kit.savedOnPhone'));
    else setSaved(visited ? t('inspections.visit.corrected') : t('inspections.visit.recorded'));
  });
  const total = (w.female ?? 0) + (w.male ?? 0) + (w.other ?? 0);
  const present = {
    total: formatNumber(total),
    female: shown(w.female),
    male: shown(w.male),
    other: shown(w.other),
  };
  const summary = {
    day: i.visitedOn ? formatDay(i.visitedOn) : '',
    by: i.visitedBy?.name ?? '',
    present: w.other ? t('inspections.visit.presentOther', present) : t('inspections.visit.present', present),
    under18: shown(w.under18),
    migrant: shown(w.migrant),
  };
  return (
    <section className="panel" aria-labelledby="insp-visit-h">
      <h2 id="insp-visit-h">{t('inspections.visit.title')}</h2>
      {visited ? (
        <p>
          {i.visitedBy ? t('inspections.visit.summaryBy', summary) : t('inspections.visit.summary', summary)}
        </p>
      ) : (
        <p className="muted">{t('inspections.visit.notYet')}</p>
      )}
      <StatusMessage message={saved} tone="success" />
      {canWrite ? (
        <form className="stack" onSubmit={save} noValidate aria-label={t('inspections.visit.formLabel')}>
          <Field label={t('inspections.visit.day')} type="date" value={visitedOn} onChange={setVisitedOn} />
          <div className="row">
            {FIELDS.map((k) => (
              <Field
                key={k}
                label={t(`inspections.visit.fields.${k}`)}
                value={counts[k]}
                onChange={(v) => setCounts((c) => ({ ...c, [k]: v }))}
                inputMode="numeric"
              />
            ))}
          </div>
          {!visited && !i.independence.ready ? (
            <p className="hint">{t('inspections.visit.waitHint')}</p>
          ) : null}
          <ErrorMessage message={error} />
          <div>
            <button
              type="submit"
              className="button primary"
              disabled={busy || (!visited && !i.independence.ready)}
            >
              {visited ? t('inspections.visit.correct') : t('inspections.visit.record')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
