import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { INTERVENTIONS } from './labels.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { DecisionRow } from './types.ts';

export function DecisionList({ rows }: { rows: DecisionRow[] }) {
  if (rows.length === 0) return <p>No intervention decisions yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Intervention decisions</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Recommended</th>
            <th scope="col">Decided</th>
            <th scope="col">Status</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <a href={href(`/operations/decisions/${encodeURIComponent(d.id)}`)}>{d.target}</a>
              </th>
              <td>{wordFor(INTERVENTIONS, d.recommendation)}</td>
              <td>
                {wordFor(INTERVENTIONS, d.decision)}
                {d.decision !== d.recommendation ? <span className="departs-tag"> (departs)</span> : null}
              </td>
              <td>
                <StatusBadge status={d.status} />
              </td>
              <td className="nowrap">{formatDateTime(d.decidedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
