import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { CaseTable } from './CaseTable.tsx';
import { FollowUpsDue } from './FollowUpsDue.tsx';
import { ReferralInbox } from './ReferralInbox.tsx';
import { StayWarnings } from './StayWarnings.tsx';
import { TransferInbox } from './TransferInbox.tsx';
import type { ProtectionCase } from './types.ts';

/** `#/protection`: the agency's protection cases, each opened from a presumed victim's screening. */
export function ProtectionPage({ me }: { me: Me }) {
  const { t } = useTranslation('protection');
  const list = useLoad<{ cases: ProtectionCase[] }>('/api/protection/cases');
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <ReferralInbox canAnswer={me.permissions.includes('protection.write')} />
      <TransferInbox canAnswer={me.permissions.includes('protection.write')} />
      <FollowUpsDue />
      <StayWarnings cases={list.data?.cases ?? []} />
      <section className="panel" aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('page.casesOf', { agency: me.agency.name })}</h2>
        <ErrorMessage message={list.error} />
        {list.data ? (
          <CaseTable cases={list.data.cases} canOpenScreenings={me.permissions.includes('screening.read')} />
        ) : null}
        {list.loading && !list.data ? <p className="muted">{t('page.loading')}</p> : null}
      </section>
    </>
  );
}
