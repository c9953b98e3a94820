import { type ReactNode, useEffect, useState } from 'react';
import { type Tab, Tabs } from '../intel/Tabs.tsx';
import { PublicSummaryPanel } from '../outcomes/summaries/PublicSummaryPanel.tsx';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { ExhibitList } from './ExhibitList.tsx';
import { LeakReviewPanel } from './LeakReviewPanel.tsx';
import { MEMBER_ROLES } from './labels.ts';
import { OpStatusBadge } from './OpStatusBadge.tsx';
import { PlanForm } from './PlanForm.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { fieldPath, operationApi } from './paths.ts';
import { ReadinessPanel } from './ReadinessPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import type { Operation } from './types.ts';

const back = (
  <p className="breadcrumb">
    <a href="#/operations">Operations</a>
  </p>
);

/**
 * `#/operations/plan/<id>`: one operation, for its named members only (anyone else gets "not found"): readiness
 * and the commands that move it on, then the plan, the team, the exhibits, the review, the public summary of a
 * concluded operation and the leak review.
 */
export function OperationPage({ id, me }: { id: string; me: Me }) {
  const loaded = useLoad<Operation>(operationApi(id));
  const [op, setOp] = useState<Operation | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [tab, setTab] = useState('plan');
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set(['plan']));
  // Each answer from the server starts the plan form afresh from it (a reload after a refused save included).
  useEffect(() => {
    setOp(loaded.data);
    setFormKey((k) => k + 1);
  }, [loaded.data]);
  if (!op) {
    const missing = loaded.errorStatus === 404;
    return (
      <>
        {back}
        <PageHeading>{missing ? 'Operation not found' : 'Operation'}</PageHeading>
        {missing ? (
          <p>
            There is no operation at this address that you may see. Only its named team sees an operation.
          </p>
        ) : (
          <ErrorMessage message={loaded.error} />
        )}
        {loaded.loading ? <p className="muted">Loading the operation…</p> : null}
      </>
    );
  }
  const commands = op.myRole === 'command' && me.permissions.includes('operations.write');
  const editable = commands && (op.status === 'planning' || op.status === 'approved');
  const running = op.status === 'executing' || op.status === 'concluded';
  const select = (key: string) => {
    setTab(key);
    setSeen((s) => new Set([...s, key]));
  };
  const lazy = (key: string, panel: ReactNode) => (seen.has(key) ? panel : null);
  const tabs: Tab[] = [
    {
      key: 'plan',
      label: 'Plan',
      panel: (
        <section className="panel" aria-labelledby="plan-h">
          <h2 id="plan-h">Plan</h2>
          {editable ? (
            <PlanForm key={formKey} op={op} onSaved={setOp} onReload={loaded.reload} />
          ) : (
            <PlanSummary op={op} />
          )}
        </section>
      ),
    },
    {
      key: 'team',
      label: 'Team',
      panel: lazy('team', <TeamPanel op={op} commands={commands} onChange={setOp} />),
    },
  ];
  if (running) {
    tabs.push(
      {
        key: 'exhibits',
        label: 'Exhibits',
        panel: lazy(
          'exhibits',
          <ExhibitList id={op.id} canRead={me.permissions.includes('evidence.read')} />,
        ),
      },
      { key: 'review', label: 'Review', panel: lazy('review', <ReviewPanel op={op} commands={commands} />) },
    );
  }
  if (op.status === 'concluded' && me.permissions.includes('operations.write'))
    tabs.push({
      key: 'summary',
      label: 'Public summary',
      panel: lazy('summary', <PublicSummaryPanel kind="operation" subjectId={op.id} me={me} />),
    });
  if (commands)
    tabs.push({ key: 'leaks', label: 'Leak review', panel: lazy('leaks', <LeakReviewPanel id={op.id} />) });
  return (
    <>
      {back}
      <PageHeading>Operation {op.codeName}</PageHeading>
      <p className="lead op-lead">
        <OpStatusBadge status={op.status} /> Your role: {wordFor(MEMBER_ROLES, op.myRole)}
      </p>
      {running ? (
        <p>
          <a className="button primary big" href={href(fieldPath(op.id))}>
            {op.status === 'executing' ? 'Open the execution screen' : 'Execution log'}
          </a>
        </p>
      ) : null}
      <ReadinessPanel op={op} userId={me.user.id} commands={commands} onChange={setOp} />
      <Tabs label={`Operation ${op.codeName}`} tabs={tabs} current={tab} onSelect={select} />
    </>
  );
}
