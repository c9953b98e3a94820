import { formatDate } from '../ui/format.ts';
import type { OperationOutcome } from './types.ts';

/** What the reviewed operations on an entity achieved: the outcome feeds the picture of the target. */
export function OutcomesTable({ rows }: { rows: OperationOutcome[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Outcomes of operations on this entity</caption>
        <thead>
          <tr>
            <th scope="col">Operation</th>
            <th scope="col">Concluded</th>
            <th scope="col">Arrests</th>
            <th scope="col">Exhibits</th>
            <th scope="col">People removed</th>
            <th scope="col">Screened</th>
            <th scope="col">Presumed trafficked</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.operation}>
              <th scope="row">{o.operation}</th>
              <td className="nowrap">{o.concludedAt ? formatDate(o.concludedAt) : ''}</td>
              <td className="num">{o.arrests}</td>
              <td className="num">{o.exhibits}</td>
              <td className="num">{o.removed}</td>
              <td className="num">{o.screened}</td>
              <td className="num">{o.presumedTrafficked}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
