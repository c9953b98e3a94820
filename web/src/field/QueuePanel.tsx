import { useTranslation } from 'react-i18next';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { kindWord, summary } from './summary.ts';
import type { Queued } from './types.ts';

interface Props {
  queue: Queued[];
  online: boolean;
  sending: boolean;
  error: string | null;
  onRetry: () => void;
  onDiscard: (id: string) => void;
}

/** The entries kept on this phone until they can be sent, with their original times. */
export function QueuePanel({ queue, online, sending, error, onRetry, onDiscard }: Props) {
  const { t } = useTranslation('field');
  return (
    <section className={`panel queue ${queue.length ? 'queue-waiting' : ''}`} aria-labelledby="queue-h">
      <h2 id="queue-h">{t('queue.title')}</h2>
      <p className={online ? 'connection online' : 'connection offline'}>
        {online ? t('queue.online') : t('queue.offline')}
      </p>
      <div aria-live="polite" aria-atomic="true">
        <p className="queue-count">
          {queue.length ? t('queue.waiting', { count: queue.length }) : t('queue.nothingWaiting')}
        </p>
      </div>
      {queue.length ? (
        <>
          <ul className="queue-list">
            {queue.map(({ entry, refused }) => (
              <li key={entry.id}>
                <time dateTime={entry.occurredAt}>{formatClock(entry.occurredAt)}</time>{' '}
                <strong>{kindWord(t, entry.kind)}</strong> {summary(t, entry.kind, entry)}
                {refused ? (
                  <>
                    <span className="refused">{t('queue.refused', { reason: refused })}</span>
                    <button type="button" className="button small" onClick={() => onDiscard(entry.id)}>
                      {t('queue.discard')}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <button type="button" className="button big" disabled={sending} onClick={onRetry}>
            {sending ? t('queue.sending') : t('queue.send')}
          </button>
        </>
      ) : null}
      <ErrorMessage message={error} />
    </section>
  );
}
