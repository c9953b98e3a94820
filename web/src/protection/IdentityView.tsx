import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { countryName, DOCUMENT_KINDS, type Identity } from './identity-types.ts';
import { formatDay } from './labels.ts';
import './identity.css';

/** A birth date as recorded: a full date, or only the year. */
export const birthWords = (d: string | null): string =>
  d === null ? 'Not known' : d.length === 4 ? `In ${d} (the year only)` : formatDay(d);

/** The identity as read on request: names in their scripts, birth, nationality, phones, documents, address, photo. */
export function IdentityView({ identity: i, updatedAt }: { identity: Identity; updatedAt: string | null }) {
  return (
    <section className="identity-view" aria-label="The person’s identity">
      {i.photo ? (
        <img className="identity-photo" src={i.photo} alt="The person, as recorded with the identity" />
      ) : null}
      <dl className="facts">
        <dt>Names</dt>
        <dd>
          <ul className="identity-names">
            {keyed(i.names, (n) => n).map(({ key, item }) => (
              <li key={key}>{item}</li>
            ))}
          </ul>
        </dd>
        <dt>Born</dt>
        <dd>{birthWords(i.birthDate)}</dd>
        <dt>Nationality</dt>
        <dd>{i.nationality ? countryName(i.nationality) : 'Not known'}</dd>
        <dt>Phones</dt>
        <dd>{i.phones.length > 0 ? i.phones.join(', ') : 'None recorded'}</dd>
        <dt>Address</dt>
        <dd className="identity-address">{i.address || 'None recorded'}</dd>
        {updatedAt ? (
          <>
            <dt>Last saved</dt>
            <dd>{formatDateTime(updatedAt)}</dd>
          </>
        ) : null}
      </dl>
      {i.documents.length === 0 ? (
        <p className="muted">No identity document recorded.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Identity documents</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Number</th>
                <th scope="col">Issued by</th>
              </tr>
            </thead>
            <tbody>
              {keyed(i.documents, (d) => `${d.kind}:${d.number}:${d.country}`).map(({ key, item: d }) => (
                <tr key={key}>
                  <th scope="row">{wordFor(DOCUMENT_KINDS, d.kind)}</th>
                  <td className="mono">{d.number}</td>
                  <td>{countryName(d.country)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
