import { Trans, useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format.ts';
import { eventWords } from './historyWords.ts';
import type { TipEvent } from './types.ts';

/** The tip's history, oldest first: who did what and when. */
export function HistoryPanel({ events }: { events: TipEvent[] }) {
  const { t } = useTranslation('monitoring');
  return (
    <section className="panel" aria-labelledby="history-h">
      <h2 id="history-h">{t('history.title')}</h2>
      {events.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      <ol className="tip-history">
        {events.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: events only ever grow at the end
          <li key={i}>
            <Trans
              t={t}
              i18nKey={e.by ? 'history.lineBy' : 'history.line'}
              values={{ at: formatDateTime(e.at), what: eventWords(t, e), by: e.by }}
              components={{ 1: <span className="nowrap" /> }}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
