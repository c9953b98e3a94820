import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { CasePage, Stay } from './case-types.ts';
import { formatDay, isoDay, stayWarningWords } from './labels.ts';
import { StayForm } from './StayForm.tsx';
import { type CaseAction, casePath, refuse, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  onChanged: () => void;
}

/** The person's shelter stays, each with its days and warnings, the shelter-days in all; recording and ending. */
export function StaysPanel({ c, editable, onChanged }: Props) {
  const action = useCaseAction(onChanged);
  const open = c.stays.find((s) => s.endedOn === null);
  return (
    <section className="panel" aria-labelledby="stays-h">
      <h2 id="stays-h">Shelter stays</h2>
      <p>
        Shelter-days in all: <strong>{c.shelterDays}</strong>
      </p>
      {c.stays.length === 0 ? (
        <p className="muted">No stay recorded.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Stays, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Dates</th>
                <th scope="col">Days</th>
                <th scope="col">Free to leave</th>
                <th scope="col">Court date</th>
                <th scope="col">Warnings</th>
              </tr>
            </thead>
            <tbody>
              {c.stays.map((s) => (
                <StayRow key={s.id} s={s} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && open ? <EndStay caseId={c.id} stay={open} action={action} /> : null}
      {editable && !open ? <StayForm caseId={c.id} action={action} /> : null}
    </section>
  );
}

function StayRow({ s }: { s: Stay }) {
  return (
    <tr>
      <th scope="row">{s.place}</th>
      <td>
        From {formatDay(s.startedOn)}
        {s.endedOn ? ` to ${formatDay(s.endedOn)}` : ', still there'}
      </td>
      <td>{s.days}</td>
      <td>{s.freeToLeave ? 'Yes' : 'No'}</td>
      <td className="nowrap">{s.courtDate ? formatDay(s.courtDate) : 'None'}</td>
      <td>
        {s.warnings.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <ul>
            {s.warnings.map((w) => (
              <li key={w}>
                <strong>{stayWarningWords(w)}</strong>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function EndStay({ caseId, stay, action }: { caseId: string; stay: Stay; action: CaseAction }) {
  const [endedOn, setEndedOn] = useState(isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuse(action, endedOn ? null : 'Give the day the stay ended.')) return;
    void action.run(
      () => api.post(casePath(caseId, `/stays/${encodeURIComponent(stay.id)}/end`), { endedOn }),
      'Stay ended.',
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="end-h">
      <h3 id="end-h">End the stay at {stay.place}</h3>
      <Field label="Ended on" type="date" value={endedOn} onChange={setEndedOn} min={stay.startedOn} />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Ending…' : 'End the stay'}
        </button>
      </div>
    </form>
  );
}
