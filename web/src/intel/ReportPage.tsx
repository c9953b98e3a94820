import { href } from '../router.ts';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { codeWords, dayOf } from './labels.ts';
import { GradeBadge } from './Marks.tsx';
import { ReportMarkings } from './ReportMarkings.tsx';
import { SanitisePanel } from './SanitisePanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import type { Registry, Report, Source } from './types.ts';
import { ReportMentions } from './workbench/ReportMentions.tsx';

/** `#/intel/reports/<id>`: a report's markings and graded items; its originator shares or sanitises it. */
export function ReportPage({ id, me }: { id: string; me: Me }) {
  const report = useLoad<Report>(`/api/intel/reports/${encodeURIComponent(id)}`);
  const reg = useLoad<Registry>('/api/intel/registry');
  const r = report.data;
  const sources = useLoad<{ sources: Source[] }>(r?.originator ? '/api/intel/sources' : null);
  const canWrite = me.permissions.includes('intel.write');
  const back = (
    <p className="breadcrumb">
      <a href="#/intel">Intelligence</a>
    </p>
  );
  if (!r) {
    return (
      <>
        {back}
        <PageHeading>Report</PageHeading>
        <ErrorMessage message={report.error} />
        {report.error ? null : <p className="muted">Loading the report…</p>}
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
        <dt>Reported on</dt>
        <dd>{dayOf(r.reportedOn)}</dd>
        <dt>From</dt>
        <dd>
          {r.originator
            ? source
              ? `Source ${source.code} (${codeWords('sourceKind', source.kind)})`
              : 'One of your agency’s sources'
            : 'Another agency: shared with yours. Its source and how it was obtained stay with it.'}
        </dd>
        {r.originator ? (
          <>
            <dt>How obtained</dt>
            <dd>{r.provenance || <span className="muted">Not recorded</span>}</dd>
          </>
        ) : null}
        {r.sanitisedFrom ? (
          <>
            <dt>Sanitised from</dt>
            <dd>
              <a href={href(`/intel/reports/${encodeURIComponent(r.sanitisedFrom)}`)}>The original report</a>
            </dd>
          </>
        ) : null}
      </dl>
      <section className="panel" aria-labelledby="items-h">
        <h2 id="items-h">Items</h2>
        <p className="hint">Each item is graded on its own: the source (1–3) and the information (A–E).</p>
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
