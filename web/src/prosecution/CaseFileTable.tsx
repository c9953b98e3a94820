import { wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { useLoad } from '../useLoad.ts';
import { Gauge } from './Gauge.tsx';
import { CASE_STATUSES, ORIGINS } from './labels.ts';
import { caseFileHref, caseFilePath } from './paths.ts';
import type { CaseFile, CaseListItem } from './types.ts';

/** Rows whose worst gauge is read from their case file (each read is audited): the newest ones. */
const GAUGED_ROWS = 20;

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
          {cases.map((c, i) => (
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
                {c.charges === 0 ? (
                  <span className="muted">No charge yet</span>
                ) : i < GAUGED_ROWS ? (
                  <WorstBurden id={c.id} />
                ) : (
                  <span className="muted">Open the case file to see it</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The charge that leans most on the victim's testimony alone (then has the most gaps), with its gauge. */
function WorstBurden({ id }: { id: string }) {
  const file = useLoad<CaseFile>(caseFilePath(id));
  if (file.error) return <span className="muted">Not read: {file.error}</span>;
  if (!file.data) return <span className="muted">Reading…</span>;
  const worst = [...file.data.charges].sort(
    (a, b) => b.burden.burden - a.burden.burden || b.burden.gaps - a.burden.gaps,
  )[0];
  if (!worst) return <span className="muted">No charge yet</span>;
  const suspect = file.data.suspects.find((s) => s.id === worst.suspectId)?.label ?? 'a suspect';
  return (
    <div className="gauge-small">
      <Gauge burden={worst.burden} breakdown={false} />
      <span className="sub">
        {worst.title} ({worst.offence}) against {suspect}
      </span>
    </div>
  );
}
