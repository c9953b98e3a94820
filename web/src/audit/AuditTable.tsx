import type { AuditRow } from '../types.ts';
import { formatInstant, shortId } from '../ui/format.ts';

function Ref({ kind, id }: { kind: string | null; id: string | null }) {
  if (!kind && !id) return <span className="muted">—</span>;
  return (
    <span>
      {kind}
      {id ? (
        <>
          {' '}
          <span className="mono muted" title={id}>
            {shortId(id)}
          </span>
        </>
      ) : null}
    </span>
  );
}

export function AuditTable({ entries }: { entries: AuditRow[] }) {
  if (entries.length === 0) return <p>No entries yet.</p>;
  return (
    <div className="table-wrap">
      <table className="audit">
        <caption className="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Time</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Actor</th>
            <th scope="col">Address</th>
            <th scope="col">Record</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td className="num">{e.seq}</td>
              <td className="nowrap">{formatInstant(e.at)}</td>
              <td className="mono">{e.action}</td>
              <td>
                <span className={`outcome outcome-${e.outcome}`}>{e.outcome}</span>
              </td>
              <td>
                <Ref kind={e.actorKind} id={e.actorId} />
              </td>
              <td className="mono">{e.ip ?? <span className="muted">—</span>}</td>
              <td>
                <Ref kind={e.resourceType} id={e.resourceId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
