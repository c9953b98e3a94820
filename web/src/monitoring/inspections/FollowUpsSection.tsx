import { useState } from 'react';
import { api } from '../../api.ts';
import { href, navigate } from '../../router.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { SectionProps } from './InspectionPage.tsx';
import { formatDay, inspectionPath, STATUSES } from './labels.ts';

/** The follow-up visits of this inspection, and planning one (the workplace is taken from this inspection). */
export function FollowUpsSection({ inspection: i, me }: SectionProps) {
  const orders = i.outcomes.filter((o) => o.kind === 'improvement_order' && o.deadline);
  const [plannedOn, setPlannedOn] = useState(orders[0]?.deadline ?? '');
  const { busy, error, setError, handle } = useSubmit();
  const plan = handle(async () => {
    if (!plannedOn) return setError('Choose the day of the follow-up visit.');
    const r = await api.post<{ id: string }>('/api/monitoring/inspections', {
      kind: 'follow_up',
      followsId: i.id,
      plannedOn,
    });
    navigate(inspectionPath(r.id));
  });
  return (
    <section className="panel" aria-labelledby="insp-followups-h">
      <h2 id="insp-followups-h">Follow-up visits</h2>
      {orders.map((o) => (
        <p key={o.id}>Improvement order to comply by {formatDay(o.deadline as string)}.</p>
      ))}
      {i.followUps.length === 0 ? <p className="muted">No follow-up visit planned.</p> : null}
      {i.followUps.length > 0 ? (
        <ul className="inspection-list">
          {i.followUps.map((f) => (
            <li key={f.id} className="inspection-row">
              <a href={href(inspectionPath(f.id))} className="inspection-link">
                {f.ref}
              </a>
              <span className="sub">
                {STATUSES[f.status]}
                {f.visitedOn
                  ? `, visited ${formatDay(f.visitedOn)}`
                  : `, planned for ${formatDay(f.plannedOn)}`}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {me.permissions.includes('monitoring.write') ? (
        <form className="stack" onSubmit={plan} noValidate aria-label="Plan a follow-up visit">
          <Field label="Day of the follow-up visit" type="date" value={plannedOn} onChange={setPlannedOn} />
          <ErrorMessage message={error} />
          <div>
            <button type="submit" className="button" disabled={busy}>
              Plan a follow-up visit
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
