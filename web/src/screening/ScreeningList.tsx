import { useTranslation } from 'react-i18next';
import type { SCREENING_SORTS } from '../../../src/screening/schema.ts';
import { href } from '../router.ts';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDateTime } from '../ui/format.ts';
import { useListing } from '../ui/useListing.ts';
import { useLoad } from '../useLoad.ts';
import { SelectField } from './controls.tsx';
import { outcomeOptions, sourceOptions, statusOptions, wordFor } from './labels.ts';
import type { ScreenableOperations, ScreeningPage, ScreeningRow } from './types.ts';

type Sort = (typeof SCREENING_SORTS)[number];

/**
 * The agency's screenings, by pseudonym: found by pseudonym, filtered by status, outcome, source, child or adult and
 * (for one who screens) the operation the person was removed in, sorted by any column, a page at a time.
 */
export function ScreeningList({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation('screening');
  const { t: common } = useTranslation();
  const listing = useListing<ScreeningPage, Sort>('/api/screenings', { sort: 'started_at', order: 'desc' });
  // The operations whose people the screener receives: the only ones a screening names as its source.
  const ops = useLoad<ScreenableOperations>(canWrite ? '/api/screening/operations' : null);
  const operations = ops.data?.operations ?? [];
  const columns: Column<ScreeningRow, Sort>[] = [
    {
      key: 'pseudonym',
      header: t('list.pseudonym'),
      sort: 'pseudonym',
      rowHeader: true,
      cell: (s) => <a href={href(`/screening/${encodeURIComponent(s.id)}`)}>{s.pseudonym}</a>,
    },
    {
      key: 'status',
      header: t('list.status'),
      sort: 'status',
      cell: (s) => wordFor(statusOptions(), s.status),
    },
    {
      key: 'outcome',
      header: t('list.outcome'),
      sort: 'outcome',
      cell: (s) =>
        s.outcome ? wordFor(outcomeOptions(), s.outcome) : <span className="muted">{t('list.notYet')}</span>,
    },
    { key: 'from', header: t('list.from'), sort: 'source', cell: (s) => wordFor(sourceOptions(), s.source) },
    {
      key: 'person',
      header: t('list.person'),
      sort: 'person',
      cell: (s) => (s.child ? t('list.child') : t('list.adult')),
    },
    {
      key: 'started',
      header: t('list.started'),
      sort: 'started_at',
      first: 'desc',
      className: 'nowrap',
      cell: (s) => formatDateTime(s.startedAt),
    },
  ];
  const select = (name: string, label: string, options: readonly (readonly [string, string])[]) => (
    <SelectField
      label={label}
      value={listing.state.filters[name] ?? ''}
      onChange={(v) => listing.setFilter(name, v)}
      options={options}
      placeholder={common('table.any')}
    />
  );
  return (
    <DataTable
      caption={t('list.caption')}
      columns={columns}
      listing={listing}
      rows={(r) => r.screenings}
      rowKey={(s) => s.id}
      search={t('list.search')}
      empty={t('list.empty')}
      filters={
        <>
          {select('status', t('list.status'), statusOptions())}
          {select('outcome', t('list.outcome'), outcomeOptions())}
          {select('source', t('list.from'), sourceOptions())}
          {select('person', t('list.person'), [
            ['child', t('list.child')],
            ['adult', t('list.adult')],
          ])}
          {operations.length > 0
            ? select(
                'operation',
                t('list.operation'),
                operations.map((o) => [o.id, o.codeName] as const),
              )
            : null}
        </>
      }
    />
  );
}
