import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('evidence');
  const loaded = useLoad<Exhibit>(`/api/evidence/exhibits/${encodeURIComponent(id)}`);
  const x = loaded.data;
  const back = (
    <p className="breadcrumb no-print">
      <a href="#/evidence">{t('page.title')}</a>
      {x?.operation ? (
        <>
          {' · '}
          <a href={href(operationPath(x.operation.id))}>
            {t('exhibit.operation', { codeName: x.operation.codeName })}
          </a>
        </>
      ) : null}
    </p>
  );
  if (!x) {
    return (
      <>
        {back}
        <PageHeading>{loaded.errorStatus === 404 ? t('exhibit.notFound') : t('exhibit.title')}</PageHeading>
        <ErrorMessage message={loaded.error} />
        {loaded.loading ? <p className="muted">{t('exhibit.loading')}</p> : null}
      </>
    );
  }
  const canWrite = me.permissions.includes('evidence.write') && !CLOSED.includes(x.state);
  return (
    <div className="court-record">
      {back}
      <div className="panel-head">
        <PageHeading>{t('exhibit.heading', { ref: x.ref })}</PageHeading>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t('exhibit.print')}
        </button>
      </div>
      <p className="print-only small">
        {t('exhibit.printed', {
          when: formatDateTime(new Date().toISOString()),
          name: me.user.displayName,
          agency: me.agency.name,
        })}
      </p>
      <section className="panel" aria-labelledby="exhibit-h">
        <h2 id="exhibit-h">{t('exhibit.facts')}</h2>
        <ExhibitFacts x={x} />
      </section>
      <section className="panel" aria-labelledby="custody-h">
        <h2 id="custody-h">{t('exhibit.chain')}</h2>
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
