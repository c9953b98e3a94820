import type { AuditRow, Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { AuditTable } from './AuditTable.tsx';
import { OperationLeakReview } from './OperationLeakReview.tsx';
import { VerifyChain } from './VerifyChain.tsx';

export function AuditPage({ me }: { me: Me }) {
  const audit = useLoad<{ entries: AuditRow[] }>('/api/audit?limit=50');
  const everyAgency = me.permissions.includes('audit.read_all');
  return (
    <>
      <PageHeading>Audit log</PageHeading>
      <p className="lead">
        Every sign-in, change and access to protected records is written to a chained log that cannot be
        altered unnoticed.{' '}
        {everyAgency
          ? 'You see the entries of every agency.'
          : me.user.roles.includes('auditor')
            ? `You see the entries of ${me.agency.name} and of the agencies it oversees.`
            : `You see the entries of ${me.agency.name}.`}
      </p>
      {me.permissions.includes('audit.verify') ? <VerifyChain onVerified={audit.reload} /> : null}
      {me.permissions.includes('audit.read') ? <OperationLeakReview /> : null}
      <section className="panel" aria-labelledby="audit-latest">
        <div className="panel-head">
          <h2 id="audit-latest">Latest entries</h2>
          <button type="button" className="button small" onClick={audit.reload} disabled={audit.loading}>
            Refresh
          </button>
        </div>
        <ErrorMessage message={audit.error} />
        {audit.data ? <AuditTable entries={audit.data.entries} /> : null}
        {audit.loading && !audit.data ? <p className="muted">Loading entries…</p> : null}
      </section>
    </>
  );
}
