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
import { formatDay, inspectionPath, kindWords, STATUSES } from './labels.ts';
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
  const load = useLoad<Inspection>(`/api/monitoring/inspections/${encodeURIComponent(id)}`);
  const close = useSubmit();
  const i = load.data;
  if (!i) {
    return (
      <>
        <PageHeading>Labour inspection</PageHeading>
        <ErrorMessage
          message={load.errorStatus === 404 ? 'No such inspection in your agency.' : load.error}
        />
        {load.loading ? <p className="muted">Loading the inspection…</p> : null}
        <p>
          <a href={href('/monitoring')}>Back to monitoring</a>
        </p>
      </>
    );
  }
  const canWrite = me.permissions.includes('monitoring.write') && i.status !== 'closed';
  const props: SectionProps = { inspection: i, reload: load.reload, canWrite, me };
  return (
    <div className="inspection-page stack">
      <PageHeading>
        Inspection {i.ref}: {i.workplace.name}
      </PageHeading>
      <p className="lead">
        {kindWords(i.kind)}, <strong>{STATUSES[i.status]?.toLowerCase()}</strong>
        {i.visitedOn ? `, visited ${formatDay(i.visitedOn)}` : `, planned for ${formatDay(i.plannedOn)}`}
        {i.follows ? (
          <>
            {' '}
            — follows <a href={href(inspectionPath(i.follows.id))}>{i.follows.ref}</a>
          </>
        ) : null}
        . <a href={href('/monitoring')}>All inspections</a>
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
          <h2 id="insp-close-h">Close the inspection</h2>
          <p className="hint">
            Once closed, nothing more is recorded on it; a follow-up visit is a new inspection.
          </p>
          <ErrorMessage message={close.error} />
          <ConfirmButton
            label="Close the inspection"
            question={`Close ${i.ref}? Nothing more can be recorded on it.`}
            confirmLabel="Yes, close it"
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
