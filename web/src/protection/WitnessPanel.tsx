import { Trans, useTranslation } from 'react-i18next';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import type { CasePage } from './case-types.ts';
import { formatDay } from './labels.ts';
import { MeasureItem } from './MeasureItem.tsx';
import { casePath, useCaseAction } from './useCaseAction.ts';
import './case-parts.css';
import { TableWrap } from '../ui/TableWrap.tsx';
import { CooperationForm, MeasureForm } from './WitnessForms.tsx';
import { cooperationOptions, measureKindOptions, money } from './witness-labels.ts';
import type { WitnessPage } from './witness-types.ts';

/** The sentence for a permit that expires or has expired, with its date when it has one. */
function permitKey(validity: string, dated: boolean) {
  if (validity === 'expired') return dated ? 'witness.permitExpiredOn' : 'witness.permitExpired';
  if (validity === 'expiring') return dated ? 'witness.permitExpiringOn' : 'witness.permitExpiring';
  return dated ? 'witness.permitExpiresOn' : 'witness.permitExpires';
}

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/**
 * Witness support without pressure: the person's stance on cooperating with a prosecution (theirs to decide; it
 * never changes their services) and the support measures asked for them — permits with their valid-until date,
 * protection, the risk of reprisals against the family at home, hearing support, travel and subsistence.
 */
export function WitnessPanel({ c, editable, language }: Props) {
  const { t } = useTranslation('protection');
  const stances = cooperationOptions(t);
  const kinds = measureKindOptions(t);
  const witness = useLoad<WitnessPage>(casePath(c.id, '/witness'));
  const stance = useCaseAction(witness.reload);
  const asked = useCaseAction(witness.reload);
  const w = witness.data;
  return (
    <section className="panel" aria-labelledby="witness-h">
      <h2 id="witness-h">{t('witness.title')}</h2>
      <p className="notice notice-info">
        <Trans t={t} i18nKey="witness.notice" components={{ 1: <strong /> }} />
      </p>
      <ErrorMessage message={witness.error} />
      {!w ? (
        witness.error ? null : (
          <p className="muted">{t('witness.loading')}</p>
        )
      ) : (
        <>
          <h3 id="stance-h" className="case-part">
            {t('witness.cooperation')}
          </h3>
          <p>
            <Trans
              t={t}
              i18nKey={w.cooperation.since ? 'witness.nowSince' : 'witness.now'}
              values={{
                stance: wordFor(stances, w.cooperation.current),
                on: w.cooperation.since ? formatDay(w.cooperation.since) : '',
              }}
              components={{ 1: <strong /> }}
            />
          </p>
          {w.cooperation.history.length > 0 ? (
            <TableWrap>
              <table>
                <caption>{t('witness.historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('witness.stance')}</th>
                    <th scope="col">{t('witness.discussedOn')}</th>
                    <th scope="col">{t('witness.in')}</th>
                    <th scope="col">{t('witness.recorded')}</th>
                  </tr>
                </thead>
                <tbody>
                  {w.cooperation.history.map((h) => (
                    <tr key={`${h.at}-${h.stance}`}>
                      <th scope="row">{wordFor(stances, h.stance)}</th>
                      <td className="nowrap">{formatDay(h.on)}</td>
                      <td>{wordFor(languageOptions(), h.language)}</td>
                      <td>
                        {h.by
                          ? t('words.whenBy', { when: formatDateTime(h.at), name: h.by.name })
                          : formatDateTime(h.at)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          {editable ? <CooperationForm caseId={c.id} language={language} action={stance} /> : null}
          <ErrorMessage message={stance.error} />
          <StatusMessage message={stance.done} tone="success" />

          <h3 id="measures-h" className="case-part">
            {t('witness.measures')}
          </h3>
          {w.permitsExpiring.length > 0 ? (
            <ul className="notice notice-error" aria-label={t('witness.expiring')}>
              {w.permitsExpiring.map((p) => (
                <li key={p.measureId}>
                  <Trans
                    t={t}
                    i18nKey={permitKey(p.validity, p.validUntil !== null)}
                    values={{
                      kind: wordFor(kinds, p.kind),
                      on: p.validUntil ? formatDay(p.validUntil) : '',
                    }}
                    components={{ 1: <strong /> }}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          {w.measures.length === 0 ? (
            <p className="muted">{t('witness.noMeasure')}</p>
          ) : (
            <ul className="referrals" aria-labelledby="measures-h">
              {w.measures.map((m) => (
                <MeasureItem key={m.id} caseId={c.id} m={m} editable={editable} onChanged={witness.reload} />
              ))}
            </ul>
          )}
          {w.paid.length > 0 ? (
            <TableWrap>
              <table>
                <caption>{t('witness.paidCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('witness.currency')}</th>
                    <th scope="col" className="num">
                      {t('witness.travel')}
                    </th>
                    <th scope="col" className="num">
                      {t('witness.subsistence')}
                    </th>
                    <th scope="col" className="num">
                      {t('witness.inAll')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {w.paid.map((p) => (
                    <tr key={p.currency}>
                      <th scope="row">{p.currency}</th>
                      <td className="num">{money(p.travel, p.currency)}</td>
                      <td className="num">{money(p.subsistence, p.currency)}</td>
                      <td className="num">{money(p.total, p.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          {editable ? <MeasureForm caseId={c.id} action={asked} /> : null}
          <ErrorMessage message={asked.error} />
          <StatusMessage message={asked.done} tone="success" />
        </>
      )}
    </section>
  );
}
