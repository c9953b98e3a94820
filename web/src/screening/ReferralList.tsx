import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { SelectField } from './controls.tsx';
import {
  providerKindOptions,
  REFERRAL_STATUSES,
  referralStatusOptions,
  shareItemOptions,
  wordFor,
} from './labels.ts';
import type { Referral, ReferralStatus, ReferralStatusBody } from './types.ts';

interface Props {
  referrals: Referral[];
  canWrite: boolean;
  onUpdated: (r: Referral) => void;
}

export function ReferralList({ referrals, canWrite, onUpdated }: Props) {
  const { t } = useTranslation('screening');
  if (referrals.length === 0) return <p className="muted">{t('referralList.empty')}</p>;
  return (
    <ul className="referrals">
      {referrals.map((r) => (
        <ReferralItem key={r.id} referral={r} canWrite={canWrite} onUpdated={onUpdated} />
      ))}
    </ul>
  );
}

/** The statuses a referral may be moved to (it is sent when made). */
const settable = () => referralStatusOptions().filter(([code]) => code !== 'sent');

function ReferralItem({
  referral: r,
  canWrite,
  onUpdated,
}: { referral: Referral } & Omit<Props, 'referrals'>) {
  const { t } = useTranslation('screening');
  const headingId = useId();
  const [next, setNext] = useState<ReferralStatus>(
    REFERRAL_STATUSES.find((s) => s !== 'sent' && s === r.status) ?? 'accepted',
  );
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const update = handle(async () => {
    setDone(null);
    const updated = await api.patch<Referral>(`/api/referrals/${encodeURIComponent(r.id)}`, {
      status: next,
    } satisfies ReferralStatusBody);
    onUpdated(updated);
    setDone(t('referralList.statusUpdated', { status: wordFor(referralStatusOptions(), updated.status) }));
  });
  return (
    <li className="referral" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {r.providerName}{' '}
        <span className="muted">
          {t('referralList.kind', { kind: wordFor(providerKindOptions(), r.kind) })}
        </span>
      </h3>
      <p>
        <Trans
          t={t}
          i18nKey="referralList.status"
          values={{ status: wordFor(referralStatusOptions(), r.status) }}
          components={{ 1: <strong className="referral-status" /> }}
        />
      </p>
      <p>
        {r.sharedItems.length
          ? t('referralList.shared', {
              items: r.sharedItems
                .map((i) => wordFor(shareItemOptions(), i).toLowerCase())
                .join(t('referralList.itemSeparator')),
            })
          : t('referralList.sharedNothing')}
      </p>
      <p className="muted small">
        {t('referralList.consentRecorded', { date: formatDateTime(r.consentRecordedAt) })}
      </p>
      {canWrite ? (
        <form className="status-form" onSubmit={update} noValidate>
          <SelectField
            label={t('referralList.newStatus', { name: r.providerName })}
            value={next}
            onChange={(v) => setNext(v as ReferralStatus)}
            options={settable()}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('referralList.update')}
          </button>
        </form>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </li>
  );
}
