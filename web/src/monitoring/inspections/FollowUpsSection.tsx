import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { href, navigate } from '../../router.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { SectionProps } from './InspectionPage.tsx';
import { formatDay, inspectionPath, statusWord } from './labels.ts';
import type { InspectionCreated, PlanBody } from './types.ts';

/** The follow-up visits of this inspection, and planning one (the workplace is taken from this inspection). */
export function FollowUpsSection({ inspection: i, me }: SectionProps) {
  const { t } = useTranslation('monitoring');
  const orders = i.outcomes.filter((o) => o.kind === 'improvement_order' && o.deadline);
  const [plannedOn, setPlannedOn] = useState(orders[0]?.deadline ?? '');
  const { busy, error, setError, handle } = useSubmit();
  const plan = handle(async () => {
    if (!plannedOn) return setError(t('inspections.followUps.noDay'));
    const r = await api.post<InspectionCreated>('/api/monitoring/inspections', {
      kind: 'follow_up',
      followsId: i.id,
      plannedOn,
    } satisfies PlanBody);
    navigate(inspectionPath(r.id));
  });
  return (
    <section className="panel" aria-labelledby="insp-followups-h">
      <h2 id="insp-followups-h">{t('inspections.followUps.title')}</h2>
      {orders.map((o) => (
        <p key={o.id}>{t('inspections.followUps.order', { day: formatDay(o.deadline as string) })}</p>
      ))}
      {i.followUps.length === 0 ? <p className="muted">{t('inspections.followUps.none')}</p> : null}
      {i.followUps.length > 0 ? (
        <ul className="inspection-list">
          {i.followUps.map((f) => (
            <li key={f.id} className="inspection-row">
              <a href={href(inspectionPath(f.id))} className="inspection-link">
                {f.ref}
              </a>
              <span className="sub">
                {f.visitedOn
                  ? t('inspections.followUps.visited', {
                      status: statusWord(f.status),
                      day: formatDay(f.visitedOn),
                    })
                  : t('inspections.followUps.planned', {
                      status: statusWord(f.status),
                      day: formatDay(f.plannedOn),
                    })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {me.permissions.includes('monitoring.write') ? (
        <form className="stack" onSubmit={plan} noValidate aria-label={t('inspections.followUps.plan')}>
          <Field
            label={t('inspections.followUps.day')}
            type="date"
            value={plannedOn}
            onChange={setPlannedOn}
          />
          <ErrorMessage message={error} />
          <div>
            <button type="submit" className="button" disabled={busy}>
              {t('inspections.followUps.plan')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
