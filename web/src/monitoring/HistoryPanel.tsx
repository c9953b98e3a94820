import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { EVENT_KINDS } from './labels.ts';
import type { TipEvent } from './types.ts';

/** The tip's history, oldest first: who did what and when. */
export function HistoryPanel({ events }: { events: TipEvent[] }) {
  return (
    <section className="panel" aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      {events.length === 0 ? <p className="muted">Nothing recorded yet.</p> : null}
      <ol className="tip-history">
        {events.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: events only ever grow at the end
          <li key={i}>
            <span className="nowrap">{formatDateTime(e.at)}</span> —{' '}
            {e.detail || wordFor(EVENT_KINDS, e.kind)}
            {e.by ? ` (${e.by})` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
