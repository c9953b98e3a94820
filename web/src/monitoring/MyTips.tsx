import { Trans, useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { word } from './labels.ts';
import { RoutingsList } from './RoutingsList.tsx';
import type { MyTipList } from './types.ts';
import { useReloadWhenShown } from './useReloadWhenShown.ts';

/** The tips the reader entered and what became of each, as far as the receiving agency tells. */
export function MyTips({ shown = true }: { shown?: boolean }) {
  const { t } = useTranslation('monitoring');
  const mine = useLoad<MyTipList>('/api/monitoring/mine');
  useReloadWhenShown(shown, mine.reload);
  const tips = mine.data?.tips ?? [];
  return (
    <section className="panel" aria-labelledby="mine-h">
      <h2 id="mine-h">{t('mine.title')}</h2>
      <ErrorMessage message={mine.error} />
      {mine.loading && !mine.data ? <p className="muted">{t('mine.loading')}</p> : null}
      {mine.data && tips.length === 0 ? <p>{t('mine.empty')}</p> : null}
      <ul className="tip-mine">
        {tips.map((tip) => (
          <li key={tip.id} aria-label={t('shared.tipNamed', { id: tip.id })}>
            <p>
              <Trans
                t={t}
                i18nKey="mine.line"
                values={{
                  id: tip.id,
                  at: formatDateTime(tip.receivedAt),
                  kind: word('kind', tip.kind ?? 'unknown'),
                  status: word('tipStatus', tip.status ?? 'new'),
                }}
                components={{ 1: <strong /> }}
              />
            </p>
            <blockquote className="tip-text">{tip.excerpt}</blockquote>
            <RoutingsList routings={tip.routings} label={t('mine.routedLabel', { id: tip.id })} />
          </li>
        ))}
      </ul>
    </section>
  );
}
