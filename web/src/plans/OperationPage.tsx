import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { memberRoleOptions } from './labels.ts';
import { OpStatusBadge } from './OpStatusBadge.tsx';
import { PlanForm } from './PlanForm.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { fieldPath, operationApi } from './paths.ts';
import { ReadinessPanel } from './ReadinessPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import type { Operation } from './types.ts';

function Back() {
  const { t } = useTranslation('plans');
  return (
    <p className="breadcrumb">
      <a href="#/operations">{t('operation.back')}</a>
    </p>
  );
}

/**
 * `#/operations/plan/<id>`: one operation, for its named members only (anyone else gets "not found"): readiness
 * and the commands that move it on, then the plan, the team, the exhibits, the review, the public summary of a
 * concluded operation and the leak review.
 */
export function OperationPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('plans');
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
        <Back />
        <PageHeading>{missing ? t('operation.notFound') : t('operation.title')}</PageHeading>
        {missing ? <p>{t('operation.notFoundText')}</p> : <ErrorMessage message={loaded.error} />}
        {loaded.loading ? <p className="muted">{t('operation.loading')}</p> : null}
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
      label: t('operation.tabs.plan'),
      panel: (
        <section className="panel" aria-labelledby="plan-h">
          <h2 id="plan-h">{t('operation.tabs.plan')}</h2>
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
      label: t('operation.tabs.team'),
      panel: lazy('team', <TeamPanel op={op} commands={commands} onChange={setOp} />),
    },
  ];
  if (running) {
    tabs.push(
      {
        key: 'exhibits',
        label: t('operation.tabs.exhibits'),
        panel: lazy(
          'exhibits',
          <ExhibitList id={op.id} canRead={me.permissions.includes('evidence.read')} />,
        ),
      },
      {
        key: 'review',
        label: t('operation.tabs.review'),
        panel: lazy('review', <ReviewPanel op={op} commands={commands} />),
      },
    );
  }
  if (op.status === 'concluded' && me.permissions.includes('operations.write'))
    tabs.push({
      key: 'summary',
      label: t('operation.tabs.summary'),
      panel: lazy('summary', <PublicSummaryPanel kind="operation" subjectId={op.id} me={me} />),
    });
  if (commands)
    tabs.push({
      key: 'leaks',
      label: t('operation.tabs.leaks'),
      panel: lazy('leaks', <LeakReviewPanel id={op.id} />),
    });
  return (
    <>
      <Back />
      <PageHeading>{t('operation.heading', { codeName: op.codeName })}</PageHeading>
      <p className="lead op-lead">
        <OpStatusBadge status={op.status} />{' '}
        {t('operation.yourRole', { role: wordFor(memberRoleOptions(), op.myRole) })}
      </p>
      {running ? (
        <p>
          <a className="button primary big" href={href(fieldPath(op.id))}>
            {op.status === 'executing' ? t('operation.openField') : t('operation.fieldLog')}
          </a>
        </p>
      ) : null}
      <ReadinessPanel op={op} userId={me.user.id} commands={commands} onChange={setOp} />
      <Tabs
        label={t('operation.heading', { codeName: op.codeName })}
        tabs={tabs}
        current={tab}
        onSelect={select}
      />
    </>
  );
}
