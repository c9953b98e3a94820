import { useState } from 'react';
import { api } from '../../api.ts';
import { navigate } from '../../router.ts';
import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { inspectionPath, KINDS, today } from './labels.ts';
import { EMPTY_WORKPLACE, WorkplaceFields, workplaceBody, workplaceProblem } from './WorkplaceFields.tsx';

/** Plans a planned or unannounced inspection of a workplace; it opens once planned. */
export function PlanForm() {
  const [kind, setKind] = useState('unannounced');
  const [plannedOn, setPlannedOn] = useState(today);
  const [workplace, setWorkplace] = useState(EMPTY_WORKPLACE);
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const wrong = workplaceProblem(workplace) ?? (plannedOn ? null : 'Choose the day of the visit.');
    if (wrong) {
      setError(wrong);
      return;
    }
    const r = await api.post<{ id: string }>('/api/monitoring/inspections', {
      kind,
      plannedOn,
      workplace: workplaceBody(workplace),
    });
    navigate(inspectionPath(r.id));
  });
  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-label="Plan an inspection">
      <div className="row">
        <SelectField
          label="Kind of visit"
          value={kind}
          onChange={setKind}
          options={KINDS.filter(([k]) => k !== 'follow_up')}
          hint="A follow-up visit is planned from the inspection it follows."
        />
        <Field label="Day of the visit" type="date" value={plannedOn} onChange={setPlannedOn} />
      </div>
      <WorkplaceFields value={workplace} onChange={setWorkplace} />
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Planning…' : 'Plan the inspection'}
        </button>
      </div>
    </form>
  );
}
