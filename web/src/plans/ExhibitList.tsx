import { useId } from 'react';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { EVIDENCE_CATEGORIES } from './labels.ts';
import { exhibitPath, operationApi } from './paths.ts';
import type { OperationExhibit } from './types.ts';

/** The exhibits an operation seized, each linked to its custody record when the user may read evidence. */
export function ExhibitList({
  id,
  canRead,
  title = 'Exhibits',
}: {
  id: string;
  canRead: boolean;
  title?: string;
}) {
  const headingId = useId();
  const list = useLoad<{ exhibits: OperationExhibit[] }>(`${operationApi(id)}/exhibits`);
  const rows = list.data?.exhibits;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ErrorMessage message={list.error} />
      {rows && rows.length === 0 ? <p>No exhibits recorded yet.</p> : null}
      {rows && rows.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Exhibits seized</caption>
            <thead>
              <tr>
                <th scope="col">Exhibit</th>
                <th scope="col">Kind</th>
                <th scope="col">Description</th>
                <th scope="col">Custodian</th>
                <th scope="col">Custody entries</th>
                <th scope="col">Collected</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{canRead ? <a href={href(exhibitPath(x.id))}>{x.ref}</a> : x.ref}</th>
                  <td>
                    {wordFor(EVIDENCE_CATEGORIES, x.category)} ({x.nature})
                  </td>
                  <td>{x.description}</td>
                  <td>{x.custodian}</td>
                  <td className="num">{x.custodyEntries}</td>
                  <td className="nowrap">{formatDateTime(x.collectedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.loading && !rows ? <p className="muted">Loading the exhibits…</p> : null}
    </section>
  );
}
