import { useTranslation } from 'react-i18next';
import { wordFor } from '../screening/labels.ts';
import { formatInstant, formatNumber } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { custodyActionWord, custodyMethodOptions } from './labels.ts';
import type { CustodyEntry } from './types.ts';

function HashCheck({ e }: { e: CustodyEntry }) {
  const { t } = useTranslation('evidence');
  if (!e.hashObserved) return null;
  return <span className="sub">{e.hashMatches ? t('custody.hashMatches') : t('custody.hashMismatch')}</span>;
}

/** Every custody entry, numbered, with the hash that chains it to the one before. */
export function CustodyTable({ entries }: { entries: CustodyEntry[] }) {
  const { t } = useTranslation('evidence');
  const methods = custodyMethodOptions();
  return (
    <TableWrap>
      <table className="custody-table">
        <caption className="visually-hidden">{t('custody.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('custody.seq')}</th>
            <th scope="col">{t('custody.when')}</th>
            <th scope="col">{t('custody.what')}</th>
            <th scope="col">{t('custody.fromTo')}</th>
            <th scope="col">{t('custody.purposeAuthority')}</th>
            <th scope="col">{t('custody.howWhere')}</th>
            <th scope="col">{t('custody.recordedBy')}</th>
            <th scope="col">{t('custody.entryHash')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <th scope="row" className="num">
                {formatNumber(e.seq, { useGrouping: false })}
              </th>
              <td className="nowrap">{formatInstant(e.at)}</td>
              <td>
                {custodyActionWord(e.action, e.actionLabel)}
                <HashCheck e={e} />
                {e.note ? <span className="sub">{e.note}</span> : null}
              </td>
              <td>{t('custody.fromToWords', { from: e.from ?? '—', to: e.to })}</td>
              <td>
                {e.purpose}
                <span className="sub">{e.authority}</span>
              </td>
              <td>
                {wordFor(methods, e.method)}
                <span className="sub">{e.place}</span>
              </td>
              <td>{e.recordedBy ?? t('custody.unknown')}</td>
              <td className="mono hash">{e.hash}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
