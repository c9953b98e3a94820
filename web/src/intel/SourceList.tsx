import { wordFor } from '../screening/labels.ts';
import { SOURCE_KINDS } from './labels.ts';
import type { Registry, Source } from './types.ts';

/** The agency's sources, each with its record: how many items it gave, by source grade and information grade. */
export function SourceList({ reg, sources }: { reg: Registry; sources: Source[] }) {
  if (sources.length === 0) return <p>No sources yet.</p>;
  const sourceGrades = Object.keys(reg.sourceGrades);
  const infoGrades = Object.keys(reg.infoGrades);
  return (
    <div className="table-wrap">
      <table className="source-table">
        <caption className="visually-hidden">Sources and their grading record</caption>
        <thead>
          <tr>
            <th scope="col">Code name</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Items
            </th>
            <th scope="col">By source grade</th>
            <th scope="col">By information grade</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <span className="mono">{s.code}</span>
                {s.description ? <span className="sub">{s.description}</span> : null}
              </th>
              <td>{wordFor(SOURCE_KINDS, s.kind)}</td>
              <td className="num">{s.record.items}</td>
              <td>
                <Tally grades={sourceGrades} counts={s.record.bySourceGrade} meanings={reg.sourceGrades} />
              </td>
              <td>
                <Tally grades={infoGrades} counts={s.record.byInfoGrade} meanings={reg.infoGrades} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TallyProps {
  grades: string[];
  counts: Record<string, number>;
  meanings: Record<string, string>;
}

/** Counts per grade, e.g. "1: 3  2: 1  3: 0", each grade's meaning on hover and for screen readers. */
function Tally({ grades, counts, meanings }: TallyProps) {
  return (
    <ul className="tally">
      {grades.map((g) => {
        const n = counts[g] ?? 0;
        return (
          <li key={g} className={n ? undefined : 'muted'} title={meanings[g]}>
            <span className="tally-grade">{g}</span>
            <span className="visually-hidden"> ({meanings[g]})</span>: {n}
          </li>
        );
      })}
    </ul>
  );
}
