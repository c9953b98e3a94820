import { href } from '../router.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { formatDay } from './labels.ts';
import { followUpName } from './reintegration-labels.ts';
import type { DueFollowUps } from './reintegration-types.ts';

/** The agency's reintegration follow-ups due or overdue on its open cases, oldest first, each opening its case. */
export function FollowUpsDue() {
  const list = useLoad<DueFollowUps>('/api/protection/follow-ups/due');
  const due = list.data?.due ?? [];
  return (
    <section className="panel" aria-labelledby="follow-ups-due-h">
      <h2 id="follow-ups-due-h">Follow-ups due</h2>
      <ErrorMessage message={list.error} />
      {list.data ? (
        <p className="hint">
          After a reintegration plan starts, the person is followed up {list.data.followUpDays.join(', ')}{' '}
          days later.
        </p>
      ) : null}
      {list.data && due.length === 0 ? <p className="muted">No follow-up is due.</p> : null}
      {due.length > 0 ? (
        <ul aria-label="Follow-ups due, oldest first">
          {due.map((d) => (
            <li key={`${d.caseId}-${d.dueDays}`}>
              <a href={href(`/protection/${encodeURIComponent(d.caseId)}`)}>{d.pseudonym}</a>:{' '}
              {followUpName(d.dueDays).toLowerCase()}, due {formatDay(d.dueOn)}
              {d.daysOverdue > 0 ? (
                <strong>
                  {' '}
                  — {d.daysOverdue} {d.daysOverdue === 1 ? 'day' : 'days'} overdue
                </strong>
              ) : (
                ' — due today'
              )}
              {d.mine ? <span className="muted"> (your case)</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list.loading && !list.data ? <p className="muted">Loading the follow-ups due…</p> : null}
    </section>
  );
}
