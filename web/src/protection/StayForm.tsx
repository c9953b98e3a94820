import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { Check } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { isoDay } from './labels.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

/**
 * Records a shelter stay: where, from when, whether the person is free to leave, any court date. The panel holds
 * the `action`, so that its messages outlive the form (which gives way to "End the stay").
 */
export function StayForm({ caseId, action }: { caseId: string; action: CaseAction }) {
  const [place, setPlace] = useState('');
  const [startedOn, setStartedOn] = useState(isoDay());
  const [freeToLeave, setFreeToLeave] = useState(true);
  const [courtDate, setCourtDate] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !place.trim()
      ? 'Say where the person stays.'
      : !startedOn
        ? 'Give the day the stay started.'
        : null;
    if (refuse(action, problem)) return;
    void action.run(async () => {
      await api.post(casePath(caseId, '/stays'), {
        place: place.trim(),
        startedOn,
        freeToLeave,
        ...(courtDate ? { courtDate } : {}),
      });
      setPlace('');
      setCourtDate('');
    }, 'Stay recorded.')();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="stay-h">
      <h3 id="stay-h">Record a stay</h3>
      <div className="row">
        <Field label="Place" value={place} onChange={setPlace} autoComplete="off" />
        <Field label="Started on" type="date" value={startedOn} onChange={setStartedOn} max={isoDay()} />
      </div>
      <Check
        label="Free to leave"
        checked={freeToLeave}
        onChange={setFreeToLeave}
        hint="A stay is voluntary: leave this ticked unless the person is kept there; that is flagged at once."
      />
      <Field
        label="Court date (optional)"
        type="date"
        value={courtDate}
        onChange={setCourtDate}
        hint="When the stay is tied to a court hearing."
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the stay'}
        </button>
      </div>
    </form>
  );
}
