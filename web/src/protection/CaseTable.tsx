import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../src/protection/catalogue.ts';
import type { PROTECTION_CASE_SORTS } from '../../../src/protection/wire.ts';
import { href } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { exploitationOptions, wordFor } from '../screening/labels.ts';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDate, formatNumber } from '../ui/format.ts';
import { useListing } from '../ui/useListing.ts';
import type { CaseList, ProtectionCase } from './types.ts';

/** A case's status in words: `open`, `closed`. */
export const caseStatusWords = (t: TFunction<'protection'>, status: string): string =>
  status === 'open' || status === 'closed' ? t(`codes.caseStatus.${status}`) : status;

type Sort = (typeof PROTECTION_CASE_SORTS)[number];

/**
 * The agency's protection cases by pseudonym only, each opening its case page: found by pseudonym or caseworker,
 * filtered by status, child, exploitation, caseworker and follow-ups due, sorted by any column (newest first), a
 * page at a time from the server.
 */
export function CaseTable({ canOpenScreenings }: { canOpenScreenings: boolean }) {
  const { t } = useTranslation('protection');
  const { t: common } = useTranslation();
  const listing = useListing<CaseList, Sort>('/api/protection/cases', { sort: 'opened_at', order: 'desc' });
  const { filters } = listing.state;
  const yesNo = [
    ['true', t('words.yes')],
    ['false', t('words.no')],
  ] as const;
  const select = (name: string, label: string, options: readonly (readonly [string, string])[]) => (
    <SelectField
      label={label}
      value={filters[name] ?? ''}
      onChange={(v) => listing.setFilter(name, v)}
      options={options}
      placeholder={common('table.any')}
    />
  );
  const columns: Column<ProtectionCase, Sort>[] = [
    {
      key: 'pseudonym',
      header: t('cases.pseudonym'),
      sort: 'pseudonym',
      rowHeader: true,
      cell: (c) => (
        <>
          <a href={href(`/protection/${encodeURIComponent(c.id)}`)}>{c.pseudonym}</a>
          {canOpenScreenings && c.screeningId !== null ? (
            <>
              {' '}
              <a className="muted" href={href(`/screening/${encodeURIComponent(c.screeningId)}`)}>
                <Trans
                  t={t}
                  i18nKey="cases.screening"
                  values={{ name: c.pseudonym }}
                  components={{ 1: <span className="visually-hidden" /> }}
                />
              </a>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'opened',
      header: t('cases.opened'),
      sort: 'opened_at',
      first: 'desc',
      className: 'nowrap',
      cell: (c) => formatDate(c.openedAt),
    },
    {
      key: 'exploitation',
      header: t('cases.exploitation'),
      sort: 'exploitation',
      cell: (c) =>
        c.exploitation ? (
          wordFor(exploitationOptions(), c.exploitation)
        ) : (
          <span className="muted">{t('words.notRecorded')}</span>
        ),
    },
    {
      key: 'child',
      header: t('cases.child'),
      sort: 'child',
      first: 'desc',
      cell: (c) => (c.child ? t('words.yes') : t('words.no')),
    },
    {
      key: 'owner',
      header: t('cases.caseworker'),
      sort: 'owner',
      cell: (c) =>
        c.owner ? (
          c.mine ? (
            t('words.nameYou', { name: c.owner.name })
          ) : (
            c.owner.name
          )
        ) : (
          <span className="muted">{t('cases.noCaseworker')}</span>
        ),
    },
    {
      key: 'due',
      header: t('cases.followUpsDue'),
      sort: 'follow_ups_due',
      first: 'desc',
      cell: (c) => (c.followUpsDue > 0 ? <strong>{formatNumber(c.followUpsDue)}</strong> : formatNumber(0)),
    },
    { key: 'status', header: t('cases.status'), sort: 'status', cell: (c) => caseStatusWords(t, c.status) },
  ];
  return (
    <DataTable
      caption={t('cases.caption')}
      columns={columns}
      listing={listing}
      rows={(r) => r.cases}
      rowKey={(c) => c.id}
      search={t('cases.search')}
      empty={t('cases.none')}
      filters={
        <>
          {select(
            'status',
            t('cases.status'),
            CASE_STATUSES.map((s) => [s, caseStatusWords(t, s)] as const),
          )}
          {select('child', t('cases.child'), yesNo)}
          {select('exploitation', t('cases.exploitation'), exploitationOptions())}
          {select('owner', t('cases.caseworker'), [
            ['mine', t('cases.ownerMine')],
            ['others', t('cases.ownerOthers')],
            ['none', t('cases.noCaseworker')],
          ])}
          {select('due', t('cases.followUpsDue'), yesNo)}
        </>
      }
    />
  );
}
