import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { href } from '../../router.ts';
import type { Me } from '../../types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatClock } from '../../ui/datetime.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { RoutingPanel } from '../RoutingPanel.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { FollowUpsSection } from './FollowUpsSection.tsx';
import { IndependenceSection } from './IndependenceSection.tsx';
import { InspectionQueue } from './InspectionQueue.tsx';
import { InterviewsSection } from './InterviewsSection.tsx';
import { KeepInspectionOnPhone } from './KeepInspectionOnPhone.tsx';
import { formatDay, inspectionPath, kindWords, statusWord } from './labels.ts';
import { OutcomesSection } from './OutcomesSection.tsx';
import type { Inspection } from './types.ts';
import { type Recorded, useInspection } from './useInspection.ts';
import type { Recording } from './useInspectionOutbox.ts';
import { VisitSection } from './VisitSection.tsx';
import { WorkplaceSection } from './WorkplaceSection.tsx';
import './inspections.css';

export interface SectionProps {
  inspection: Inspection;
  reload: () => void;
  canWrite: boolean;
  me: Me;
  /** The visit, an interview, the findings: sent, or kept in the field kit's outbox without a connection. */
  record: (r: Recording) => Promise<Recorded>;
  /** Opened from the field kit without a connection: only what is kept offline may be recorded. */
  offline: boolean;
}

/**
 * `#/monitoring/inspections/<id>`: one inspection in sections, each saved on its own. Without a connection it
 * opens from the field kit (`offline`: opened from the offline opening, which has no list to go back to); the
 * visit, interviews and findings are then recorded on the phone, the rest waits for a connection.
 */
export function InspectionPage({ id, me, offline = false }: { id: string; me: Me; offline?: boolean }) {
  const { t } = useTranslation('monitoring');
  const state = useInspection(id, me);
  const reload = () => void state.reload();
  const close = useSubmit();
  const i = state.inspection;
  if (!i) {
    return (
      <>
        <PageHeading>{t('inspections.page.heading')}</PageHeading>
        <ErrorMessage
          message={
            state.error?.status === 404 ? t('inspections.page.notFound') : (state.error?.message ?? null)
          }
        />
        {state.error ? null : <p className="muted">{t('inspections.page.loading')}</p>}
        {offline ? null : (
          <p>
            <a href={href('/monitoring')}>{t('inspections.page.back')}</a>
          </p>
        )}
      </>
    );
  }
  const fromKit = state.kept;
  const mayWrite = me.permissions.includes('monitoring.write') && i.status !== 'closed';
  const props: SectionProps = {
    inspection: i,
    reload,
    canWrite: mayWrite,
    me,
    record: state.record,
    offline: fromKit !== null,
  };
  // Without a connection: statements, the workplace, outcomes and follow-ups are read, not changed.
  const connectedOnly: SectionProps = { ...props, canWrite: mayWrite && !fromKit };
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
      {fromKit ? (
        <div className="notice notice-info">
          <p>{t('inspections.kit.offline', { time: formatClock(fromKit.keptAt) })}</p>
          <p>{t('inspections.kit.connectedOnly')}</p>
        </div>
      ) : null}
      {mayWrite && !fromKit && i.inspectors.some((x) => x.id === me.user.id && x.removedAt === null) ? (
        <KeepInspectionOnPhone me={me} />
      ) : null}
      <InspectionQueue outbox={state.outbox} inspection={i} />
      <WorkplaceSection {...connectedOnly} />
      <IndependenceSection {...connectedOnly} />
      <VisitSection {...props} />
      {i.status !== 'planned' ? (
        <>
          <InterviewsSection {...props} />
          <FindingsSection key={state.outbox.settled} {...props} />
          <OutcomesSection {...connectedOnly} />
          {me.permissions.includes('monitoring.triage') && !fromKit ? (
            <RoutingPanel
              basePath={`/api/monitoring/inspections/${encodeURIComponent(i.id)}`}
              item="inspection"
              ownAgencyId={me.agency.id}
              canRoute
              onChanged={reload}
            />
          ) : null}
          <FollowUpsSection {...connectedOnly} />
        </>
      ) : null}
      {i.status === 'visited' && me.permissions.includes('monitoring.write') && !fromKit ? (
        <section className="panel" aria-labelledby="insp-close-h">
          <h2 id="insp-close-h">{t('inspections.close.title')}</h2>
          <p className="hint">{t('inspections.close.hint')}</p>
          {state.outbox.queue.length > 0 ? (
            <p className="hint">{t('inspections.kit.closeAfterSent')}</p>
          ) : null}
          <ErrorMessage message={close.error} />
          <ConfirmButton
            label={t('inspections.close.title')}
            question={t('inspections.close.question', { ref: i.ref })}
            confirmLabel={t('shared.yesClose')}
            busy={close.busy || state.outbox.queue.length > 0}
            onConfirm={close.handle(async () => {
              await api.post(`/api/monitoring/inspections/${i.id}/close`);
              await state.reload();
            })}
          />
        </section>
      ) : null}
    </div>
  );
}
