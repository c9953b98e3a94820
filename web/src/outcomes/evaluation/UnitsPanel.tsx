import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../ui/format.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useLoad } from '../../useLoad.ts';
import type { Unit, Units } from './types.ts';
import { tenureWords, unitKindWord } from './words.ts';

/** The specialist units reached, with roster, tenure, training and the outcomes credited to them. */
export function UnitsPanel() {
  const { t } = useTranslation('outcomes');
  const list = useLoad<Units>('/api/outcomes/units');
  return (
    <section className="panel" aria-labelledby="units-heading">
      <h2 id="units-heading">{t('evaluation.units')}</h2>
      <p className="hint">{t('units.hint')}</p>
      {list.error ? <p className="notice notice-error">{list.error}</p> : null}
      {list.data && list.data.units.length === 0 ? <p className="muted">{t('units.none')}</p> : null}
      {(list.data?.units ?? []).map((u) => (
        <UnitCard key={u.id} unit={u} />
      ))}
    </section>
  );
}

export function UnitCard({ unit: u }: { unit: Unit }) {
  const { t } = useTranslation('outcomes');
  const facts = { kind: unitKindWord(t, u.kind, u.kindWords), agency: u.agency, count: u.currentMembers };
  return (
    <article className="unit">
      <h3>{u.name}</h3>
      <p className="muted">
        {u.medianTenureDays === null
          ? t('units.facts', facts)
          : t('units.factsTenure', { ...facts, tenure: tenureWords(t, u.medianTenureDays) })}
      </p>
      {u.credit ? (
        <dl className="facts">
          <dt>{t('units.operations')}</dt>
          <dd>{formatNumber(u.credit.operations)}</dd>
          <dt>{t('units.allThreeMet')}</dt>
          <dd>{formatNumber(u.credit.allThreeMet)}</dd>
          <dt>{t('units.arrests')}</dt>
          <dd>{formatNumber(u.credit.arrests)}</dd>
          <dt>{t('units.removed')}</dt>
          <dd>{formatNumber(u.credit.removed)}</dd>
          <dt>{t('units.cases')}</dt>
          <dd>{formatNumber(u.credit.cases)}</dd>
          <dt>{t('units.convictions')}</dt>
          <dd>{formatNumber(u.credit.convictions)}</dd>
        </dl>
      ) : null}
      <TableWrap>
        <table>
          <caption>{t('units.roster')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('units.member')}</th>
              <th scope="col">{t('units.joined')}</th>
              <th scope="col">{t('units.left')}</th>
              <th scope="col">{t('units.time')}</th>
            </tr>
          </thead>
          <tbody>
            {u.roster.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">{m.name}</th>
                <td>{formatDate(m.joinedOn)}</td>
                <td>{m.leftOn ? formatDate(m.leftOn) : t('units.stillIn')}</td>
                <td>{tenureWords(t, m.tenureDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {u.training.length ? (
        <TableWrap>
          <table>
            <caption>{t('units.training')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('units.member')}</th>
                <th scope="col">{t('units.course')}</th>
                <th scope="col">{t('units.givenBy')}</th>
                <th scope="col">{t('units.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {u.training.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{t.course}</td>
                  <td>{t.provider}</td>
                  <td>{formatDate(t.completedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="muted">{t('units.noTraining')}</p>
      )}
    </article>
  );
}
