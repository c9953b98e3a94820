import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type OPERATION_SORTS, OPERATION_STATUSES } from '../../../src/operations/wire.ts';
import { href } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDateTime } from '../ui/format.ts';
import { useListing } from '../ui/useListing.ts';
import { memberRoleOptions } from './labels.ts';
import { OpStatusBadge } from './OpStatusBadge.tsx';
import { operationPath } from './paths.ts';
import type { OperationPage, OperationRow } from './types.ts';

type Sort = (typeof OPERATION_SORTS)[number];

/**
 * The operations the user is a named member of (nobody else sees them listed): found by code name or target,
 * filtered by status, sorted by any column, a page at a time from the server.
 */
export function OperationList() {
  const { t } = useTranslation('plans');
  const { t: common } = useTranslation();
  const listing = useListing<OperationPage, Sort>('/api/operations/plans', {
    sort: 'starts_at',
    order: 'desc',
  });
  const roles = memberRoleOptions();
  const columns: Column<OperationRow, Sort>[] = [
    {
      key: 'op',
      header: t('list.operation'),
      sort: 'code_name',
      rowHeader: true,
      cell: (o) => <a href={href(operationPath(o.id))}>{o.codeName}</a>,
    },
    { key: 'target', header: t('list.target'), sort: 'target', cell: (o) => o.target },
    {
      key: 'starts',
      header: t('list.starts'),
      sort: 'starts_at',
      first: 'desc',
      className: 'nowrap',
      cell: (o) => (o.startsAt ? formatDateTime(o.startsAt) : t('list.notSet')),
    },
    { key: 'role', header: t('list.yourRole'), sort: 'role', cell: (o) => wordFor(roles, o.myRole) },
    {
      key: 'status',
      header: t('list.status'),
      sort: 'status',
      cell: (o) => <OpStatusBadge status={o.status} />,
    },
  ];
  return (
    <DataTable
      caption={t('list.caption')}
      columns={columns}
      listing={listing}
      rows={(r) => r.operations}
      rowKey={(o) => o.id}
      search={t('list.search')}
      empty={t('list.none')}
      filters={
        <SelectField
          label={t('list.status')}
          value={listing.state.filters.status ?? ''}
          onChange={(v) => listing.setFilter('status', v)}
          options={OPERATION_STATUSES.map(
            (s) => [s, t(`codes.opStatus.${s}` as ParseKeys<'plans'>)] as const,
          )}
          placeholder={common('table.any')}
        />
      }
    />
  );
}
