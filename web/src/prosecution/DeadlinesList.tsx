import { formatDay } from '../protection/labels.ts';
import { wordFor } from '../screening/labels.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { DEADLINE_KINDS, deadlineState } from './court-labels.ts';
import type { DueDeadlines } from './court-types.ts';
import { caseFileHref } from './paths.ts';

const DAYS = 14;

/** The office's reminders: open deadlines of its open case files overdue or due in the next 14 days, oldest first. */
export function DeadlinesList() {
  const due = useLoad<DueDeadlines>(`/api/prosecution/deadlines?days=${DAYS}`);
  const deadlines = due.data?.deadlines ?? [];
  return (
    <section className="panel" aria-labelledby="deadlines-h">
      <h2 id="deadlines-h">Deadlines in the next {DAYS} days</h2>
      <ErrorMessage message={due.error} />
      {due.loading && !due.data ? <p className="muted">Loading the deadlines…</p> : null}
      {due.data && deadlines.length === 0 ? (
        <p className="muted">Nothing overdue, and nothing falls due in the next {DAYS} days.</p>
      ) : null}
      {deadlines.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              Deadlines overdue or due in the next {DAYS} days, the oldest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Deadline</th>
                <th scope="col">Case file</th>
                <th scope="col">Where it stands</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDay(d.dueOn)}</td>
                  <th scope="row">{wordFor(DEADLINE_KINDS, d.kind)}</th>
                  <td className="nowrap">
                    <a href={caseFileHref(d.caseId)}>{d.caseRef}</a>
                  </td>
                  <td>
                    <strong>{deadlineState(d)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
