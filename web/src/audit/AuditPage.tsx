import { useTranslation } from 'react-i18next';
import type { AuditRow, Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { AuditTable } from './AuditTable.tsx';
import { OperationLeakReview } from './OperationLeakReview.tsx';
import { VerifyChain } from './VerifyChain.tsx';

export function AuditPage({ me }: { me: Me }) {
  const { t } = useTranslation('audit');
  const audit = useLoad<{ entries: AuditRow[] }>('/api/audit?limit=50');
  const everyAgency = me.permissions.includes('audit.read_all');
  const agency = me.agency.name;
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">
        {t('page.lead')}{' '}
        {everyAgency
          ? t('page.scopeAll')
          : me.user.roles.includes('auditor')
            ? t('page.scopeOverseen', { agency })
            : t('page.scopeOwn', { agency })}
      </p>
      {me.permissions.includes('audit.verify') ? <VerifyChain onVerified={audit.reload} /> : null}
      {me.permissions.includes('audit.read') ? <OperationLeakReview /> : null}
      <section className="panel" aria-labelledby="audit-latest">
        <div className="panel-head">
          <h2 id="audit-latest">{t('page.latest')}</h2>
          <button type="button" className="button small" onClick={audit.reload} disabled={audit.loading}>
            {t('page.refresh')}
          </button>
        </div>
        <ErrorMessage message={audit.error} />
        {audit.data ? <AuditTable entries={audit.data.entries} /> : null}
        {audit.loading && !audit.data ? <p className="muted">{t('page.loading')}</p> : null}
      </section>
    </>
  );
}
