import { href } from '../router.ts';
import { dayOf } from './labels.ts';
import { HandlingBadge, TlpBadge } from './Marks.tsx';
import type { ReportRow } from './types.ts';

/** Reports of the agency and those shared with it, newest first. */
export function ReportList({ rows }: { rows: ReportRow[] }) {
  if (rows.length === 0) return <p>No reports yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Reports</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Reported</th>
            <th scope="col">Marking</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={href(`/intel/reports/${encodeURIComponent(r.id)}`)}>{r.title}</a>
              </th>
              <td className="nowrap">{dayOf(r.reportedOn)}</td>
              <td>
                <span className="marks">
                  <HandlingBadge code={r.handling} />
                  <TlpBadge tlp={r.tlp} />
                </span>
              </td>
              <td>{r.originator ? 'Your agency' : <strong>Shared with you</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
