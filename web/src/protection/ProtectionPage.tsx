import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { CaseTable } from './CaseTable.tsx';
import { FollowUpsDue } from './FollowUpsDue.tsx';
import { ReferralInbox } from './ReferralInbox.tsx';
import { StayWarnings } from './StayWarnings.tsx';
import { TransferInbox } from './TransferInbox.tsx';

/** `#/protection`: the agency's protection cases, each opened from a presumed victim's screening. */
export function ProtectionPage({ me }: { me: Me }) {
  const { t } = useTranslation('protection');
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <ReferralInbox canAnswer={me.permissions.includes('protection.write')} />
      <TransferInbox canAnswer={me.permissions.includes('protection.write')} />
      <FollowUpsDue />
      <StayWarnings />
      <section className="panel" aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('page.casesOf', { agency: me.agency.name })}</h2>
        <CaseTable canOpenScreenings={me.permissions.includes('screening.read')} />
      </section>
    </>
  );
}
