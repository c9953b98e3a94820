import { useTranslation } from 'react-i18next';
import { OperationList } from '../plans/OperationList.tsx';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { DecisionList } from './DecisionList.tsx';
import { NewDecisionForm } from './NewDecisionForm.tsx';

/** `#/operations`: your operations, the agency's intervention decisions, and a form to make one. */
export function OperationsPage({ me }: { me: Me }) {
  const { t } = useTranslation('operations');
  const canWrite = me.permissions.includes('operations.write');
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <section className="panel" aria-labelledby="operations-heading">
        <h2 id="operations-heading">{t('page.yours')}</h2>
        <p className="hint">{t('page.yoursHint')}</p>
        <OperationList />
      </section>
      {me.permissions.includes('operations.brief') ? (
        <p>
          <a href="#/operations/briefs">{t('page.briefs')}</a>
        </p>
      ) : null}
      <section className="panel" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('page.decisions', { agency: me.agency.name })}</h2>
        <DecisionList />
      </section>
      {canWrite ? (
        <section className="panel" aria-labelledby="new-decision-heading">
          <h2 id="new-decision-heading">{t('page.newDecision')}</h2>
          <NewDecisionForm />
        </section>
      ) : null}
    </>
  );
}
