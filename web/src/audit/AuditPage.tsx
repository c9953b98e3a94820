import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useListing } from '../ui/useListing.ts';
import { type AuditReply, type AuditSort, AuditTable } from './AuditTable.tsx';
import { OperationLeakReview } from './OperationLeakReview.tsx';
import { VerifyChain } from './VerifyChain.tsx';

export function AuditPage({ me }: { me: Me }) {
  const { t } = useTranslation('audit');
  const audit = useListing<AuditReply, AuditSort>('/api/audit', { sort: 'at', order: 'desc', size: 50 });
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
      {me.permissions.includes('audit.verify') ? <VerifyChain onVerified={audit.load.reload} /> : null}
      {me.permissions.includes('audit.read') ? <OperationLeakReview /> : null}
      <section className="panel" aria-labelledby="audit-entries">
        <div className="panel-head">
          <h2 id="audit-entries">{t('page.entries')}</h2>
          <button
            type="button"
            className="button small"
            onClick={audit.load.reload}
            disabled={audit.load.loading}
          >
            {t('page.refresh')}
          </button>
        </div>
        <AuditTable listing={audit} />
      </section>
    </>
  );
}
