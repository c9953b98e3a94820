import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import type { Me } from '../types.ts';
import { formatDay } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { codeWords, dayOf } from './labels.ts';
import { GradeBadge } from './Marks.tsx';
import { ReportMarkings } from './ReportMarkings.tsx';
import { SanitisePanel } from './SanitisePanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import type { Registry, Report, Sources } from './types.ts';
import { ReportMentions } from './workbench/ReportMentions.tsx';

/** `#/intel/reports/<id>`: a report's markings and graded items; its originator shares or sanitises it. */
export function ReportPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('intel');
  const report = useLoad<Report>(`/api/intel/reports/${encodeURIComponent(id)}`);
  const reg = useLoad<Registry>('/api/intel/registry');
  const r = report.data;
  const sources = useLoad<Sources>(r?.originator ? '/api/intel/sources' : null);
  const canWrite = me.permissions.includes('intel.write');
  const back = (
    <p className="breadcrumb">
      <a href="#/intel">{t('page.title')}</a>
    </p>
  );
  if (!r) {
    return (
      <>
        {back}
        <PageHeading>{t('reports.page.heading')}</PageHeading>
        <ErrorMessage message={report.error} />
        {report.error ? null : <p className="muted">{t('reports.page.loading')}</p>}
      </>
    );
  }
  const source = sources.data?.sources.find((s) => s.id === r.sourceId);
  return (
    <>
      {back}
      <PageHeading>{r.title}</PageHeading>
      <ReportMarkings reg={reg.data} report={r} />
      <dl className="facts report-facts">
        <dt>{t('reports.new.reportedOn')}</dt>
        <dd>
          <time dateTime={dayOf(r.reportedOn)}>{formatDay(dayOf(r.reportedOn))}</time>
        </dd>
        <dt>{t('reports.from')}</dt>
        <dd>
          {r.originator
            ? source
              ? t('reports.page.source', { code: source.code, kind: codeWords('sourceKind', source.kind) })
              : t('reports.page.ownSource')
            : t('reports.page.otherAgency')}
        </dd>
        {r.originator ? (
          <>
            <dt>{t('reports.page.howObtained')}</dt>
            <dd>{r.provenance || <span className="muted">{t('reports.page.notRecorded')}</span>}</dd>
          </>
        ) : null}
        {r.sanitisedFrom ? (
          <>
            <dt>{t('reports.page.sanitisedFrom')}</dt>
            <dd>
              <a href={href(`/intel/reports/${encodeURIComponent(r.sanitisedFrom)}`)}>
                {t('reports.page.original')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <section className="panel" aria-labelledby="items-h">
        <h2 id="items-h">{t('reports.new.items')}</h2>
        <p className="hint">{t('reports.page.itemsHint')}</p>
        <ol className="report-items">
          {r.items.map((it) => (
            <li key={it.n}>
              <GradeBadge reg={reg.data} source={it.sourceGrade} info={it.infoGrade} spelled />
              <p>{it.text}</p>
            </li>
          ))}
        </ol>
      </section>
      <ReportMentions reportId={r.id} reg={reg.data} />
      {r.originator && canWrite ? (
        <>
          <SharePanel report={r} me={me} />
          <SanitisePanel report={r} reg={reg.data} />
        </>
      ) : null}
    </>
  );
}
