import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { KeepCaseOnPhone, OfflineCaseNotice } from './CaseOnPhone.tsx';
import { CaseQueue } from './CaseQueue.tsx';
import { CaseSummary } from './CaseSummary.tsx';
import { ChildPanel } from './ChildPanel.tsx';
import { CompensationPanel } from './CompensationPanel.tsx';
import { ConsentPanel } from './ConsentPanel.tsx';
import { IdentityPanel } from './IdentityPanel.tsx';
import { NeedsPanel } from './NeedsPanel.tsx';
import { ReintegrationPanel, RetraffickingFlag } from './ReintegrationPanel.tsx';
import { ServicesPanel } from './ServicesPanel.tsx';
import { StaysPanel } from './StaysPanel.tsx';
import { TransfersPanel } from './TransfersPanel.tsx';
import { useCase } from './useCase.ts';
import { VictimStatusPanel } from './VictimStatusPanel.tsx';
import { WitnessPanel } from './WitnessPanel.tsx';

/**
 * `#/protection/<id>`: a protection case under the person's pseudonym — its caseworker, the needs, the services
 * the person chose, their word on the status of victim, what they agreed to share, and their shelter stays.
 * Without a connection it opens from the caseworker's field kit (`offline`: from the offline opening) with only
 * what is recorded there: the needs and the services' steps; the rest waits for a connection.
 */
export function CasePage({ id, me, offline = false }: { id: string; me: Me; offline?: boolean }) {
  const { t } = useTranslation('protection');
  const cs = useCase(id, me);
  const reload = () => void cs.reload();
  const canWrite = me.permissions.includes('protection.write');
  const record = cs.kitOpen ? cs.record : undefined;
  if (cs.kept) {
    const k = cs.kept.page;
    const editable = canWrite && k.status === 'open' && k.owner?.id === me.user.id;
    const props = { editable, language: k.language ?? 'th', onChanged: reload, record };
    return (
      <>
        {offline ? null : (
          <p className="breadcrumb">
            <a href="#/protection">{t('page.title')}</a>
          </p>
        )}
        <PageHeading>{k.pseudonym}</PageHeading>
        <OfflineCaseNotice keptAt={cs.kept.keptAt} />
        <CaseQueue outbox={cs.outbox} />
        <NeedsPanel c={k} {...props} />
        <ServicesPanel c={k} {...props} queue={cs.outbox.queue} />
      </>
    );
  }
  const c = cs.page;
  if (!c) {
    return (
      <>
        <PageHeading>{t('case.title')}</PageHeading>
        <ErrorMessage message={cs.error} />
        {cs.error ? null : <p className="muted">{t('case.loading')}</p>}
        {offline ? null : (
          <p>
            <a href="#/protection">{t('case.back')}</a>
          </p>
        )}
      </>
    );
  }
  const editable = canWrite && c.status === 'open' && c.owner?.id === me.user.id;
  const language = c.language ?? 'th';
  const props = { c, editable, language, onChanged: reload };
  return (
    <>
      <p className="breadcrumb">
        <a href="#/protection">{t('page.title')}</a>
      </p>
      <PageHeading>{c.pseudonym}</PageHeading>
      <p className="lead">{t('case.lead')}</p>
      {editable ? <KeepCaseOnPhone me={me} /> : null}
      <CaseQueue outbox={cs.outbox} />
      <RetraffickingFlag c={c} />
      <CaseSummary
        c={c}
        me={me}
        canTake={canWrite && c.status === 'open' && !editable}
        canOpenScreening={me.permissions.includes('screening.read')}
        onChanged={reload}
      />
      <NeedsPanel {...props} record={record} />
      <ServicesPanel {...props} record={record} queue={cs.outbox.queue} />
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
