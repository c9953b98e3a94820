import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { outcomeOptions, sourceOptions, statusOptions, wordFor } from './labels.ts';
import type { ScreeningRow } from './types.ts';

export function ScreeningList({ rows }: { rows: ScreeningRow[] }) {
  if (rows.length === 0) return <p>No screenings yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Screenings</caption>
        <thead>
          <tr>
            <th scope="col">Pseudonym</th>
            <th scope="col">Status</th>
            <th scope="col">Outcome</th>
            <th scope="col">From</th>
            <th scope="col">Started</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <a href={href(`/screening/${encodeURIComponent(s.id)}`)}>{s.pseudonym}</a>
              </th>
              <td>{wordFor(statusOptions(), s.status)}</td>
              <td>
                {s.outcome ? wordFor(outcomeOptions(), s.outcome) : <span className="muted">Not yet</span>}
              </td>
              <td>{wordFor(sourceOptions(), s.source)}</td>
              <td className="nowrap">{formatDateTime(s.startedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
