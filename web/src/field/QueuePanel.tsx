import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { KIND_WORDS, summary } from './summary.ts';
import type { Queued } from './types.ts';

interface Props {
  queue: Queued[];
  online: boolean;
  sending: boolean;
  error: string | null;
  onRetry: () => void;
  onDiscard: (id: string) => void;
}

const waiting = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'} waiting to be sent`;

/** The entries kept on this phone until they can be sent, with their original times. */
export function QueuePanel({ queue, online, sending, error, onRetry, onDiscard }: Props) {
  return (
    <section className={`panel queue ${queue.length ? 'queue-waiting' : ''}`} aria-labelledby="queue-h">
      <h2 id="queue-h">Connection</h2>
      <p className={online ? 'connection online' : 'connection offline'}>
        {online ? 'Connected.' : 'No connection: entries are kept on this phone and sent when it returns.'}
      </p>
      <div aria-live="polite" aria-atomic="true">
        <p className="queue-count">
          {queue.length ? `${waiting(queue.length)}.` : 'Nothing waiting to be sent.'}
        </p>
      </div>
      {queue.length ? (
        <>
          <ul className="queue-list">
            {queue.map(({ entry, refused }) => (
              <li key={entry.id}>
                <time dateTime={entry.occurredAt}>{formatClock(entry.occurredAt)}</time>{' '}
                <strong>{KIND_WORDS[entry.kind]}</strong> {summary(entry.kind, entry)}
                {refused ? (
                  <>
                    <span className="refused">Refused: {refused}</span>
                    <button type="button" className="button small" onClick={() => onDiscard(entry.id)}>
                      Discard
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <button type="button" className="button big" disabled={sending} onClick={onRetry}>
            {sending ? 'Sending…' : 'Send now'}
          </button>
        </>
      ) : null}
      <ErrorMessage message={error} />
    </section>
  );
}
