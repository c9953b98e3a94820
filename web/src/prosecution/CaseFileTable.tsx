import { wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { Gauge } from './Gauge.tsx';
import { CASE_STATUSES, ORIGINS } from './labels.ts';
import { caseFileHref } from './paths.ts';
import type { CaseListItem } from './types.ts';

/** The agency's case files, newest first, each with its worst testimony burden among its charges. */
export function CaseFileTable({ cases }: { cases: readonly CaseListItem[] }) {
  if (cases.length === 0)
    return <p>No case file yet: open one from a shared operation or from intelligence.</p>;
  return (
    <div className="table-wrap">
      <table className="case-files">
        <caption className="visually-hidden">Case files</caption>
        <thead>
          <tr>
            <th scope="col">Case file</th>
            <th scope="col">Opened</th>
            <th scope="col" className="num">
              Suspects
            </th>
            <th scope="col" className="num">
              Charges
            </th>
            <th scope="col">Worst testimony burden</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a className="nowrap" href={caseFileHref(c.id)}>
                  {c.ref}
                </a>
                <span className="sub">{c.title}</span>
                <span className="sub">
                  {wordFor(ORIGINS, c.origin)} · {wordFor(CASE_STATUSES, c.status)}
                </span>
              </th>
              <td className="nowrap">{formatDate(c.createdAt)}</td>
              <td className="num">{c.suspects}</td>
              <td className="num">{c.charges}</td>
              <td>
                {c.worst ? <WorstBurden worst={c.worst} /> : <span className="muted">No charge yet</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The charge that leans most on the victim's testimony alone (then has the most gaps), with its gauge. */
function WorstBurden({ worst }: { worst: NonNullable<CaseListItem['worst']> }) {
  return (
    <div className="gauge-small">
      <Gauge burden={worst.burden} breakdown={false} />
      <span className="sub">
        {worst.title} ({worst.offence}) against {worst.suspect || 'a suspect'}
      </span>
    </div>
  );
}
