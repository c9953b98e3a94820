import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field.tsx';
import { formatNumber } from './format.ts';
import { SortIcon } from './icons.tsx';
import { ErrorMessage, StatusMessage } from './Live.tsx';
import { TableWrap } from './TableWrap.tsx';
import type { Listing, Order, PageInfo } from './useListing.ts';
import './data-table.css';

export interface Column<T, S extends string> {
  key: string;
  header: string;
  /** The server's sort column this header sorts by, and the order it sorts in first (dates: newest first). */
  sort?: S;
  first?: Order;
  className?: string;
  /** The cell that names the row: a row header for screen readers. */
  rowHeader?: boolean;
  cell: (row: T) => ReactNode;
}

interface Props<T, R extends PageInfo, S extends string> {
  /** What the table holds, for screen readers (it is told with the sort). */
  caption: string;
  /** What the table holds when sorted otherwise than at first, if the caption says the first order ("…, most urgent first"). */
  sortedCaption?: string;
  columns: Column<T, S>[];
  listing: Listing<R, S>;
  rows: (reply: R) => T[];
  rowKey: (row: T) => string;
  /** A row's class, for a row that must stand out (a risk to life). */
  rowClass?: (row: T) => string | undefined;
  /** What shows in a full-width row beneath a row (a form opened from it, its messages); null for nothing. */
  detail?: (row: T) => ReactNode;
  /** The search box's label; none when the listing is not searched by words. */
  search?: string;
  /** The listing's own filters (selects, dates), placed beside the search box. */
  filters?: ReactNode;
  /** Said when nothing at all is listed, before any word or filter. */
  empty: string;
}

/**
 * A table read from the server a page at a time: a search box and the listing's filters above it, headers that
 * sort (aria-sort says which and how), a live line saying which rows show of how many, and a pager.
 */
export function DataTable<T, R extends PageInfo, S extends string>(p: Props<T, R, S>) {
  const { t } = useTranslation();
  const { state, load } = p.listing;
  const reply = load.data;
  const rows = reply ? p.rows(reply) : [];
  const narrowed = state.typed.trim() !== '' || Object.values(state.filters).some(Boolean);
  const pages = reply ? Math.max(1, Math.ceil(reply.total / reply.size)) : 1;
  const page = reply?.page ?? state.page;
  const sorted = p.columns.find((c) => c.sort === state.sort);
  const status = !reply
    ? null
    : reply.total === 0
      ? narrowed
        ? t('table.noMatch')
        : p.empty
      : t('table.showing', {
          from: formatNumber((reply.page - 1) * reply.size + 1),
          to: formatNumber((reply.page - 1) * reply.size + rows.length),
          // A count stopped at its bound (the audit log) reads "10,000+".
          total: `${formatNumber(reply.total)}${reply.more ? '+' : ''}`,
        });
  return (
    <div className="data-table">
      {p.search || p.filters ? (
        <form
          className="row table-filters"
          aria-label={t('table.filters')}
          onSubmit={(e) => e.preventDefault()}
        >
          {p.search ? (
            <Field
              label={p.search}
              type="search"
              value={state.typed}
              onChange={p.listing.setTyped}
              autoComplete="off"
              maxLength={200}
            />
          ) : null}
          {p.filters}
        </form>
      ) : null}
      <ErrorMessage message={load.error} />
      <StatusMessage message={status} />
      {reply && reply.total > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">
              {sorted
                ? t('table.caption', {
                    what: p.listing.firstOrder ? p.caption : (p.sortedCaption ?? p.caption),
                    column: sorted.header,
                    order: t(state.order === 'asc' ? 'table.ascending' : 'table.descending'),
                  })
                : p.caption}
            </caption>
            <thead>
              <tr>
                {p.columns.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.className}
                    aria-sort={
                      c.sort && c.sort === state.sort
                        ? state.order === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                  >
                    {c.sort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => c.sort && p.listing.sortBy(c.sort, c.first ?? 'asc')}
                      >
                        {c.header}
                        <SortIcon order={c.sort === state.sort ? state.order : null} />
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const more = p.detail?.(r);
                return (
                  <Fragment key={p.rowKey(r)}>
                    <tr className={p.rowClass?.(r)}>
                      {p.columns.map((c) =>
                        c.rowHeader ? (
                          <th key={c.key} scope="row" className={c.className}>
                            {c.cell(r)}
                          </th>
                        ) : (
                          <td key={c.key} className={c.className}>
                            {c.cell(r)}
                          </td>
                        ),
                      )}
                    </tr>
                    {more ? (
                      <tr className="row-detail">
                        <td colSpan={p.columns.length}>{more}</td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {load.loading && !reply ? <p className="muted">{t('loading')}</p> : null}
      {pages > 1 ? (
        <nav className="row pager" aria-label={t('table.pages')}>
          <button type="button" className="button" disabled={page <= 1} onClick={() => p.listing.setPage(1)}>
            {t('table.first')}
          </button>
          <button
            type="button"
            className="button"
            disabled={page <= 1}
            onClick={() => p.listing.setPage(page - 1)}
          >
            {t('table.previous')}
          </button>
          <span className="pager-where">
            {t('table.pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}
          </span>
          <button
            type="button"
            className="button"
            disabled={page >= pages}
            onClick={() => p.listing.setPage(page + 1)}
          >
            {t('table.next')}
          </button>
          <button
            type="button"
            className="button"
            disabled={page >= pages}
            onClick={() => p.listing.setPage(pages)}
          >
            {t('table.last')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
