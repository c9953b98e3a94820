import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { auditListReply } from '../../../src/access/audit-list.ts';
import type { AUDIT_SORTS } from '../../../src/access/schema.ts';
import type { AuditRow } from '../types.ts';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatInstant, shortId } from '../ui/format.ts';
import type { Listing } from '../ui/useListing.ts';
import type { Wire } from '../wire.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { actionWord, actorKindWord, outcomeWord, resourceWord, seqWords } from './words.ts';

export type AuditReply = Wire<z.output<typeof auditListReply>>;
export type AuditSort = (typeof AUDIT_SORTS)[number];

function Ref({ kind, id, word }: { kind: string | null; id: string | null; word: (code: string) => string }) {
  if (!kind && !id) return <span className="muted">—</span>;
  return (
    <span>
      {kind ? word(kind) : null}
      {id ? (
        <>
          {' '}
          <span className="mono muted" title={id}>
            {shortId(id)}
          </span>
        </>
      ) : null}
    </span>
  );
}

/** The entries a page at a time, by time either way: the action in words beside its code as the log records it. */
export function AuditTable({ listing }: { listing: Listing<AuditReply, AuditSort> }) {
  const { t } = useTranslation('audit');
  const by = (f: (t: TFunction<'audit'>, code: string) => string) => (code: string) => f(t, code);
  const columns: Column<AuditRow, AuditSort>[] = [
    { key: 'seq', header: t('table.seq'), className: 'num', cell: (e) => seqWords(e.seq) },
    {
      key: 'time',
      header: t('table.time'),
      sort: 'at',
      first: 'desc',
      className: 'nowrap',
      cell: (e) => formatInstant(e.at),
    },
    { key: 'action', header: t('table.action'), cell: (e) => actionWord(t, e.action) },
    { key: 'code', header: t('table.code'), className: 'mono', cell: (e) => e.action },
    {
      key: 'outcome',
      header: t('table.outcome'),
      cell: (e) => <span className={`outcome outcome-${e.outcome}`}>{outcomeWord(t, e.outcome)}</span>,
    },
    {
      key: 'actor',
      header: t('table.actor'),
      cell: (e) => <Ref kind={e.actorKind} id={e.actorId} word={by(actorKindWord)} />,
    },
    {
      key: 'address',
      header: t('table.address'),
      className: 'mono',
      cell: (e) => e.ip ?? <span className="muted">—</span>,
    },
    {
      key: 'record',
      header: t('table.record'),
      cell: (e) => <Ref kind={e.resourceType} id={e.resourceId} word={by(resourceWord)} />,
    },
  ];
  return (
    <DataTable
      caption={t('table.caption')}
      columns={columns}
      listing={listing}
      rows={(r) => r.entries}
      rowKey={(e) => e.seq}
      empty={t('table.empty')}
      filters={<AuditFilters listing={listing} />}
    />
  );
}
