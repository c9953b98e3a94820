import { useState } from 'react';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { countOf } from './controls.tsx';
import type { SectionProps } from './InspectionPage.tsx';
import { formatDay, today } from './labels.ts';

const FIELDS = [
  ['female', 'Women present'],
  ['male', 'Men present'],
  ['other', 'Of another sex'],
  ['under18', 'Of whom under 18'],
  ['migrant', 'Of whom migrants'],
] as const;
type Key = (typeof FIELDS)[number][0];

/** The visit: its day and the workers present, by sex, under 18 and migrants (recorded once all inspectors stated). */
export function VisitSection({ inspection: i, reload, canWrite }: SectionProps) {
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
    const workers = Object.fromEntries(FIELDS.map(([k]) => [k, countOf(counts[k] || '0')]));
    if (Object.values(workers).some((n) => n === null)) {
      setError('Each count is a whole number of workers, 0 or more.');
      return;
    }
    await api.post(`/api/monitoring/inspections/${i.id}/visit`, { visitedOn, workers });
    setSaved(visited ? 'The workers present are corrected.' : 'The visit is recorded.');
    reload();
  });
  const total = (w.female ?? 0) + (w.male ?? 0) + (w.other ?? 0);
  return (
    <section className="panel" aria-labelledby="insp-visit-h">
      <h2 id="insp-visit-h">The visit and the workers present</h2>
      {visited ? (
        <p>
          Visited {i.visitedOn ? formatDay(i.visitedOn) : ''}
          {i.visitedBy ? ` by ${i.visitedBy.name}` : ''}: {total} workers present ({w.female} women, {w.male}{' '}
          men
          {w.other ? `, ${w.other} of another sex` : ''}), {w.under18} under 18, {w.migrant} migrants.
        </p>
      ) : (
        <p className="muted">Not visited yet.</p>
      )}
      <StatusMessage message={saved} tone="success" />
      {canWrite ? (
        <form className="stack" onSubmit={save} noValidate aria-label="Workers present">
          <Field label="Day of the visit" type="date" value={visitedOn} onChange={setVisitedOn} />
          <div className="row">
            {FIELDS.map(([k, label]) => (
              <Field
                key={k}
                label={label}
                value={counts[k]}
                onChange={(v) => setCounts((c) => ({ ...c, [k]: v }))}
                inputMode="numeric"
              />
            ))}
          </div>
          {!visited && !i.independence.ready ? (
            <p className="hint">
              The visit is recorded once every inspector on it has stated their independence.
            </p>
          ) : null}
          <ErrorMessage message={error} />
          <div>
            <button
              type="submit"
              className="button primary"
              disabled={busy || (!visited && !i.independence.ready)}
            >
              {visited ? 'Correct the workers present' : 'Record the visit'}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
