import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { DangerBadge } from './DangerBadge.tsx';
import { InboxItemActions } from './InboxItemActions.tsx';
import { CHILDREN_SHORT, KINDS, ROUTING_STATUSES, tipPath } from './labels.ts';
import type { InboxItem } from './types.ts';
import { useReloadWhenShown } from './useReloadWhenShown.ts';

/** What other agencies routed to this one: receive each with a grading, then tell the sender what follows. */
export function Inbox({
  canReadIntel,
  keepsIntel,
  shown = true,
}: {
  canReadIntel: boolean;
  keepsIntel: boolean;
  shown?: boolean;
}) {
  const inbox = useLoad<{ items: InboxItem[] }>('/api/monitoring/inbox');
  useReloadWhenShown(shown, inbox.reload);
  const items = inbox.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="inbox-h">
      <h2 id="inbox-h">Routed to your agency</h2>
      <p className="hint">
        Tips and inspection findings other agencies sent you by the routing rules, with what the senders may
        not share taken out.
      </p>
      <ErrorMessage message={inbox.error} />
      {inbox.loading && !inbox.data ? <p className="muted">Loading…</p> : null}
      {inbox.data && items.length === 0 ? <p>Nothing has been routed to your agency.</p> : null}
      <ul className="tip-inbox">
        {items.map((i) => (
          <li
            key={i.routingId}
            aria-label={`${i.itemType === 'tip' ? 'Tip' : 'Inspection'} from ${i.fromAgencyName}`}
          >
            <p>
              <strong>{i.itemType === 'tip' ? 'Tip' : 'Inspection finding'}</strong> from {i.fromAgencyName},{' '}
              {formatDateTime(i.sentAt)} — {wordFor(ROUTING_STATUSES, i.status)}
            </p>
            <p>
              <DangerBadge danger={i.danger} /> {wordFor(KINDS, i.kind ?? 'unknown')},{' '}
              {wordFor(CHILDREN_SHORT, i.children ?? 'unknown').toLowerCase()}
            </p>
            <blockquote className="tip-text">{i.excerpt}</blockquote>
            {i.copyTipId ? (
              <p>
                <a href={href(tipPath(i.copyTipId))}>Open your copy of the tip</a>
              </p>
            ) : null}
            {i.feedback ? <p className="tip-feedback">You told the sender: {i.feedback}</p> : null}
            <InboxItemActions
              item={i}
              canReadIntel={canReadIntel}
              keepsIntel={keepsIntel}
              onChanged={inbox.reload}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
