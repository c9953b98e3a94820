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

/** Where a tip was routed and what became of it, as far as the receiving agency tells. */
export function RoutingsList({ routings, label }: { routings: RoutingView[]; label: string }) {
  if (routings.length === 0) return <p className="muted">Not routed to any agency yet.</p>;
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
