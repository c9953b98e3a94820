import { useState } from 'react';
import { api, messageOf } from '../api.ts';
import { exploitationOptions, languageOptions, wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';

interface InboxReferral {
  id: string;
  status: string;
  provider: string;
  fromAgency: string;
  sentAt: string;
  sharedItems: string[];
  pseudonym: string | null;
  age: { years: number | null; doubtful: boolean } | null;
  language: string | null;
  exploitation: string | null;
}

const STATUS_WORDS: Record<string, string> = {
  sent: 'Waiting for your answer',
  accepted: 'Accepted',
  declined: 'Declined',
  in_service: 'In service',
  closed: 'Closed',
};

/** What the person agreed to share, in words; what they did not share is not shown at all. */
function shared(r: InboxReferral): string {
  const parts: string[] = [];
  if (r.pseudonym) parts.push(r.pseudonym);
  if (r.age)
    parts.push(r.age.years === null ? 'age unknown' : `${r.age.years}${r.age.doubtful ? ' (doubted)' : ''}`);
  if (r.language) parts.push(`speaks ${wordFor(languageOptions(), r.language)}`);
  if (r.exploitation) parts.push(wordFor(exploitationOptions(), r.exploitation));
  return parts.length > 0 ? parts.join(' · ') : 'Nothing shared beyond the referral itself';
}

/**
 * Referrals sent to the agency's own services: what the person agreed to share, and the provider's answer. Shown
 * only when there are some; answering needs protection.write.
 */
export function ReferralInbox({ canAnswer }: { canAnswer: boolean }) {
  const inbox = useLoad<{ referrals: InboxReferral[] }>('/api/protection/referrals/inbox');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = async (r: InboxReferral, decision: 'accepted' | 'declined') => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await api.post(`/api/protection/referrals/${encodeURIComponent(r.id)}/answer`, { decision });
      setDone(`Referral to ${r.provider} ${decision === 'accepted' ? 'accepted' : 'declined'}.`);
      inbox.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const referrals = inbox.data?.referrals ?? [];
  if (referrals.length === 0 && !inbox.error) return null;
  return (
    <section className="panel" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">Referrals to your services</h2>
      <ErrorMessage message={inbox.error ?? error} />
      <StatusMessage message={done} tone="success" />
      <ul>
        {referrals.map((r) => (
          <li key={r.id} aria-label={`Referral to ${r.provider} from ${r.fromAgency}`}>
            <p>
              <strong>{r.provider}</strong> — from {r.fromAgency}, {formatDate(r.sentAt)}.{' '}
              {STATUS_WORDS[r.status] ?? r.status}.
            </p>
            <p>{shared(r)}</p>
            {canAnswer && r.status === 'sent' ? (
              <p>
                <button type="button" disabled={busy} onClick={() => void answer(r, 'accepted')}>
                  Accept the referral
                </button>{' '}
                <button type="button" disabled={busy} onClick={() => void answer(r, 'declined')}>
                  Decline the referral
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
