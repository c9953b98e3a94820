import { useTranslation } from 'react-i18next';
import type { DECISION_SORTS } from '../../../src/operations/wire.ts';
import { operationPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDateTime } from '../ui/format.ts';
import { useListing } from '../ui/useListing.ts';
import { interventionOptions, statusOptions } from './labels.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { DecisionPage, DecisionRow } from './types.ts';

type Sort = (typeof DECISION_SORTS)[number];

/**
 * The agency's intervention decisions: found by target or operation, filtered by status and by the intervention
 * decided, sorted by any column, a page at a time from the server.
 */
export function DecisionList() {
  const { t } = useTranslation('operations');
  const { t: common } = useTranslation();
  const listing = useListing<DecisionPage, Sort>('/api/operations/decisions', {
    sort: 'decided_at',
    order: 'desc',
  });
  const interventions = interventionOptions();
  const columns: Column<DecisionRow, Sort>[] = [
    {
      key: 'target',
      header: t('decisions.target'),
      sort: 'target',
      rowHeader: true,
      cell: (d) => <a href={href(`/operations/decisions/${encodeURIComponent(d.id)}`)}>{d.target}</a>,
    },
    {
      key: 'operation',
      header: t('decisions.operation'),
      sort: 'operation',
      cell: (d) =>
        !d.operation ? (
          <span className="muted">{t('decisions.noOperation')}</span>
        ) : d.operation.id ? (
          <a href={href(operationPath(d.operation.id))}>{d.operation.codeName}</a>
        ) : (
          d.operation.codeName
        ),
    },
    {
      key: 'recommended',
      header: t('decisions.recommended'),
      sort: 'recommendation',
      cell: (d) => wordFor(interventions, d.recommendation),
    },
    {
      key: 'decided',
      header: t('decisions.decided'),
      sort: 'decision',
      cell: (d) => (
        <>
          {wordFor(interventions, d.decision)}
          {d.decision !== d.recommendation ? (
            <span className="departs-tag"> {t('decisions.departs')}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'status',
      header: t('decisions.status'),
      sort: 'status',
      cell: (d) => <StatusBadge status={d.status} />,
    },
    {
      key: 'date',
      header: t('decisions.date'),
      sort: 'decided_at',
      first: 'desc',
      className: 'nowrap',
      cell: (d) => formatDateTime(d.decidedAt),
    },
  ];
  return (
    <DataTable
      caption={t('decisions.caption')}
      columns={columns}
      listing={listing}
      rows={(r) => r.decisions}
      rowKey={(d) => d.id}
      search={t('decisions.search')}
      empty={t('decisions.none')}
      filters={
        <>
          <SelectField
            label={t('decisions.status')}
            value={listing.state.filters.status ?? ''}
            onChange={(v) => listing.setFilter('status', v)}
            options={statusOptions()}
            placeholder={common('table.any')}
          />
          <SelectField
            label={t('decisions.decided')}
            value={listing.state.filters.decision ?? ''}
            onChange={(v) => listing.setFilter('decision', v)}
            options={interventions}
            placeholder={common('table.any')}
          />
        </>
      }
    />
  );
}
