import { useTranslation } from 'react-i18next';
import { INSPECTION_STATUSES } from '../../../../src/monitoring/inspection-catalogue.ts';
import { href } from '../../router.ts';
import type { Me } from '../../types.ts';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { InterestsPanel } from './InterestsPanel.tsx';
import { formatDay, inspectionPath, kindWords } from './labels.ts';
import { PlanForm } from './PlanForm.tsx';
import type { InspectionList, InspectionRow } from './types.ts';
import './inspections.css';

function Row({ i }: { i: InspectionRow }) {
  const { t } = useTranslation('monitoring');
  const row = { kind: kindWords(i.kind), sector: i.sector };
  const done = i.visitedOn
    ? t('inspections.list.rowVisited', { ...row, day: formatDay(i.visitedOn) })
    : t('inspections.list.rowPlanned', { ...row, day: formatDay(i.plannedOn) });
  return (
    <li className="inspection-row">
      <a href={href(inspectionPath(i.id))} className="inspection-link">
        <strong>{i.ref}</strong> — {i.workplace}
      </a>
      <span className="sub">
        {i.follows?.ref ? t('inspections.list.follows', { row: done, ref: i.follows.ref }) : done}
      </span>
    </li>
  );
}

/** The agency's labour inspections by status, the orders due a follow-up visit, planning one, and your interests. */
export function InspectionsPanel({ me }: { me: Me }) {
  const { t } = useTranslation('monitoring');
  const list = useLoad<InspectionList>('/api/monitoring/inspections');
  const canWrite = me.permissions.includes('monitoring.write');
  const rows = list.data?.inspections ?? [];
  const due = list.data?.followUpsDue ?? [];
  return (
    <div className="stack inspections">
      <section className="panel" aria-labelledby="insp-due-h">
        <h2 id="insp-due-h">{t('inspections.due.title')}</h2>
        <ErrorMessage message={list.error} />
        {list.data && due.length === 0 ? <p className="muted">{t('inspections.due.none')}</p> : null}
        {due.length > 0 ? (
          <ul className="inspection-list" aria-label={t('inspections.due.listLabel')}>
            {due.map((d) => (
              <li key={d.outcomeId} className="inspection-row">
                <a href={href(inspectionPath(d.inspectionId))} className="inspection-link">
                  <strong>{d.ref}</strong> — {d.workplace}
                </a>
                <span className="sub">
                  {d.plannedFollowUp
                    ? t('inspections.due.withFollowUp', {
                        day: formatDay(d.deadline),
                        ref: d.plannedFollowUp.ref,
                      })
                    : t('inspections.due.noFollowUp', { day: formatDay(d.deadline) })}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {INSPECTION_STATUSES.map((status) => {
        const mine = rows.filter((r) => r.status === status);
        return (
          <section key={status} className="panel" aria-labelledby={`insp-${status}-h`}>
            <h2 id={`insp-${status}-h`}>
              {t(`inspections.list.heading.${status}`, { n: formatNumber(mine.length) })}
            </h2>
            {list.loading && !list.data ? <p className="muted">{t('inspections.list.loading')}</p> : null}
            {list.data && mine.length === 0 ? <p className="muted">{t('inspections.list.none')}</p> : null}
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
          <h2 id="insp-plan-h">{t('inspections.plan.title')}</h2>
          <PlanForm />
        </section>
      ) : null}
      {canWrite ? <InterestsPanel /> : null}
    </div>
  );
}
