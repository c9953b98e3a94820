import { wordFor } from '../screening/labels.ts';
import { formatInstant } from '../ui/format.ts';
import { CUSTODY_METHODS } from './labels.ts';
import type { CustodyEntry } from './types.ts';

function HashCheck({ e }: { e: CustodyEntry }) {
  if (!e.hashObserved) return null;
  return (
    <span className="sub">
      Hash {e.hashMatches ? 'matches' : 'DOES NOT MATCH'} the one taken at collection
    </span>
  );
}

/** Every custody entry, numbered, with the hash that chains it to the one before. */
export function CustodyTable({ entries }: { entries: CustodyEntry[] }) {
  return (
    <div className="table-wrap">
      <table className="custody-table">
        <caption className="visually-hidden">Chain of custody</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">From → to</th>
            <th scope="col">Purpose and authority</th>
            <th scope="col">How and where</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Entry hash</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <th scope="row" className="num">
                {e.seq}
              </th>
              <td className="nowrap">{formatInstant(e.at)}</td>
              <td>
                {e.actionLabel}
                <HashCheck e={e} />
                {e.note ? <span className="sub">{e.note}</span> : null}
              </td>
              <td>
                {e.from ?? '—'} → {e.to}
              </td>
              <td>
                {e.purpose}
                <span className="sub">{e.authority}</span>
              </td>
              <td>
                {wordFor(CUSTODY_METHODS, e.method)}
                <span className="sub">{e.place}</span>
              </td>
              <td>{e.recordedBy ?? 'Unknown'}</td>
              <td className="mono hash">{e.hash}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
