import { useMemo } from 'react';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { DangerBadge, TipBadges } from './DangerBadge.tsx';
import { dueWords } from './due.ts';
import { CHANNELS, CHILDREN_SHORT, KINDS, TIP_STATUSES, tipPath } from './labels.ts';
import type { QueueTip } from './types.ts';
import { useReloadWhenShown } from './useReloadWhenShown.ts';

/** The first words of a tip, for a table cell. */
const short = (s: string) => (s.length > 90 ? `${s.slice(0, 90).trimEnd()}…` : s);

/** The agency's tips waiting for triage or routing, in the server's order: a risk to life first. */
export function TriageQueue({ shown = true }: { shown?: boolean }) {
  const queue = useLoad<{ tips: QueueTip[] }>('/api/monitoring/queue');
  useReloadWhenShown(shown, queue.reload);
  // Due times are told relative to when the queue was read.
  const now = useMemo(() => (queue.data ? Date.now() : 0), [queue.data]);
  const tips = queue.data?.tips ?? [];
  return (
    <section className="panel" aria-labelledby="queue-h">
      <div className="panel-head">
        <h2 id="queue-h">Triage queue</h2>
        <button type="button" className="button small" onClick={queue.reload} disabled={queue.loading}>
          Refresh
        </button>
      </div>
      <p className="hint">A risk to life comes first, then escalated tips, then by the time each is due.</p>
      <ErrorMessage message={queue.error} />
      {queue.loading && !queue.data ? <p className="muted">Loading the queue…</p> : null}
      {queue.data && tips.length === 0 ? <p>No tip is waiting.</p> : null}
      {tips.length > 0 ? (
        <div className="table-wrap">
          <table className="tip-queue">
            <caption className="visually-hidden">Tips waiting, most urgent first</caption>
            <thead>
              <tr>
                <th scope="col">Tip</th>
                <th scope="col">Danger</th>
                <th scope="col">What, where, who</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {tips.map((t) => (
                <tr key={t.id} className={t.danger === 'life' ? 'tip-life' : undefined}>
                  <th scope="row">
                    <a href={href(tipPath(t.id))}>{short(t.excerpt) || `Tip ${t.id}`}</a>
                    <span className="sub">
                      {wordFor(CHANNELS, t.channel)}, {formatDateTime(t.receivedAt)}
                    </span>
                  </th>
                  <td>
                    <DangerBadge danger={t.danger} />
                  </td>
                  <td>
                    {wordFor(KINDS, t.kind ?? 'unknown')}
                    <span className="sub">{t.placeHint ?? 'Place not given'}</span>
                    <span className="sub">
                      {t.peopleCount === null ? 'How many not known' : `${t.peopleCount} people`},{' '}
                      {wordFor(CHILDREN_SHORT, t.children ?? 'unknown').toLowerCase()}
                    </span>
                  </td>
                  <td>
                    {wordFor(TIP_STATUSES, t.status)}
                    {t.status === 'new' ? <span className="sub">{dueWords(t.dueAt, now)}</span> : null}
                    <TipBadges {...t} />
                    {t.duplicates > 0 ? (
                      <span className="sub">
                        {t.duplicates} possible duplicate{t.duplicates === 1 ? '' : 's'}
                      </span>
                    ) : null}
                    {t.routings > 0 ? (
                      <span className="sub">
                        routed to {t.routings} agenc{t.routings === 1 ? 'y' : 'ies'}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
