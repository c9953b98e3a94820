import { useTranslation } from 'react-i18next';
import { PublicSummaryPanel } from '../outcomes/summaries/PublicSummaryPanel.tsx';
import type { Me } from '../types.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { AssetsPanel } from './AssetsPanel.tsx';
import { ChargesPanel } from './ChargesPanel.tsx';
import { CourtPanel } from './CourtPanel.tsx';
import { word } from './codes.ts';
import { EvidencePanel } from './EvidencePanel.tsx';
import { Gauge } from './Gauge.tsx';
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
  const { t } = useTranslation('prosecution');
  const page = useLoad<CaseFile>(caseFilePath(id));
  const c = page.data;
  const back = (
    <p className="breadcrumb">
      <a href="#/prosecution">{t('page.title')}</a>
    </p>
  );
  if (!c) {
    return (
      <>
        {back}
        <PageHeading>{page.errorStatus === 404 ? t('file.notFound') : t('file.title')}</PageHeading>
        <ErrorMessage message={page.error} />
        {page.error ? null : <p className="muted">{t('file.loading')}</p>}
      </>
    );
  }
  const editable = me.permissions.includes('prosecution.write') && c.status === 'open';
  const props = { c, editable, onChanged: page.reload };
  const day = formatDate(c.createdAt);
  const opened = c.operation
    ? c.operation.concludedAt
      ? t('file.openedFromConcluded', {
          day,
          name: c.operation.codeName,
          concluded: formatDate(c.operation.concludedAt),
        })
      : t('file.openedFromOperation', { day, name: c.operation.codeName })
    : t('file.openedFrom', { day, origin: word(t, 'origin', c.origin).toLowerCase() });
  return (
    <>
      {back}
      <PageHeading>{c.title}</PageHeading>
      <section className="panel" aria-labelledby="file-h">
        <h2 id="file-h">{t('file.heading', { ref: c.ref })}</h2>
        <dl className="facts">
          <dt>{t('file.opened')}</dt>
          <dd>{opened}</dd>
          <dt>{t('words.status')}</dt>
          <dd>{word(t, 'caseStatus', c.status)}</dd>
          <dt>{t('file.burden')}</dt>
          <dd>
            <Gauge burden={c.burden} />
          </dd>
        </dl>
        <p className="case-actions">
          <a className="button" href={courtFilePdf(c.id)} download>
            {t('file.download')}
          </a>
          <span className="hint">{t('file.downloadHint')}</span>
        </p>
        {editable ? null : (
          <p className="muted">{c.status === 'open' ? t('file.readOnly') : t('file.closed')}</p>
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
