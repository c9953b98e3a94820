import { PublicSummaryPanel } from '../outcomes/summaries/PublicSummaryPanel.tsx';
import { wordFor } from '../screening/labels.ts';
import type { Me } from '../types.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { AssetsPanel } from './AssetsPanel.tsx';
import { ChargesPanel } from './ChargesPanel.tsx';
import { CourtPanel } from './CourtPanel.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { Gauge } from './Gauge.tsx';
import { CASE_STATUSES, ORIGINS } from './labels.ts';
import { caseFilePath, courtFilePdf } from './paths.ts';
import { RemediesPanel } from './RemediesPanel.tsx';
import { ScopePanel } from './ScopePanel.tsx';
import { SuspectsPanel } from './SuspectsPanel.tsx';
import type { CaseFile } from './types.ts';
import './prosecution.css';

/**
 * `#/prosecution/<id>`: a case file — its suspects, the charges with each element's evidence, gaps and what to
 * seek next, the testimony-burden gauge per charge, the evidence items, the scope beyond the site, and the file
 * for court as a PDF.
 */
export function CaseFilePage({ id, me }: { id: string; me: Me }) {
  const page = useLoad<CaseFile>(caseFilePath(id));
  const c = page.data;
  const back = (
    <p className="breadcrumb">
      <a href="#/prosecution">Prosecution</a>
    </p>
  );
  if (!c) {
    return (
      <>
        {back}
        <PageHeading>{page.errorStatus === 404 ? 'Case file not found' : 'Case file'}</PageHeading>
        <ErrorMessage message={page.error} />
        {page.error ? null : <p className="muted">Loading the case file…</p>}
      </>
    );
  }
  const editable = me.permissions.includes('prosecution.write') && c.status === 'open';
  const props = { c, editable, onChanged: page.reload };
  return (
    <>
      {back}
      <PageHeading>{c.title}</PageHeading>
      <section className="panel" aria-labelledby="file-h">
        <h2 id="file-h">Case file {c.ref}</h2>
        <dl className="facts">
          <dt>Opened</dt>
          <dd>
            {formatDate(c.createdAt)},{' '}
            {c.operation
              ? `from operation ${c.operation.codeName}${c.operation.concludedAt ? ` (concluded ${formatDate(c.operation.concludedAt)})` : ''}`
              : wordFor(ORIGINS, c.origin).toLowerCase()}
          </dd>
          <dt>Status</dt>
          <dd>{wordFor(CASE_STATUSES, c.status)}</dd>
          <dt>Testimony burden over all charges</dt>
          <dd>
            <Gauge burden={c.burden} />
          </dd>
        </dl>
        <p className="case-actions">
          <a className="button" href={courtFilePdf(c.id)} download>
            Download the file for court (PDF)
          </a>
          <span className="hint">
            Index, charges and elements, evidence with its custody, timeline and link chart; its fingerprint
            is kept in the audit log.
          </span>
        </p>
        {editable ? null : (
          <p className="muted">
            {c.status === 'open'
              ? 'You may read this case file; changes are made by prosecutors.'
              : 'This case file is closed: it is no longer changed.'}
          </p>
        )}
      </section>
      <SuspectsPanel {...props} canReadIntel={me.permissions.includes('intel.read')} />
      <ChargesPanel {...props} />
      <EvidencePanel {...props} canReadEvidence={me.permissions.includes('evidence.read')} />
      <ScopePanel {...props} canReadIntel={me.permissions.includes('intel.read')} />
      <CourtPanel {...props} />
      <AssetsPanel
        {...props}
        canReadEvidence={me.permissions.includes('evidence.read')}
        canReadIntel={me.permissions.includes('intel.read')}
      />
      <RemediesPanel {...props} />
      {me.permissions.includes('prosecution.write') ? (
        <PublicSummaryPanel kind="case" subjectId={c.id} me={me} />
      ) : null}
    </>
  );
}
