import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CASE_SORTS, caseListReply } from '../../../src/prosecution/schemas.ts';
import { SelectField } from '../screening/controls.tsx';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDate, formatNumber } from '../ui/format.ts';
import { useListing } from '../ui/useListing.ts';
import type { Wire } from '../wire.ts';
import { options, word } from './codes.ts';
import { chargeName } from './court-labels.ts';
import { Gauge } from './Gauge.tsx';
import { caseFileHref } from './paths.ts';
import type { CaseListItem } from './types.ts';

type Sort = (typeof CASE_SORTS)[number];
type Reply = Wire<z.output<typeof caseListReply>>;

/**
 * The agency's case files, each with its worst testimony burden among its charges: found by reference, title or
 * suspect, filtered by status and origin, sorted by any column, a page at a time from the server.
 */
export function CaseFileTable() {
  const { t } = useTranslation('prosecution');
  const { t: common } = useTranslation();
  const listing = useListing<Reply, Sort>('/api/prosecution/cases', { sort: 'opened', order: 'desc' });
  const columns: Column<CaseListItem, Sort>[] = [
    {
      key: 'file',
      header: t('list.caseFile'),
      sort: 'ref',
      rowHeader: true,
      cell: (c) => (
        <>
          <a className="nowrap" href={caseFileHref(c.id)}>
            {c.ref}
          </a>
          <span className="sub">
            {word(t, 'origin', c.origin)} · {word(t, 'caseStatus', c.status)}
          </span>
        </>
      ),
    },
    { key: 'title', header: t('list.title'), sort: 'title', cell: (c) => c.title },
    {
      key: 'opened',
      header: t('list.opened'),
      sort: 'opened',
      first: 'desc',
      className: 'nowrap',
      cell: (c) => formatDate(c.createdAt),
    },
    {
      key: 'suspects',
      header: t('list.suspects'),
      sort: 'suspects',
      first: 'desc',
      className: 'num',
      cell: (c) => formatNumber(c.suspects),
    },
    {
      key: 'charges',
      header: t('list.charges'),
      sort: 'charges',
      first: 'desc',
      className: 'num',
      cell: (c) => formatNumber(c.charges),
    },
    {
      key: 'worst',
      header: t('list.worst'),
      sort: 'burden',
      first: 'desc',
      cell: (c) =>
        c.worst ? <WorstBurden worst={c.worst} /> : <span className="muted">{t('list.noCharge')}</span>,
    },
  ];
  const select = (name: 'status' | 'origin', label: string, group: 'caseStatus' | 'origin') => (
    <SelectField
      label={label}
      value={listing.state.filters[name] ?? ''}
      onChange={(v) => listing.setFilter(name, v)}
      options={options(t, group)}
      placeholder={common('table.any')}
    />
  );
  return (
    <div className="case-files">
      <DataTable
        caption={t('list.caption')}
        columns={columns}
        listing={listing}
        rows={(r) => r.cases}
        rowKey={(c) => c.id}
        search={t('list.search')}
        empty={t('list.empty')}
        filters={
          <>
            {select('status', t('list.status'), 'caseStatus')}
            {select('origin', t('list.origin'), 'origin')}
          </>
        }
      />
    </div>
  );
}

/** The charge that leans most on the victim's testimony alone (then has the most gaps), with its gauge. */
function WorstBurden({ worst }: { worst: NonNullable<CaseListItem['worst']> }) {
  const { t } = useTranslation('prosecution');
  return (
    <div className="gauge-small">
      <Gauge burden={worst.burden} breakdown={false} />
      <span className="sub">
        {chargeName(t, { ...worst, suspect: worst.suspect || t('words.aSuspect') })}
      </span>
    </div>
  );
}
