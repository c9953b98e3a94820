import { formatInstant } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { operationApi } from './paths.ts';
import type { LeakReview } from './types.ts';

/**
 * Who saw the operation, its decision, its target and its suspects, and when: views by people outside the team
 * before the start are flagged, refused attempts to open the operation (denied) and searches, exports and pages
 * that returned the target among other entities included. Loading it is itself audited.
 */
export function LeakReviewPanel({ id, asAuditor = false }: { id: string; asAuditor?: boolean }) {
  const loaded = useLoad<LeakReview>(
    asAuditor
      ? `/api/audit/operations/${encodeURIComponent(id)}/leak-review`
      : `${operationApi(id)}/leak-review`,
  );
  const r = loaded.data;
  return (
    <section className="panel" aria-labelledby="leak-h">
      <h2 id="leak-h">Leak review</h2>
      <ErrorMessage message={loaded.error} />
      {loaded.loading && !r ? <p className="muted">Reading the audit log…</p> : null}
      {r ? (
        <>
          <p>
            Watched: {r.watched.join(', ')}. {r.events.length} audited event(s);{' '}
            <strong>{r.flagged} by people outside the team before the start</strong>.
          </p>
          {r.nonMembersBeforeStart.length ? (
            <div className="notice notice-error">
              <p>Outside the team before the start:</p>
              <ul>
                {r.nonMembersBeforeStart.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="notice notice-success">Nobody outside the team saw it before the start.</p>
          )}
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Audited events</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">About</th>
                  <th scope="col">In the team</th>
                </tr>
              </thead>
              <tbody>
                {r.events.map((e) => (
                  <tr key={e.seq} className={e.beforeStart && !e.memberAtTheTime ? 'flagged' : undefined}>
                    <td className="nowrap">{formatInstant(e.at)}</td>
                    <th scope="row">
                      {e.who}
                      {e.agency ? <span className="sub">{e.agency}</span> : null}
                    </th>
                    <td className="mono small">
                      {e.action} ({e.outcome})
                    </td>
                    <td>
                      {e.about}
                      {e.amongOthers ? <span className="sub">among other entities returned</span> : null}
                    </td>
                    <td>{e.memberAtTheTime ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
