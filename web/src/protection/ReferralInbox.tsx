import type { ParseKeys, TFunction } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import { exploitationOptions, languageOptions, wordFor } from '../screening/labels.ts';
import { formatDate, formatNumber } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import type { InboxReferral, ReferralAnswerBody, ReferralInboxReply } from './types.ts';

type T = TFunction<'protection'>;

/** A referral's status in words, from the provider's side: `sent` is waiting for their answer. */
const statusWords = (t: T, status: string): string =>
  t(`codes.referralStatus.${status}` as ParseKeys<'protection'>, { defaultValue: status });

/** What the person agreed to share, in words; what they did not share is not shown at all. */
function shared(t: T, r: InboxReferral): string {
  const parts: string[] = [];
  if (r.pseudonym) parts.push(r.pseudonym);
  if (r.age) {
    const years = r.age.years === null ? null : formatNumber(r.age.years);
    parts.push(
      years === null
        ? t('referrals.ageUnknown')
        : r.age.doubtful
          ? t('referrals.ageDoubted', { age: years })
          : years,
    );
  }
  if (r.language) parts.push(t('referrals.speaks', { language: wordFor(languageOptions(), r.language) }));
  if (r.exploitation) parts.push(wordFor(exploitationOptions(), r.exploitation));
  return parts.length > 0 ? parts.join(' · ') : t('referrals.nothingShared');
}

/**
 * Referrals sent to the agency's own services: what the person agreed to share, and the provider's answer. Shown
 * only when there are some; answering needs protection.write.
 */
export function ReferralInbox({ canAnswer }: { canAnswer: boolean }) {
  const { t } = useTranslation('protection');
  const inbox = useLoad<ReferralInboxReply>('/api/protection/referrals/inbox');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = async (r: InboxReferral, decision: ReferralAnswerBody['decision']) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await api.post(`/api/protection/referrals/${encodeURIComponent(r.id)}/answer`, {
        decision,
      } satisfies ReferralAnswerBody);
      setDone(
        decision === 'accepted'
          ? t('referrals.accepted', { provider: r.provider })
          : t('referrals.declined', { provider: r.provider }),
      );
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
      <h2 id="inbox-heading">{t('referrals.title')}</h2>
      <ErrorMessage message={inbox.error ?? error} />
      <StatusMessage message={done} tone="success" />
      <ul>
        {referrals.map((r) => (
          <li key={r.id} aria-label={t('referrals.label', { provider: r.provider, agency: r.fromAgency })}>
            <p>
              <Trans
                t={t}
                i18nKey="referrals.item"
                values={{
                  provider: r.provider,
                  agency: r.fromAgency,
                  when: formatDate(r.sentAt),
                  status: statusWords(t, r.status),
                }}
                components={{ 1: <strong /> }}
              />
            </p>
            <p>{shared(t, r)}</p>
            {canAnswer && r.status === 'sent' ? (
              <p>
                <button type="button" disabled={busy} onClick={() => void answer(r, 'accepted')}>
                  {t('referrals.accept')}
                </button>{' '}
                <button type="button" disabled={busy} onClick={() => void answer(r, 'declined')}>
                  {t('referrals.decline')}
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
