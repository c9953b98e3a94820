import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { DangerBadge, TipBadges } from './DangerBadge.tsx';
import { dueWords } from './due.ts';
import { tipPath, word } from './labels.ts';
import type { QueueTip } from './types.ts';
import { useReloadWhenShown } from './useReloadWhenShown.ts';

/** The first words of a tip, for a table cell. */
const short = (s: string) => (s.length > 90 ? `${s.slice(0, 90).trimEnd()}…` : s);

/** The agency's tips waiting for triage or routing, in the server's order: a risk to life first. */
export function TriageQueue({ shown = true }: { shown?: boolean }) {
  const { t } = useTranslation('monitoring');
  const queue = useLoad<{ tips: QueueTip[] }>('/api/monitoring/queue');
  useReloadWhenShown(shown, queue.reload);
  // Due times are told relative to when the queue was read.
  const now = useMemo(() => (queue.data ? Date.now() : 0), [queue.data]);
  const tips = queue.data?.tips ?? [];
  return (
    <section className="panel" aria-labelledby="queue-h">
      <div className="panel-head">
        <h2 id="queue-h">{t('queue.title')}</h2>
        <button type="button" className="button small" onClick={queue.reload} disabled={queue.loading}>
          {t('queue.refresh')}
        </button>
      </div>
      <p className="hint">{t('queue.hint')}</p>
      <ErrorMessage message={queue.error} />
      {queue.loading && !queue.data ? <p className="muted">{t('queue.loading')}</p> : null}
      {queue.data && tips.length === 0 ? <p>{t('queue.empty')}</p> : null}
      {tips.length > 0 ? (
        <TableWrap>
          <table className="tip-queue">
            <caption className="visually-hidden">{t('queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.columns.tip')}</th>
                <th scope="col">{t('queue.columns.danger')}</th>
                <th scope="col">{t('queue.columns.what')}</th>
                <th scope="col">{t('queue.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {tips.map((tip) => (
                <tr key={tip.id} className={tip.danger === 'life' ? 'tip-life' : undefined}>
                  <th scope="row">
                    <a href={href(tipPath(tip.id))}>
                      {short(tip.excerpt) || t('shared.tipNamed', { id: tip.id })}
                    </a>
                    <span className="sub">
                      {t('shared.channelAt', {
                        channel: word('channel', tip.channel),
                        at: formatDateTime(tip.receivedAt),
                      })}
                    </span>
                  </th>
                  <td>
                    <DangerBadge danger={tip.danger} />
                  </td>
                  <td>
                    {word('kind', tip.kind ?? 'unknown')}
                    <span className="sub">{tip.placeHint ?? t('queue.noPlace')}</span>
                    <span className="sub">
                      {t('queue.peopleChildren', {
                        people:
                          tip.peopleCount === null
                            ? t('queue.peopleNotKnown')
                            : t('queue.people', { count: tip.peopleCount }),
                        children: word('childrenShort', tip.children ?? 'unknown').toLowerCase(),
                      })}
                    </span>
                  </td>
                  <td>
                    {word('tipStatus', tip.status)}
                    {tip.status === 'new' ? <span className="sub">{dueWords(t, tip.dueAt, now)}</span> : null}
                    <TipBadges {...tip} />
                    {tip.duplicates > 0 ? (
                      <span className="sub">{t('queue.duplicates', { count: tip.duplicates })}</span>
                    ) : null}
                    {tip.routings > 0 ? (
                      <span className="sub">{t('queue.routedTo', { count: tip.routings })}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
