import { useState } from 'react';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { SectionProps } from './InspectionPage.tsx';
import { COUNTRIES, wordFor } from './labels.ts';
import { WorkplaceFields, workplaceBody, workplaceForm, workplaceProblem } from './WorkplaceFields.tsx';

/** The workplace as recorded, and its correction until the inspection is closed. */
export function WorkplaceSection({ inspection: i, reload, canWrite }: SectionProps) {
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState(() => workplaceForm(i.workplace));
  const [plannedOn, setPlannedOn] = useState(i.plannedOn);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const w = i.workplace;
  const save = handle(async () => {
    const wrong = workplaceProblem(form);
    if (wrong) {
      setError(wrong);
      return;
    }
    await api.put(`/api/monitoring/inspections/${i.id}/workplace`, { ...workplaceBody(form), plannedOn });
    setEditing(false);
    setSaved('The workplace is saved.');
    reload();
  });
  return (
    <section className="panel" aria-labelledby="insp-workplace-h">
      <h2 id="insp-workplace-h">Workplace</h2>
      <dl className="inspection-facts">
        <dt>Workplace</dt>
        <dd>{w.name}</dd>
        <dt>Sector</dt>
        <dd>{w.sector}</dd>
        <dt>Employer</dt>
        <dd>{w.employer || 'Not recorded'}</dd>
        <dt>Address</dt>
        <dd>{[w.address, wordFor(COUNTRIES, w.country)].filter(Boolean).join(', ')}</dd>
        <dt>On the map</dt>
        <dd>{w.lat !== null && w.lon !== null ? `${w.lat}, ${w.lon}` : 'Not picked'}</dd>
      </dl>
      <StatusMessage message={saved} tone="success" />
      {canWrite && !editing ? (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Correct the workplace
        </button>
      ) : null}
      {editing ? (
        <form className="stack" onSubmit={save} noValidate aria-label="Correct the workplace">
          <WorkplaceFields value={form} onChange={setForm} />
          <Field label="Day of the visit (planned)" type="date" value={plannedOn} onChange={setPlannedOn} />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              Save the workplace
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
