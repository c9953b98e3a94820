import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { KINDS, TIP_STATUSES } from './labels.ts';
import { RoutingsList } from './RoutingsList.tsx';
import type { MyTip } from './types.ts';
import { useReloadWhenShown } from './useReloadWhenShown.ts';

/** The tips the reader entered and what became of each, as far as the receiving agency tells. */
export function MyTips({ shown = true }: { shown?: boolean }) {
  const mine = useLoad<{ tips: MyTip[] }>('/api/monitoring/mine');
  useReloadWhenShown(shown, mine.reload);
  const tips = mine.data?.tips ?? [];
  return (
    <section className="panel" aria-labelledby="mine-h">
      <h2 id="mine-h">Your tips</h2>
      <ErrorMessage message={mine.error} />
      {mine.loading && !mine.data ? <p className="muted">Loading your tips…</p> : null}
      {mine.data && tips.length === 0 ? <p>You have not reported a tip yet.</p> : null}
      <ul className="tip-mine">
        {tips.map((t) => (
          <li key={t.id} aria-label={`Tip ${t.id}`}>
            <p>
              <strong>Tip {t.id}</strong>, {formatDateTime(t.receivedAt)} —{' '}
              {wordFor(KINDS, t.kind ?? 'unknown')}. {wordFor(TIP_STATUSES, t.status ?? 'new')}.
            </p>
            <blockquote className="tip-text">{t.excerpt}</blockquote>
            <RoutingsList routings={t.routings} label={`Where tip ${t.id} was routed`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
