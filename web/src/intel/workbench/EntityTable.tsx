import { useEffect, useState } from 'react';
import { href } from '../../router.ts';
import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { codeWords } from '../labels.ts';
import type { Registry } from '../types.ts';
import './workbench.css';

export interface EntityListRow {
  id: string;
  type: string;
  typeLabel: string;
  label: string;
  agencyId: string;
  agencyName: string;
  own: boolean;
  lastActivity: string;
  links: number;
  reports: number;
}

type Sort = 'label' | 'type' | 'last_activity';
const PAGE = 25;
const COLUMNS: { sort: Sort; words: string; first: 'asc' | 'desc' }[] = [
  { sort: 'label', words: 'Name', first: 'asc' },
  { sort: 'type', words: 'Type', first: 'asc' },
  { sort: 'last_activity', words: 'Last activity', first: 'desc' },
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
  const page = useLoad<{ entities: EntityListRow[]; next: string | null }>(
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
  return (
    <div className="entity-table">
      <form className="row entity-filters" aria-label="Filter entities" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Type" value={type} onChange={setType} options={types} placeholder="Every type" />
        <Field label="Name contains" value={typed} onChange={setTyped} autoComplete="off" maxLength={100} />
        <SelectField
          label="Agency"
          value={agency}
          onChange={setAgency}
          options={[
            ['own', 'Your agency’s'],
            ['shared', 'Shared with your agency'],
          ]}
          placeholder="Yours and shared"
        />
      </form>
      <ErrorMessage message={page.error} />
      <StatusMessage
        message={
          page.data
            ? rows.length === 0
              ? 'No entities match.'
              : `Page ${pageNo}: ${rows.length} ${rows.length === 1 ? 'entity' : 'entities'}${page.data.next ? ', more on the next page' : ''}.`
            : null
        }
      />
      <div className="table-wrap">
        <table className="entities">
          <caption className="visually-hidden">Entities, sorted by {sortWords(sort)}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.sort}
                  scope="col"
                  aria-sort={c.sort === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(c.sort)}>
                    {c.words}
                    <span aria-hidden="true">{c.sort === sort ? (order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Agency</th>
              <th scope="col" className="num">
                Links
              </th>
              <th scope="col" className="num">
                Reports
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <a href={href(`/intel/entities/${encodeURIComponent(e.id)}`)}>{e.label}</a>
                </th>
                <td>{e.typeLabel}</td>
                <td className="nowrap">
                  <time dateTime={e.lastActivity}>{formatDateTime(e.lastActivity)}</time>
                </td>
                <td>{e.own ? 'Yours' : e.agencyName}</td>
                <td className="num">{e.links}</td>
                <td className="num">{e.reports}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.loading && !page.data ? <p className="muted">Loading entities…</p> : null}
      <nav className="row pager" aria-label="Pages of entities">
        <button
          type="button"
          className="button"
          disabled={cursors.length <= 1}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          Previous page
        </button>
        <button
          type="button"
          className="button"
          disabled={!page.data?.next}
          onClick={() => page.data?.next && setCursors([...cursors, page.data.next])}
        >
          Next page
        </button>
      </nav>
    </div>
  );
}

const sortWords = (s: Sort) => ({ label: 'name', type: 'type', last_activity: 'last activity' })[s];
