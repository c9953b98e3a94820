import { operationPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import type { Me } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { CustodyForm } from './CustodyForm.tsx';
import { CustodyTable } from './CustodyTable.tsx';
import { ExhibitFacts } from './ExhibitFacts.tsx';
import type { Exhibit } from './types.ts';
import { VerificationResult } from './VerificationResult.tsx';

const CLOSED = ['returned', 'disposed'];

/** `#/evidence/<id>`: an exhibit and its chain of custody, re-verified, printable as the record shown in court. */
export function ExhibitPage({ id, me }: { id: string; me: Me }) {
  const loaded = useLoad<Exhibit>(`/api/evidence/exhibits/${encodeURIComponent(id)}`);
  const x = loaded.data;
  const back = (
    <p className="breadcrumb no-print">
      <a href="#/evidence">Evidence</a>
      {x?.operation ? (
        <>
          {' · '}
          <a href={href(operationPath(x.operation.id))}>Operation {x.operation.codeName}</a>
        </>
      ) : null}
    </p>
  );
  if (!x) {
    return (
      <>
        {back}
        <PageHeading>{loaded.errorStatus === 404 ? 'Exhibit not found' : 'Exhibit'}</PageHeading>
        <ErrorMessage message={loaded.error} />
        {loaded.loading ? <p className="muted">Loading the exhibit…</p> : null}
      </>
    );
  }
  const canWrite = me.permissions.includes('evidence.write') && !CLOSED.includes(x.state);
  return (
    <div className="court-record">
      {back}
      <div className="panel-head">
        <PageHeading>Exhibit {x.ref}</PageHeading>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="print-only small">
        Printed from Lantern on {formatDateTime(new Date().toISOString())} by {me.user.displayName},{' '}
        {me.agency.name}.
      </p>
      <section className="panel" aria-labelledby="exhibit-h">
        <h2 id="exhibit-h">The exhibit</h2>
        <ExhibitFacts x={x} />
      </section>
      <section className="panel" aria-labelledby="custody-h">
        <h2 id="custody-h">Chain of custody</h2>
        <VerificationResult v={x.verification} />
        <CustodyTable entries={x.custody} />
      </section>
      {canWrite ? (
        <CustodyForm
          x={x}
          canReadOperations={me.permissions.includes('operations.read')}
          onRecorded={loaded.reload}
        />
      ) : null}
    </div>
  );
}
