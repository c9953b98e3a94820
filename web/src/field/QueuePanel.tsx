import { useTranslation } from 'react-i18next';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { ConflictChoice } from './ConflictChoice.tsx';
import { kindWord, summary } from './summary.ts';
import type { Queued } from './types.ts';
import { queuedId } from './types.ts';

interface Props {
  queue: Queued[];
  online: boolean;
  sending: boolean;
  error: string | null;
  onRetry: () => void;
  onDiscard: (id: string) => void;
  onKeepMine: (id: string) => void;
}

/** One item of the outbox in words: an entry, or a correction of one, with its original time. */
function Item({ item }: { item: Queued }) {
  const { t } = useTranslation('field');
  if (item.type === 'entry') {
    const { entry } = item;
    return (
      <>
        <time dateTime={entry.occurredAt}>{formatClock(entry.occurredAt)}</time>{' '}
        <strong>{kindWord(t, entry.kind)}</strong> {summary(t, entry.kind, entry)}
      </>
    );
  }
  return (
    <>
      <time dateTime={item.correction.occurredAt}>{formatClock(item.correction.occurredAt)}</time>{' '}
      <strong>{t('queue.correctionOf', { what: kindWord(t, item.entryKind) })}</strong>{' '}
      <q>{item.correction.text}</q>
    </>
  );
}

/** The entries and corrections kept on this phone until they can be sent, with their original times. */
export function QueuePanel({ queue, online, sending, error, onRetry, onDiscard, onKeepMine }: Props) {
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
            {queue.map((item) => (
              <li key={queuedId(item)}>
                <Item item={item} />
                {item.type === 'correction' && item.conflict ? (
                  <ConflictChoice
                    mine={item.correction.text}
                    conflict={item.conflict}
                    onKeep={() => onKeepMine(item.correction.id)}
                    onDrop={() => onDiscard(item.correction.id)}
                  />
                ) : item.refused ? (
                  <>
                    <span className="refused">{t('queue.refused', { reason: item.refused })}</span>
                    <button type="button" className="button small" onClick={() => onDiscard(queuedId(item))}>
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
