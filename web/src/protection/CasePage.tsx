import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { CaseSummary } from './CaseSummary.tsx';
import { ChildPanel } from './ChildPanel.tsx';
import { CompensationPanel } from './CompensationPanel.tsx';
import { ConsentPanel } from './ConsentPanel.tsx';
import type { CasePage as Case } from './case-types.ts';
import { IdentityPanel } from './IdentityPanel.tsx';
import { NeedsPanel } from './NeedsPanel.tsx';
import { ReintegrationPanel, RetraffickingFlag } from './ReintegrationPanel.tsx';
import { ServicesPanel } from './ServicesPanel.tsx';
import { StaysPanel } from './StaysPanel.tsx';
import { TransfersPanel } from './TransfersPanel.tsx';
import { casePath } from './useCaseAction.ts';
import { VictimStatusPanel } from './VictimStatusPanel.tsx';
import { WitnessPanel } from './WitnessPanel.tsx';

/**
 * `#/protection/<id>`: a protection case under the person's pseudonym — its caseworker, the needs, the services
 * the person chose, their word on the status of victim, what they agreed to share, and their shelter stays.
 */
export function CasePage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('protection');
  const page = useLoad<Case>(casePath(id));
  const c = page.data;
  if (!c) {
    return (
      <>
        <PageHeading>{t('case.title')}</PageHeading>
        <ErrorMessage message={page.error} />
        {page.error ? null : <p className="muted">{t('case.loading')}</p>}
        <p>
          <a href="#/protection">{t('case.back')}</a>
        </p>
      </>
    );
  }
  const canWrite = me.permissions.includes('protection.write');
  const editable = canWrite && c.status === 'open' && c.owner?.id === me.user.id;
  const language = c.language ?? 'th';
  const props = { c, editable, language, onChanged: page.reload };
  return (
    <>
      <p className="breadcrumb">
        <a href="#/protection">{t('page.title')}</a>
      </p>
      <PageHeading>{c.pseudonym}</PageHeading>
      <p className="lead">{t('case.lead')}</p>
      <RetraffickingFlag c={c} />
      <CaseSummary
        c={c}
        me={me}
        canTake={canWrite && c.status === 'open' && !editable}
        canOpenScreening={me.permissions.includes('screening.read')}
        onChanged={page.reload}
      />
      <NeedsPanel {...props} />
      <ServicesPanel {...props} />
      <VictimStatusPanel {...props} />
      <ConsentPanel {...props} ownAgencyId={me.agency.id} />
      <StaysPanel {...props} />
      <IdentityPanel {...props} />
      {c.child ? <ChildPanel {...props} me={me} /> : null}
      <WitnessPanel {...props} />
      <CompensationPanel {...props} />
      <TransfersPanel {...props} />
      <ReintegrationPanel {...props} />
    </>
  );
}
