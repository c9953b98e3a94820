import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { href } from '../../router.ts';
import type { Me } from '../../types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { RoutingPanel } from '../RoutingPanel.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { FollowUpsSection } from './FollowUpsSection.tsx';
import { IndependenceSection } from './IndependenceSection.tsx';
import { InterviewsSection } from './InterviewsSection.tsx';
import { formatDay, inspectionPath, kindWords, statusWord } from './labels.ts';
import { OutcomesSection } from './OutcomesSection.tsx';
import type { Inspection } from './types.ts';
import { VisitSection } from './VisitSection.tsx';
import { WorkplaceSection } from './WorkplaceSection.tsx';
import './inspections.css';

export interface SectionProps {
  inspection: Inspection;
  reload: () => void;
  canWrite: boolean;
  me: Me;
}

/** `#/monitoring/inspections/<id>`: one inspection in sections, each saved on its own. */
export function InspectionPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('monitoring');
  const load = useLoad<Inspection>(`/api/monitoring/inspections/${encodeURIComponent(id)}`);
  const close = useSubmit();
  const i = load.data;
  if (!i) {
    return (
      <>
        <PageHeading>{t('inspections.page.heading')}</PageHeading>
        <ErrorMessage message={load.errorStatus === 404 ? t('inspections.page.notFound') : load.error} />
        {load.loading ? <p className="muted">{t('inspections.page.loading')}</p> : null}
        <p>
          <a href={href('/monitoring')}>{t('inspections.page.back')}</a>
        </p>
      </>
    );
  }
  const canWrite = me.permissions.includes('monitoring.write') && i.status !== 'closed';
  const props: SectionProps = { inspection: i, reload: load.reload, canWrite, me };
  return (
    <div className="inspection-page stack">
      <PageHeading>{t('inspections.page.title', { ref: i.ref, name: i.workplace.name })}</PageHeading>
      <p className="lead">
        <Trans
          t={t}
          i18nKey={
            i.visitedOn
              ? i.follows
                ? 'inspections.page.leadVisitedFollows'
                : 'inspections.page.leadVisited'
              : i.follows
                ? 'inspections.page.leadPlannedFollows'
                : 'inspections.page.leadPlanned'
          }
          values={{
            kind: kindWords(i.kind),
            status: statusWord(i.status).toLowerCase(),
            day: formatDay(i.visitedOn ?? i.plannedOn),
            ref: i.follows?.ref ?? '',
          }}
          components={{
            1: <strong />,
            2: <a href={i.follows ? href(inspectionPath(i.follows.id)) : undefined}>{i.follows?.ref}</a>,
            3: <a href={href('/monitoring')}>/monitoring</a>,
          }}
        />
      </p>
      <WorkplaceSection {...props} />
      <IndependenceSection {...props} />
      <VisitSection {...props} />
      {i.status !== 'planned' ? (
        <>
          <InterviewsSection {...props} />
          <FindingsSection {...props} />
          <OutcomesSection {...props} />
          {me.permissions.includes('monitoring.triage') ? (
            <RoutingPanel
              basePath={`/api/monitoring/inspections/${encodeURIComponent(i.id)}`}
              item="inspection"
              ownAgencyId={me.agency.id}
              canRoute
              onChanged={load.reload}
            />
          ) : null}
          <FollowUpsSection {...props} />
        </>
      ) : null}
      {i.status === 'visited' && me.permissions.includes('monitoring.write') ? (
        <section className="panel" aria-labelledby="insp-close-h">
          <h2 id="insp-close-h">{t('inspections.close.title')}</h2>
          <p className="hint">{t('inspections.close.hint')}</p>
          <ErrorMessage message={close.error} />
          <ConfirmButton
            label={t('inspections.close.title')}
            question={t('inspections.close.question', { ref: i.ref })}
            confirmLabel={t('shared.yesClose')}
            busy={close.busy}
            onConfirm={close.handle(async () => {
              await api.post(`/api/monitoring/inspections/${i.id}/close`);
              load.reload();
            })}
          />
        </section>
      ) : null}
    </div>
  );
}
