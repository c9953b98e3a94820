import { href } from '../../router.ts';
import type { Me } from '../../types.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { InterestsPanel } from './InterestsPanel.tsx';
import { formatDay, inspectionPath, kindWords, STATUSES } from './labels.ts';
import { PlanForm } from './PlanForm.tsx';
import type { InspectionList, InspectionRow } from './types.ts';
import './inspections.css';

function Row({ i }: { i: InspectionRow }) {
  return (
    <li className="inspection-row">
      <a href={href(inspectionPath(i.id))} className="inspection-link">
        <strong>{i.ref}</strong> — {i.workplace}
      </a>
      <span className="sub">
        {kindWords(i.kind)}, {i.sector};{' '}
        {i.visitedOn ? `visited ${formatDay(i.visitedOn)}` : `planned for ${formatDay(i.plannedOn)}`}
        {i.follows?.ref ? `; follows ${i.follows.ref}` : ''}
      </span>
    </li>
  );
}

/** The agency's labour inspections by status, the orders due a follow-up visit, planning one, and your interests. */
export function InspectionsPanel({ me }: { me: Me }) {
  const list = useLoad<InspectionList>('/api/monitoring/inspections');
  const canWrite = me.permissions.includes('monitoring.write');
  const rows = list.data?.inspections ?? [];
  const due = list.data?.followUpsDue ?? [];
  return (
    <div className="stack inspections">
      <section className="panel" aria-labelledby="insp-due-h">
        <h2 id="insp-due-h">Follow-up visits due</h2>
        <ErrorMessage message={list.error} />
        {list.data && due.length === 0 ? (
          <p className="muted">No improvement order has reached its deadline without a follow-up visit.</p>
        ) : null}
        {due.length > 0 ? (
          <ul className="inspection-list" aria-label="Follow-up visits due, oldest deadline first">
            {due.map((d) => (
              <li key={d.outcomeId} className="inspection-row">
                <a href={href(inspectionPath(d.inspectionId))} className="inspection-link">
                  <strong>{d.ref}</strong> — {d.workplace}
                </a>
                <span className="sub">
                  Improvement order due {formatDay(d.deadline)};{' '}
                  {d.plannedFollowUp
                    ? `follow-up ${d.plannedFollowUp.ref} planned, not yet visited`
                    : 'no follow-up visit planned'}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {(['planned', 'visited', 'closed'] as const).map((status) => {
        const mine = rows.filter((r) => r.status === status);
        return (
          <section key={status} className="panel" aria-labelledby={`insp-${status}-h`}>
            <h2 id={`insp-${status}-h`}>
              {STATUSES[status]} inspections ({mine.length})
            </h2>
            {list.loading && !list.data ? <p className="muted">Loading the inspections…</p> : null}
            {list.data && mine.length === 0 ? <p className="muted">None.</p> : null}
            {mine.length > 0 ? (
              <ul className="inspection-list">
                {mine.map((i) => (
                  <Row key={i.id} i={i} />
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
      {canWrite ? (
        <section className="panel" aria-labelledby="insp-plan-h">
          <h2 id="insp-plan-h">Plan an inspection</h2>
          <PlanForm />
        </section>
      ) : null}
      {canWrite ? <InterestsPanel /> : null}
    </div>
  );
}
