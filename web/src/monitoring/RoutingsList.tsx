import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ROUTING_STATUSES } from './labels.ts';

interface RoutingView {
  toAgencyName: string;
  sentAt?: string;
  status: string;
  receivedAt: string | null;
  feedback: string;
  feedbackAt: string | null;
}

/** Where a tip or an inspection's findings were routed and what became of it, as far as the receiving agency tells. */
export function RoutingsList({
  routings,
  label,
  empty = 'Not routed to any agency yet.',
}: {
  routings: RoutingView[];
  label: string;
  /** What is said when it went nowhere yet. */
  empty?: string;
}) {
  if (routings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="tip-routings" aria-label={label}>
      {routings.map((r) => (
        <li key={r.toAgencyName}>
          <strong>{r.toAgencyName}</strong>: {wordFor(ROUTING_STATUSES, r.status)}
          {r.sentAt ? `. Sent ${formatDateTime(r.sentAt)}` : ''}
          {r.receivedAt ? `, received ${formatDateTime(r.receivedAt)}` : ''}.
          {r.feedback ? (
            <p className="tip-feedback">
              Their word{r.feedbackAt ? ` (${formatDateTime(r.feedbackAt)})` : ''}: {r.feedback}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
