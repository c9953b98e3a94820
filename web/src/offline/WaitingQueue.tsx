import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';

// What waits on this device for a connection, as every field screen shows it: each record with the time it was
// saved, one the server refused with its reason and a way to discard it, the records that met another's change
// meanwhile side by side with it to keep or drop, and a button to send the rest. The words and the comparison
// are each screen's own; the rules of sending are each kind's (web/src/<part>/*-outbox.ts).

/** What the queue needs of an outbox. */
export interface QueueOutbox {
  sending: boolean;
  sendError: string | null;
  flush(): Promise<unknown>;
  drop(id: string): Promise<unknown>;
  keepMine(): Promise<unknown>;
  dropMine(): Promise<unknown>;
}

export interface WaitingItem {
  id: string;
  savedAt: string;
  refused?: string | null;
}

export function WaitingQueue<T extends WaitingItem>({
  headingId,
  title,
  waiting,
  queue,
  describe,
  conflicts,
  outbox,
  online,
}: {
  headingId: string;
  title: string;
  /** "3 records wait for a connection", in the screen's words. */
  waiting: (count: number) => string;
  queue: readonly T[];
  /** What one record is, in words. */
  describe: (item: T) => ReactNode;
  /** How many of the queue wait on the person's choice, and what they choose on (null when none). */
  conflicts: { count: number; view: ReactNode } | null;
  outbox: QueueOutbox;
  online: boolean;
}) {
  const { t: tf } = useTranslation('field');
  if (queue.length === 0 && !outbox.sendError) return null;
  const held = conflicts?.count ?? 0;
  return (
    <section className="panel queue queue-waiting" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <div aria-live="polite" aria-atomic="true">
        <p className="queue-count">{queue.length ? waiting(queue.length) : tf('queue.nothingWaiting')}</p>
      </div>
      <ul className="queue-list">
        {queue.map((item) => (
          <li key={item.id}>
            <time dateTime={item.savedAt}>{formatClock(item.savedAt)}</time> {describe(item)}
            {item.refused ? (
              <>
                {' '}
                <span className="refused">{tf('queue.refused', { reason: item.refused })}</span>{' '}
                <button type="button" className="button small" onClick={() => void outbox.drop(item.id)}>
                  {tf('queue.discard')}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {held > 0 ? conflicts?.view : null}
      {online && queue.length > held ? (
        <button
          type="button"
          className="button"
          disabled={outbox.sending}
          onClick={() => void outbox.flush()}
        >
          {outbox.sending ? tf('queue.sending') : tf('queue.send')}
        </button>
      ) : null}
      <ErrorMessage message={outbox.sendError} />
    </section>
  );
}

/**
 * Records that met another's change before they reached the server: what stands now and this device's side by
 * side, a row each, and the person chooses. Kept, they are sent again on what stands now; dropped, they leave the
 * device.
 */
export function ConflictChoice({
  label,
  lead,
  subject,
  theirs,
  mine,
  rows,
  outbox,
}: {
  label: string;
  lead: string;
  /** The first column's heading: what each row is about (an indicator, a service, a finding). */
  subject: string;
  theirs: string;
  mine: string;
  rows: ReactNode;
  outbox: Pick<QueueOutbox, 'keepMine' | 'dropMine'>;
}) {
  const { t: tf } = useTranslation('field');
  return (
    <fieldset className="conflict">
      <legend className="visually-hidden">{label}</legend>
      <p className="conflict-lead">{lead}</p>
      <table className="conflict-answers">
        <thead>
          <tr>
            <th scope="col">{subject}</th>
            <th scope="col">{theirs}</th>
            <th scope="col">{mine}</th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      <div className="conflict-actions">
        <button type="button" className="button primary" onClick={() => void outbox.keepMine()}>
          {tf('conflict.keep')}
        </button>
        <button type="button" className="button" onClick={() => void outbox.dropMine()}>
          {tf('conflict.drop')}
        </button>
      </div>
    </fieldset>
  );
}
