import { OperationList } from '../plans/OperationList.tsx';
import type { OperationRow } from '../plans/types.ts';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { DecisionList } from './DecisionList.tsx';
import { NewDecisionForm } from './NewDecisionForm.tsx';
import type { DecisionRow } from './types.ts';

/** `#/operations`: your operations, the agency's intervention decisions, and a form to make one. */
export function OperationsPage({ me }: { me: Me }) {
  const ops = useLoad<{ operations: OperationRow[] }>('/api/operations/plans');
  const list = useLoad<{ decisions: DecisionRow[] }>('/api/operations/decisions');
  const canWrite = me.permissions.includes('operations.write');
  return (
    <>
      <PageHeading>Operations</PageHeading>
      <p className="lead">
        An intervention only when it is necessary, after a structured risk assessment: the rules recommend one
        with their reasons, a named person decides, another approves, and dissent is recorded.
      </p>
      <section className="panel" aria-labelledby="operations-heading">
        <h2 id="operations-heading">Your operations</h2>
        <p className="hint">
          An operation's target, place and time are seen only by the people named in its team.
        </p>
        <ErrorMessage message={ops.error} />
        {ops.data ? <OperationList rows={ops.data.operations} /> : null}
        {ops.loading && !ops.data ? <p className="muted">Loading operations…</p> : null}
      </section>
      {me.permissions.includes('operations.brief') ? (
        <p>
          <a href="#/operations/briefs">
            Logistics briefs for operations your agency will receive people from
          </a>
        </p>
      ) : null}
      <section className="panel" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">Intervention decisions of {me.agency.name}</h2>
        <ErrorMessage message={list.error} />
        {list.data ? <DecisionList rows={list.data.decisions} /> : null}
        {list.loading && !list.data ? <p className="muted">Loading decisions…</p> : null}
      </section>
      {canWrite ? (
        <section className="panel" aria-labelledby="new-decision-heading">
          <h2 id="new-decision-heading">New intervention decision</h2>
          <NewDecisionForm />
        </section>
      ) : null}
    </>
  );
}
