import { useId, useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { SelectField } from './controls.tsx';
import { providerKindOptions, referralStatusOptions, shareItemOptions, wordFor } from './labels.ts';
import type { Referral } from './types.ts';

interface Props {
  referrals: Referral[];
  canWrite: boolean;
  onUpdated: (r: Referral) => void;
}

export function ReferralList({ referrals, canWrite, onUpdated }: Props) {
  if (referrals.length === 0) return <p className="muted">No referrals yet.</p>;
  return (
    <ul className="referrals">
      {referrals.map((r) => (
        <ReferralItem key={r.id} referral={r} canWrite={canWrite} onUpdated={onUpdated} />
      ))}
    </ul>
  );
}

const SETTABLE = referralStatusOptions().filter(([code]) => code !== 'sent');

function ReferralItem({
  referral: r,
  canWrite,
  onUpdated,
}: { referral: Referral } & Omit<Props, 'referrals'>) {
  const headingId = useId();
  const [next, setNext] = useState(SETTABLE.some(([c]) => c === r.status) ? r.status : 'accepted');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const update = handle(async () => {
    setDone(null);
    const updated = await api.patch<Referral>(`/api/referrals/${encodeURIComponent(r.id)}`, { status: next });
    onUpdated(updated);
    setDone(`Status updated: ${wordFor(referralStatusOptions(), updated.status)}.`);
  });
  return (
    <li className="referral" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {r.providerName} <span className="muted">({wordFor(providerKindOptions(), r.kind)})</span>
      </h3>
      <p>
        Status: <strong className="referral-status">{wordFor(referralStatusOptions(), r.status)}</strong>
      </p>
      <p>
        Shared:{' '}
        {r.sharedItems.length
          ? r.sharedItems.map((i) => wordFor(shareItemOptions(), i).toLowerCase()).join('; ')
          : 'nothing'}
        .
      </p>
      <p className="muted small">Consent recorded {formatDateTime(r.consentRecordedAt)}.</p>
      {canWrite ? (
        <form className="status-form" onSubmit={update} noValidate>
          <SelectField
            label={`New status of the referral to ${r.providerName}`}
            value={next}
            onChange={setNext}
            options={SETTABLE}
          />
          <button type="submit" className="button" disabled={busy}>
            Update status
          </button>
        </form>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </li>
  );
}
