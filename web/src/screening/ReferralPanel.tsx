import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { ReferralForm } from './ReferralForm.tsx';
import { ReferralList } from './ReferralList.tsx';
import type { Providers, Referral, Screening } from './types.ts';

interface Props {
  screening: Screening;
  canWrite: boolean;
  child: boolean;
  onReferral: (r: Referral) => void;
}

/** Referrals to services: each one only with the person's consent, sharing only what they agreed to. */
export function ReferralPanel({ screening, canWrite, child, onReferral }: Props) {
  const { t } = useTranslation('screening');
  const providers = useLoad<Providers>(canWrite ? '/api/service-providers' : null);
  return (
    <section className="panel" aria-labelledby="referrals-h">
      <h2 id="referrals-h">{t('referralPanel.heading')}</h2>
      <p className="hint">{t('referralPanel.hint')}</p>
      <ReferralList referrals={screening.referrals} canWrite={canWrite} onUpdated={onReferral} />
      {canWrite ? (
        <>
          <ErrorMessage message={providers.error} />
          {providers.data ? (
            <ReferralForm
              screeningId={screening.id}
              providers={providers.data.providers}
              language={screening.language}
              sex={screening.sex ?? null}
              child={child}
              onReferred={onReferral}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
