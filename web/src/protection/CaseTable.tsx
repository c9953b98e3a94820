import { href } from '../router.ts';
import { exploitationOptions, wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import type { ProtectionCase } from './types.ts';

const STATUSES = [
  ['open', 'Open'],
  ['closed', 'Closed'],
] as const;

interface Props {
  cases: readonly ProtectionCase[];
  /** Whether the reader may open the screening a case came from. */
  canOpenScreenings: boolean;
}

/** The agency's protection cases, newest first, by pseudonym only, each opening its case page. */
export function CaseTable({ cases, canOpenScreenings }: Props) {
  if (cases.length === 0) {
    return (
      <p>
        No protection cases yet: one is opened when the screening of a person presumed trafficked is
        completed.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Protection cases</caption>
        <thead>
          <tr>
            <th scope="col">Pseudonym</th>
            <th scope="col">Opened</th>
            <th scope="col">Exploitation</th>
            <th scope="col">Child</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={href(`/protection/${encodeURIComponent(c.id)}`)}>{c.pseudonym}</a>
                {canOpenScreenings && c.screeningId !== null ? (
                  <>
                    {' '}
                    <a className="muted" href={href(`/screening/${encodeURIComponent(c.screeningId)}`)}>
                      (screening<span className="visually-hidden"> of {c.pseudonym}</span>)
                    </a>
                  </>
                ) : null}
              </th>
              <td className="nowrap">{formatDate(c.openedAt)}</td>
              <td>
                {c.exploitation ? (
                  wordFor(exploitationOptions(), c.exploitation)
                ) : (
                  <span className="muted">Not recorded</span>
                )}
              </td>
              <td>{c.child ? 'Yes' : 'No'}</td>
              <td>{wordFor(STATUSES, c.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
