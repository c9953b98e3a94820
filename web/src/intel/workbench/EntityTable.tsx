import type { ParseKeys } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_AGENCIES, type ENTITY_SORTS } from '../../../../src/intel/wire.ts';
import { href } from '../../router.ts';
import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { codeWords } from '../labels.ts';
import type { EntityPage, Registry } from '../types.ts';
import './workbench.css';
import { SortIcon } from '../../ui/icons.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';

type Sort = (typeof ENTITY_SORTS)[number];
const PAGE = 25;
/** The sortable columns, in order, and the order each sorts in first. */
const COLUMNS: { sort: Sort; first: 'asc' | 'desc' }[] = [
  { sort: 'label', first: 'asc' },
  { sort: 'type', first: 'asc' },
  { sort: 'last_activity', first: 'desc' },
];

/** The query of a page of the list, as the route reads it. */
export function listQuery(f: {
  type: string;
  q: string;
  agency: string;
  sort: Sort;
  order: 'asc' | 'desc';
  cursor: string | null;
}): string {
  const p = new URLSearchParams({ sort: f.sort, order: f.order, limit: String(PAGE) });
  if (f.type) p.set('type', f.type);
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.agency) p.set('agency', f.agency);
  if (f.cursor) p.set('cursor', f.cursor);
  return `/api/intel/entities?${p}`;
}

/**
 * Every entity the analyst may see (their agency's own and those shared with it), filtered by type, name and
 * agency, sorted by a column's header, a page at a time; each row opens the entity's page.
 */
export function EntityTable({ reg }: { reg: Registry }) {
  const { t } = useTranslation('network');
  const [type, setType] = useState('');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [agency, setAgency] = useState('');
  const [sort, setSort] = useState<Sort>('last_activity');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  // The cursors of the pages before this one (keyset paging walks forward; back is the cursor before).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors.at(-1) ?? null;
  // Typing filters after a pause, not at every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  // A new filter or order starts from the first page.
  const filterKey = `${type}|${q}|${agency}|${sort}|${order}`;
  const [lastKey, setLastKey] = useState(filterKey);
  if (lastKey !== filterKey) {
    setLastKey(filterKey);
    setCursors([null]);
  }
  const page = useLoad<EntityPage>(
    listQuery({ type, q, agency, sort, order, cursor: lastKey === filterKey ? cursor : null }),
  );
  const rows = page.data?.entities ?? [];
  const sortBy = (s: Sort) => {
    if (s === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(s);
      setOrder(COLUMNS.find((c) => c.sort === s)?.first ?? 'asc');
    }
  };
  const types = Object.keys(reg.entityTypes).map((t) => [t, codeWords('entityType', t, reg)] as const);
  const pageNo = cursors.length;
  const pageWords = !page.data
    ? null
    : rows.length === 0
      ? t('entities.noMatch')
      : page.data.next
        ? t('entities.pageMore', { page: pageNo, count: rows.length })
        : t('entities.page', { page: pageNo, count: rows.length });
  return (
    <div className="entity-table">
      <form
        className="row entity-filters"
        aria-label={t('entities.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('entities.type')}
          value={type}
          onChange={setType}
          options={types}
          placeholder={t('entities.everyType')}
        />
        <Field
          label={t('entities.name')}
          value={typed}
          onChange={setTyped}
          autoComplete="off"
          maxLength={100}
        />
        <SelectField
          label={t('entities.agency')}
          value={agency}
          onChange={setAgency}
          options={ENTITY_AGENCIES.map(
            (a) => [a, a === 'own' ? t('entities.own') : t('entities.shared')] as const,
          )}
          placeholder={t('entities.ownAndShared')}
        />
      </form>
      <ErrorMessage message={page.error} />
      <StatusMessage message={pageWords} />
      <TableWrap>
        <table className="entities">
          <caption className="visually-hidden">
            {t('entities.caption', { what: t(`entities.sortedBy.${sort}` as ParseKeys<'network'>) })}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.sort}
                  scope="col"
                  aria-sort={c.sort === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(c.sort)}>
                    {t(`entities.column.${c.sort}` as ParseKeys<'network'>)}
                    <SortIcon order={c.sort === sort ? order : null} />
                  </button>
                </th>
              ))}
              <th scope="col">{t('entities.agency')}</th>
              <th scope="col" className="num">
                {t('entities.links')}
              </th>
              <th scope="col" className="num">
                {t('entities.reports')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <a href={href(`/intel/entities/${encodeURIComponent(e.id)}`)}>{e.label}</a>
                </th>
                <td>{codeWords('entityType', e.type, reg)}</td>
                <td className="nowrap">
                  <time dateTime={e.lastActivity}>{formatDateTime(e.lastActivity)}</time>
                </td>
                <td>{e.own ? t('entities.yours') : e.agencyName}</td>
                <td className="num">{formatNumber(e.links)}</td>
                <td className="num">{formatNumber(e.reports)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {page.loading && !page.data ? <p className="muted">{t('entities.loading')}</p> : null}
      <nav className="row pager" aria-label={t('entities.pages')}>
        <button
          type="button"
          className="button"
          disabled={cursors.length <= 1}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          {t('entities.previous')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!page.data?.next}
          onClick={() => page.data?.next && setCursors([...cursors, page.data.next])}
        >
          {t('entities.next')}
        </button>
      </nav>
    </div>
  );
}
