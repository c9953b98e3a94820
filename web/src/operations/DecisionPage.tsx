import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { PlanOperationPanel } from '../plans/PlanOperationPanel.tsx';
import { operationPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import type { Me } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { ApprovalPanel } from './ApprovalPanel.tsx';
import { AssessmentSummary } from './AssessmentSummary.tsx';
import { DissentPanel } from './DissentPanel.tsx';
import { interventionOptions } from './labels.ts';
import { RecommendationView } from './RecommendationView.tsx';
import type { Decision } from './types.ts';

const RAIDS = ['planned_raid_and_rescue', 'immediate_rescue'];

/** An approved raid or rescue with no operation planned on it yet (one operation per decision). */
const plannable = (d: Decision) => d.status === 'approved' && RAIDS.includes(d.decision) && !d.operation;

function PlannedOperation({ op }: { op: NonNullable<Decision['operation']> }) {
  const { t } = useTranslation('operations');
  return (
    <section className="panel" aria-labelledby="planned-op-h">
      <h2 id="planned-op-h">{t('decision.operation')}</h2>
      {op.id ? (
        <p>
          <Trans
            t={t}
            i18nKey="decision.plannedAs"
            values={{ codeName: op.codeName }}
            components={{ 1: <a href={href(operationPath(op.id))}>{op.codeName}</a> }}
          />
        </p>
      ) : (
        <p>{t('decision.plannedHidden', { codeName: op.codeName })}</p>
      )}
    </section>
  );
}

/** `#/operations/decisions/<id>`: assessment, recommendation, decision, approval and dissent. */
export function DecisionPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('operations');
  const loaded = useLoad<Decision>(`/api/operations/decisions/${encodeURIComponent(id)}`);
  const [d, setD] = useState<Decision | null>(null);
  useEffect(() => setD(loaded.data), [loaded.data]);
  const canWrite = me.permissions.includes('operations.write');
  const back = (
    <p className="breadcrumb">
      <a href="#/operations">{t('decision.back')}</a>
    </p>
  );
  if (!d) {
    return (
      <>
        {back}
        <PageHeading>{t('decision.title')}</PageHeading>
        <ErrorMessage message={loaded.error} />
        {loaded.error ? null : <p className="muted">{t('decision.loading')}</p>}
      </>
    );
  }
  const interventions = interventionOptions();
  const decider =
    d.decidedBy ?? (d.target.compartmented ? t('decision.someoneWithheld') : t('decision.someoneUnknown'));
  return (
    <>
      {back}
      <PageHeading>
        {t('decision.heading', {
          target: d.target.compartmented
            ? t('decision.compartmentedTarget', { codeName: d.operation?.codeName ?? '' })
            : d.target.label,
        })}
      </PageHeading>
      <section className="panel" aria-labelledby="decision-h">
        <h2 id="decision-h">{t('decision.decision')}</h2>
        <p className="decision-words">{wordFor(interventions, d.decision)}</p>
        {d.followsRecommendation ? (
          <p>{t('decision.follows')}</p>
        ) : (
          <p className="notice departs">
            <Trans
              t={t}
              i18nKey="decision.departs"
              values={{ recommendation: wordFor(interventions, d.recommendation) }}
              components={{ 1: <strong /> }}
            />
          </p>
        )}
        <h3>{t('decision.rationale')}</h3>
        <p className="rationale">
          {d.target.compartmented ? (
            <span className="muted">{t('decision.textWithheld')}</span>
          ) : (
            d.rationale || <span className="muted">{t('decision.noRationale')}</span>
          )}
        </p>
        <p className="muted small">
          {t('decision.decidedBy', { name: decider, date: formatDateTime(d.decidedAt) })}
        </p>
      </section>
      <ApprovalPanel d={d} canWrite={canWrite} userId={me.user.id} onChange={setD} />
      {plannable(d) && canWrite ? <PlanOperationPanel decisionId={d.id} /> : null}
      {d.operation ? <PlannedOperation op={d.operation} /> : null}
      <section className="panel recommendation-panel" aria-labelledby="rec-h">
        <h2 id="rec-h">{t('decision.recommended')}</h2>
        <RecommendationView r={d} />
      </section>
      <section className="panel" aria-labelledby="assessment-h">
        <h2 id="assessment-h">{t('decision.assessment')}</h2>
        {'withheld' in d.assessment ? (
          <p className="muted">{t('decision.withheld')}</p>
        ) : (
          <AssessmentSummary a={d.assessment} />
        )}
      </section>
      <DissentPanel d={d} onChange={setD} />
    </>
  );
}
