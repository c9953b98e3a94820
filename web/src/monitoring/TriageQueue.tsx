import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QUEUE_STATUSES, type TRIAGE_SORTS } from '../../../src/monitoring/wire.ts';
import { href } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDateTime } from '../ui/format.ts';
import { useListing } from '../ui/useListing.ts';
import { DangerBadge, TipBadges } from './DangerBadge.tsx';
import { dueWords } from './due.ts';
import { channelOptions, childrenOptions, dangerOptions, kindOptions, tipPath, word } from './labels.ts';
import type { QueuePage, QueueTip } from './types.ts';
import { useReloadWhenShown } from './useReloadWhenShown.ts';

type Sort = (typeof TRIAGE_SORTS)[number];

/** The first words of a tip, for a table cell. */
const short = (s: string) => (s.length > 90 ? `${s.slice(0, 90).trimEnd()}…` : s);

/**
 * The agency's tips waiting for triage or routing, a page at a time from the server: in the triage order (a risk
 * to life first, then escalated, then by the time triage is due) until another column is chosen; found by the
 * tip's words or place and filtered by what a triage officer sorts the queue by.
 */
export function TriageQueue({ shown = true }: { shown?: boolean }) {
  const { t } = useTranslation('monitoring');
  const { t: common } = useTranslation();
  const listing = useListing<QueuePage, Sort>('/api/monitoring/queue', { sort: 'urgency', order: 'desc' });
  const { load, state } = listing;
  useReloadWhenShown(shown, load.reload);
  // Due times are told relative to when the queue was read.
  const now = useMemo(() => (load.data ? Date.now() : 0), [load.data]);
  const yesNo = [
    ['yes', t('queue.yes')],
    ['no', t('queue.no')],
  ] as const;
  const select = (name: string, label: string, options: readonly (readonly [string, string])[]) => (
    <SelectField
      label={label}
      value={state.filters[name] ?? ''}
      onChange={(v) => listing.setFilter(name, v)}
      options={options}
      placeholder={common('table.any')}
    />
  );
  const columns: Column<QueueTip, Sort>[] = [
    {
      key: 'tip',
      header: t('queue.columns.tip'),
      sort: 'received_at',
      first: 'desc',
      rowHeader: true,
      cell: (tip) => (
        <>
          <a href={href(tipPath(tip.id))}>{short(tip.excerpt) || t('shared.tipNamed', { id: tip.id })}</a>
          <span className="sub">
            {t('shared.channelAt', {
              channel: word('channel', tip.channel),
              at: formatDateTime(tip.receivedAt),
            })}
          </span>
        </>
      ),
    },
    {
      key: 'danger',
      header: t('queue.columns.danger'),
      sort: 'urgency',
      first: 'desc',
      cell: (tip) => <DangerBadge danger={tip.danger} />,
    },
    {
      key: 'what',
      header: t('queue.columns.whatWhere'),
      sort: 'kind',
      cell: (tip) => (
        <>
          {word('kind', tip.kind)}
          <span className="sub">{tip.placeHint ?? t('queue.noPlace')}</span>
        </>
      ),
    },
    {
      key: 'people',
      header: t('queue.columns.people'),
      sort: 'people',
      first: 'desc',
      cell: (tip) =>
        t('queue.peopleChildren', {
          people:
            tip.peopleCount === null
              ? t('queue.peopleNotKnown')
              : t('queue.people', { count: tip.peopleCount }),
          children: word('childrenShort', tip.children).toLowerCase(),
        }),
    },
    {
      key: 'status',
      header: t('queue.columns.statusDue'),
      sort: 'due_at',
      cell: (tip) => (
        <>
          {word('tipStatus', tip.status)}
          {tip.status === 'new' ? <span className="sub">{dueWords(t, tip.dueAt, now)}</span> : null}
          <TipBadges {...tip} />
          {tip.duplicates > 0 ? (
            <span className="sub">{t('queue.duplicates', { count: tip.duplicates })}</span>
          ) : null}
          {tip.routings > 0 ? (
            <span className="sub">{t('queue.routedTo', { count: tip.routings })}</span>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <section className="panel tip-queue" aria-labelledby="queue-h">
      <div className="panel-head">
        <h2 id="queue-h">{t('queue.title')}</h2>
        <button type="button" className="button small" onClick={load.reload} disabled={load.loading}>
          {t('queue.refresh')}
        </button>
      </div>
      <p className="hint">{t('queue.hint')}</p>
      <DataTable
        caption={t('queue.caption')}
        sortedCaption={t('queue.captionSorted')}
        columns={columns}
        listing={listing}
        rows={(r) => r.tips}
        rowKey={(tip) => tip.id}
        rowClass={(tip) => (tip.danger === 'life' ? 'tip-life' : undefined)}
        search={t('queue.search')}
        empty={t('queue.empty')}
        filters={
          <>
            {select('danger', t('queue.columns.danger'), dangerOptions())}
            {select('channel', t('intake.channel'), channelOptions())}
            {select('kind', t('shared.kindLabel'), kindOptions())}
            {select('children', t('shared.childrenLabel'), childrenOptions())}
            {select(
              'status',
              t('queue.columns.status'),
              QUEUE_STATUSES.map((s) => [s, word('tipStatus', s)] as const),
            )}
            {select('escalated', t('badges.escalated'), yesNo)}
            {select('overdue', t('badges.overdue'), yesNo)}
          </>
        }
      />
    </section>
  );
}
