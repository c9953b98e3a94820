import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.ts';
import { SortIcon } from '../../ui/icons.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { chartHref, NodeLink, NodeList } from './NodeLink.tsx';
import type { Broker } from './types.ts';

type Sort = 'rank' | 'name' | 'sites';
/** The sortable columns, in order, and the order each sorts in first. */
const COLUMNS: { sort: Sort; first: 'asc' | 'desc' }[] = [
  { sort: 'rank', first: 'asc' },
  { sort: 'name', first: 'asc' },
  { sort: 'sites', first: 'desc' },
];

const compare: Record<Sort, (a: Broker, b: Broker) => number> = {
  rank: (a, b) => a.rank - b.rank,
  name: (a, b) => a.person.label.localeCompare(b.person.label) || a.rank - b.rank,
  sites: (a, b) => a.sites.length - b.sites.length || b.rank - a.rank,
};

/**
 * The brokers ranked: each person with the sites of concern they reach, the people through whom they reach
 * them and those of them who paid the person, every name linking to its page; sorted by a column's header. On a phone each row reads as a card.
 */
export function BrokerTable({ brokers }: { brokers: Broker[] }) {
  const { t } = useTranslation('network');
  const [sort, setSort] = useState<Sort>('rank');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const sortBy = (s: Sort) => {
    if (s === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(s);
      setOrder(COLUMNS.find((c) => c.sort === s)?.first ?? 'asc');
    }
  };
  const rows = [...brokers].sort((a, b) => (order === 'asc' ? 1 : -1) * compare[sort](a, b));
  const column = (s: Sort) => t(`brokers.column.${s}` as ParseKeys<'network'>);
  const what = t(`brokers.sortedBy.${sort}` as ParseKeys<'network'>);
  return (
    <TableWrap>
      <table className="network-table brokers-table">
        <caption className="visually-hidden">
          {order === 'asc' ? t('brokers.caption.asc', { what }) : t('brokers.caption.desc', { what })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.sort}
                scope="col"
                className={c.sort === 'name' ? undefined : 'num'}
                aria-sort={c.sort === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" className="sort-button" onClick={() => sortBy(c.sort)}>
                  {column(c.sort)}
                  <SortIcon order={c.sort === sort ? order : null} />
                </button>
              </th>
            ))}
            <th scope="col" className="plain-col">
              {t('brokers.sites')}
            </th>
            <th scope="col" className="plain-col">
              {t('brokers.through')}
            </th>
            <th scope="col" className="plain-col">
              {t('brokers.paidBy')}
            </th>
            <th scope="col" className="plain-col">
              <span className="visually-hidden">{t('brokers.chart')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.person.id}>
              <td className="num" data-label={column('rank')}>
                {formatNumber(b.rank)}
              </td>
              <th scope="row" data-label={column('name')}>
                <NodeLink node={b.person} />
              </th>
              <td className="num" data-label={column('sites')}>
                {formatNumber(b.sites.length)}
              </td>
              <td data-label={t('brokers.sites')}>
                <NodeList nodes={b.sites} />
              </td>
              <td data-label={t('brokers.through')}>
                <NodeList nodes={b.through} none={t('brokers.directly')} />
              </td>
              <td data-label={t('brokers.paidBy')}>
                <NodeList nodes={b.paidBy} none={t('brokers.noPayment')} />
              </td>
              <td>
                <a href={chartHref(b.person.id)}>
                  <Trans
                    t={t}
                    i18nKey="analysis.openChart"
                    values={{ name: b.person.label }}
                    components={{ 1: <span className="visually-hidden" /> }}
                  />
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
