import { useState } from 'react';
import { chartHref, NodeLink, NodeList } from './NodeLink.tsx';
import type { Broker } from './types.ts';

type Sort = 'rank' | 'name' | 'sites';
const COLUMNS: { sort: Sort; words: string; first: 'asc' | 'desc' }[] = [
  { sort: 'rank', words: 'Rank', first: 'asc' },
  { sort: 'name', words: 'Person', first: 'asc' },
  { sort: 'sites', words: 'Sites reached', first: 'desc' },
];
const SORT_WORDS: Record<Sort, string> = { rank: 'rank', name: 'name', sites: 'number of sites reached' };

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
  return (
    <div className="table-wrap">
      <table className="network-table brokers-table">
        <caption className="visually-hidden">
          Brokers, sorted by {SORT_WORDS[sort]} ({order === 'asc' ? 'ascending' : 'descending'})
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
                  {c.words}
                  <span aria-hidden="true">{c.sort === sort ? (order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col" className="plain-col">
              Sites
            </th>
            <th scope="col" className="plain-col">
              Through
            </th>
            <th scope="col" className="plain-col">
              Paid by
            </th>
            <th scope="col" className="plain-col">
              <span className="visually-hidden">Link chart</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.person.id}>
              <td className="num" data-label="Rank">
                {b.rank}
              </td>
              <th scope="row" data-label="Person">
                <NodeLink node={b.person} />
              </th>
              <td className="num" data-label="Sites reached">
                {b.sites.length}
              </td>
              <td data-label="Sites">
                <NodeList nodes={b.sites} />
              </td>
              <td data-label="Through">
                <NodeList nodes={b.through} none="directly" />
              </td>
              <td data-label="Paid by">
                <NodeList nodes={b.paidBy} none="no payment seen" />
              </td>
              <td>
                <a href={chartHref(b.person.id)}>
                  Open in link chart<span className="visually-hidden">: {b.person.label}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
