import { exhibitPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import { formatClock } from '../ui/datetime.ts';
import { KIND_WORDS, summary } from './summary.ts';
import type { LogEntry } from './types.ts';

/** The entries the server holds, in the order things happened, with who recorded each. */
export function LogList({ entries, linkExhibits }: { entries: LogEntry[]; linkExhibits: boolean }) {
  if (entries.length === 0) return <p>Nothing recorded yet.</p>;
  return (
    <div className="table-wrap">
      <table className="field-log">
        <caption className="visually-hidden">Recorded entries</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">What, and who recorded it</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                <time dateTime={e.occurredAt}>{formatClock(e.occurredAt)}</time>
              </td>
              <th scope="row">
                {KIND_WORDS[e.kind]}
                {e.exhibit ? (
                  <>
                    {' '}
                    {linkExhibits ? (
                      <a href={href(exhibitPath(e.exhibit.id))}>{e.exhibit.ref}</a>
                    ) : (
                      e.exhibit.ref
                    )}
                  </>
                ) : null}
                <span className="sub">{summary(e.kind, e.entry)}</span>
                <span className="sub">By {e.recordedBy}</span>
              </th>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
