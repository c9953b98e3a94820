import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { formatDate, formatNumber } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useLoad } from '../../useLoad.ts';
import { chartHref, NodeLink } from './NodeLink.tsx';
import type { NightFamilyCalls as Reply } from './types.ts';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourWords = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * Numbers calling victims' families at night (where the family lives), most families first: the families are the
 * numbers the agency's hotline recorded beside a relative's tip, each shown as its tip, never as a number or a
 * name. The night's hours can be changed; nothing is loaded (nor audited as read) until the tab is first opened.
 */
export function NightFamilyCalls({ opened }: { opened: boolean }) {
  const { t } = useTranslation('network');
  const [from, setFrom] = useState(22);
  const [to, setTo] = useState(6);
  const id = useId();
  const r = useLoad<Reply>(
    opened ? `/api/intel/network/calls/night-families?fromHour=${from}&toHour=${to}&limit=50` : null,
  );
  const hourSelect = (label: string, value: number, set: (h: number) => void, key: string) => (
    <label htmlFor={`${id}-${key}`}>
      {label}{' '}
      <select id={`${id}-${key}`} value={value} onChange={(e) => set(Number(e.target.value))}>
        {HOURS.map((h) => (
          <option key={h} value={h}>
            {hourWords(h)}
          </option>
        ))}
      </select>
    </label>
  );
  const callers = r.data?.callers ?? [];
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('nightFamilies.title')}</h2>
      <p className="hint">{t('nightFamilies.hint')}</p>
      <div className="night-hours">
        {hourSelect(t('nightFamilies.from'), from, setFrom, 'from')}{' '}
        {hourSelect(t('nightFamilies.to'), to, setTo, 'to')}
      </div>
      <ErrorMessage message={r.error} />
      {r.loading && !r.data ? <p className="muted">{t('nightFamilies.loading')}</p> : null}
      {r.data && r.data.familyNumbers === 0 ? <p className="muted">{t('nightFamilies.noFamilies')}</p> : null}
      {r.data && r.data.familyNumbers > 0 && callers.length === 0 ? (
        <p className="muted">{t('nightFamilies.none')}</p>
      ) : null}
      {callers.length > 0 ? (
        <TableWrap>
          <table className="network-table night-families-table">
            <caption className="visually-hidden">{t('nightFamilies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('nightFamilies.column.number')}</th>
                <th scope="col">{t('nightFamilies.column.person')}</th>
                <th scope="col" className="num">
                  {t('nightFamilies.column.families')}
                </th>
                <th scope="col" className="num">
                  {t('nightFamilies.column.nightCalls')}
                </th>
                <th scope="col" className="num">
                  {t('nightFamilies.column.share')}
                </th>
                <th scope="col">{t('nightFamilies.column.last')}</th>
                <th scope="col">{t('nightFamilies.column.tips')}</th>
              </tr>
            </thead>
            <tbody>
              {callers.map((c) => (
                <tr key={c.caller}>
                  <th scope="row" data-label={t('nightFamilies.column.number')}>
                    <ul className="node-list">
                      {c.numbers.map((n) => (
                        <li key={n}>
                          <a href={href(`/intel/phones/${encodeURIComponent(n)}`)}>{n}</a>{' '}
                          <a href={chartHref(`tel:${n}`)} className="muted">
                            {t('nightFamilies.chart')}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </th>
                  <td data-label={t('nightFamilies.column.person')}>
                    {c.person ? (
                      <NodeLink node={c.person} />
                    ) : (
                      <span className="muted">{t('nightFamilies.unknown')}</span>
                    )}
                  </td>
                  <td className="num" data-label={t('nightFamilies.column.families')}>
                    {t('nightFamilies.ofFamilies', {
                      night: formatNumber(c.nightFamilies),
                      all: formatNumber(c.families),
                    })}
                  </td>
                  <td className="num" data-label={t('nightFamilies.column.nightCalls')}>
                    {t('nightFamilies.ofCalls', {
                      night: formatNumber(c.nightCalls),
                      all: formatNumber(c.calls),
                    })}
                  </td>
                  <td className="num" data-label={t('nightFamilies.column.share')}>
                    {formatNumber(c.nightShare, { style: 'percent' })}
                  </td>
                  <td data-label={t('nightFamilies.column.last')}>{formatDate(c.lastNight)}</td>
                  <td data-label={t('nightFamilies.column.tips')}>
                    <ul className="node-list">
                      {c.tips.map((tip) => (
                        <li key={tip}>
                          <a href={href(`/monitoring/tips/${tip}`)}>{t('nightFamilies.tip', { id: tip })}</a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
