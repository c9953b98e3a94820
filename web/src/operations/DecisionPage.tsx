import { useEffect, useState } from 'react';
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
import { INTERVENTIONS } from './labels.ts';
import { RecommendationView } from './RecommendationView.tsx';
import type { Decision } from './types.ts';

const RAIDS = ['planned_raid_and_rescue', 'immediate_rescue'];

/** An approved raid or rescue with no operation planned on it yet (one operation per decision). */
const plannable = (d: Decision) => d.status === 'approved' && RAIDS.includes(d.decision) && !d.operation;

function PlannedOperation({ op }: { op: NonNullable<Decision['operation']> }) {
  return (
    <section className="panel" aria-labelledby="planned-op-h">
      <h2 id="planned-op-h">Operation</h2>
      {op.id ? (
        <p>
          Planned as <a href={href(operationPath(op.id))}>operation {op.codeName}</a>.
        </p>
      ) : (
        <p>
          Planned as operation {op.codeName}. Its target, place and time are seen only by its team, and you
          are not in it.
        </p>
      )}
    </section>
  );
}

/** `#/operations/decisions/<id>`: assessment, recommendation, decision, approval and dissent. */
export function DecisionPage({ id, me }: { id: string; me: Me }) {
  const loaded = useLoad<Decision>(`/api/operations/decisions/${encodeURIComponent(id)}`);
  const [d, setD] = useState<Decision | null>(null);
  useEffect(() => setD(loaded.data), [loaded.data]);
  const canWrite = me.permissions.includes('operations.write');
  const back = (
    <p className="breadcrumb">
      <a href="#/operations">Operations</a>
    </p>
  );
  if (!d) {
    return (
      <>
        {back}
        <PageHeading>Intervention decision</PageHeading>
        <ErrorMessage message={loaded.error} />
        {loaded.error ? null : <p className="muted">Loading the decision…</p>}
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeading>Decision on {d.target.label}</PageHeading>
      <section className="panel" aria-labelledby="decision-h">
        <h2 id="decision-h">Decision</h2>
        <p className="decision-words">{wordFor(INTERVENTIONS, d.decision)}</p>
        {d.followsRecommendation ? (
          <p>Follows the recommendation.</p>
        ) : (
          <p className="notice departs">
            <strong>Departs from the recommendation</strong> ({wordFor(INTERVENTIONS, d.recommendation)}).
          </p>
        )}
        <h3>Rationale</h3>
        <p className="rationale">{d.rationale || <span className="muted">None given.</span>}</p>
        <p className="muted small">
          Decided by {d.decidedBy ?? (d.target.compartmented ? 'someone withheld' : 'someone unknown')} on{' '}
          {formatDateTime(d.decidedAt)}.
        </p>
      </section>
      <ApprovalPanel d={d} canWrite={canWrite} onChange={setD} />
      {plannable(d) && canWrite ? <PlanOperationPanel decisionId={d.id} /> : null}
      {d.operation ? <PlannedOperation op={d.operation} /> : null}
      <section className="panel recommendation-panel" aria-labelledby="rec-h">
        <h2 id="rec-h">What the rules recommended</h2>
        <RecommendationView r={d} />
      </section>
      <section className="panel" aria-labelledby="assessment-h">
        <h2 id="assessment-h">Assessment</h2>
        {'withheld' in d.assessment ? (
          <p className="muted">
            Withheld, with who decided and approved: compartmented with the operation planned on it.
          </p>
        ) : (
          <AssessmentSummary a={d.assessment} />
        )}
      </section>
      <DissentPanel d={d} onChange={setD} />
    </>
  );
}
