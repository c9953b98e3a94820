import { Fragment, useState } from 'react';
import { api, messageOf } from '../api.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { formatDay } from './labels.ts';
import { countryName, sharedWords, TRANSFER_KINDS } from './transfer-labels.ts';
import type { InboxTransfer } from './transfer-types.ts';

const STATUS_WORDS: Record<string, string> = {
  sent: 'Waiting for your answer',
  accepted: 'Accepted: a case is open here',
  declined: 'Declined',
  completed: 'Completed: the person arrived',
};

/**
 * Transfers and referrals for return sent to the agency, each with only what the person agreed to share (read
 * from the sending case now); accepting opens the agency's own case. Shown only when there are some; answering
 * needs protection.write.
 */
export function TransferInbox({ canAnswer }: { canAnswer: boolean }) {
  const inbox = useLoad<{ transfers: InboxTransfer[] }>('/api/protection/transfers/inbox');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = async (t: InboxTransfer, decision: 'accepted' | 'declined') => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await api.post(`/api/protection/transfers/${encodeURIComponent(t.id)}/answer`, { decision });
      setDone(
        decision === 'accepted'
          ? `Transfer from ${t.fromAgency} accepted: its case is open in your agency.`
          : `Transfer from ${t.fromAgency} declined.`,
      );
      inbox.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const transfers = inbox.data?.transfers ?? [];
  if (transfers.length === 0 && !inbox.error) return null;
  return (
    <section className="panel" aria-labelledby="transfer-inbox-h">
      <h2 id="transfer-inbox-h">Transfers to your agency</h2>
      <ErrorMessage message={inbox.error ?? error} />
      <StatusMessage message={done} tone="success" />
      <ul className="stack">
        {transfers.map((t) => {
          const kind = wordFor(TRANSFER_KINDS, t.kind);
          const shared = sharedWords(t);
          return (
            <li key={t.id} aria-label={`${kind} from ${t.fromAgency}`}>
              <p>
                <strong>{kind}</strong> — from {t.fromAgency}, {formatDate(t.sentAt)}
                {t.country ? `, to ${countryName(t.country)}` : ''}. {STATUS_WORDS[t.status] ?? t.status}
                {t.completedOn ? ` on ${formatDay(t.completedOn)}` : ''}.
              </p>
              {t.status === 'declined' ? null : shared.length === 0 ? (
                <p className="muted">Nothing shared beyond the transfer itself.</p>
              ) : (
                <dl className="facts">
                  {shared.map(([k, v]) => (
                    <Fragment key={k}>
                      <dt>{k}</dt>
                      <dd>{v}</dd>
                    </Fragment>
                  ))}
                </dl>
              )}
              {t.caseId ? (
                <p>
                  <a href={href(`/protection/${encodeURIComponent(t.caseId)}`)}>
                    Open its case in your agency
                  </a>
                </p>
              ) : null}
              {canAnswer && t.status === 'sent' ? (
                <p className="actions">
                  <button
                    type="button"
                    className="button small primary"
                    disabled={busy}
                    onClick={() => void answer(t, 'accepted')}
                  >
                    Accept the transfer
                  </button>
                  <button
                    type="button"
                    className="button small"
                    disabled={busy}
                    onClick={() => void answer(t, 'declined')}
                  >
                    Decline the transfer
                  </button>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
