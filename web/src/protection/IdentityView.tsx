import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { countryName, documentKindOptions, type Identity } from './identity-types.ts';
import { formatDay } from './labels.ts';
import './identity.css';
import { TableWrap } from '../ui/TableWrap.tsx';

/** A birth date as recorded: a full date, or only the year. */
export const birthWords = (t: TFunction<'protection'>, d: string | null): string =>
  d === null ? t('words.notKnown') : d.length === 4 ? t('identity.view.yearOnly', { year: d }) : formatDay(d);

/** The identity as read on request: names in their scripts, birth, nationality, phones, documents, address, photo. */
export function IdentityView({ identity: i, updatedAt }: { identity: Identity; updatedAt: string | null }) {
  const { t } = useTranslation('protection');
  return (
    <section className="identity-view" aria-label={t('identity.view.label')}>
      {i.photo ? <img className="identity-photo" src={i.photo} alt={t('identity.view.photo')} /> : null}
      <dl className="facts">
        <dt>{t('identity.view.names')}</dt>
        <dd>
          <ul className="identity-names">
            {keyed(i.names, (n) => n).map(({ key, item }) => (
              <li key={key}>{item}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('identity.view.born')}</dt>
        <dd>{birthWords(t, i.birthDate)}</dd>
        <dt>{t('identity.view.nationality')}</dt>
        <dd>{i.nationality ? countryName(i.nationality) : t('words.notKnown')}</dd>
        <dt>{t('identity.view.phones')}</dt>
        <dd>{i.phones.length > 0 ? i.phones.join(t('words.listSeparator')) : t('words.noneRecorded')}</dd>
        <dt>{t('identity.view.address')}</dt>
        <dd className="identity-address">{i.address || t('words.noneRecorded')}</dd>
        {updatedAt ? (
          <>
            <dt>{t('identity.view.lastSaved')}</dt>
            <dd>{formatDateTime(updatedAt)}</dd>
          </>
        ) : null}
      </dl>
      {i.documents.length === 0 ? (
        <p className="muted">{t('identity.view.noDocument')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption>{t('identity.view.documents')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('identity.view.document')}</th>
                <th scope="col">{t('identity.view.number')}</th>
                <th scope="col">{t('identity.view.issuedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {keyed(i.documents, (d) => `${d.kind}:${d.number}:${d.country}`).map(({ key, item: d }) => (
                <tr key={key}>
                  <th scope="row">{wordFor(documentKindOptions(t), d.kind)}</th>
                  <td className="mono">{d.number}</td>
                  <td>{countryName(d.country)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
