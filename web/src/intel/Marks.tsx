import { href } from '../router.ts';
import { formatDate } from '../ui/format.ts';
import { gradeWords, tlpClass } from './labels.ts';
import type { Provenance, Registry } from './types.ts';

interface GradeProps {
  reg: Registry | null;
  source: string | null;
  info: string | null;
  /** Show the grade's meaning beside the badge rather than to screen readers only. */
  spelled?: boolean;
}

/** A 3x5x2 grade as a badge, e.g. "2B", with its meaning in words. */
export function GradeBadge({ reg, source, info, spelled = false }: GradeProps) {
  const graded = Boolean(source || info);
  const words = gradeWords(reg, source, info);
  return (
    <span className="grade-mark">
      <span className={graded ? `grade grade-${source ?? 'x'}` : 'grade grade-none'}>
        {graded ? `${source ?? '–'}${info ?? '–'}` : 'Ungraded'}
      </span>
      {graded ? <span className={spelled ? 'grade-words' : 'visually-hidden'}> {words}</span> : null}
    </span>
  );
}

/** The TLP marking in its colours (TLP 2.0), or a plain note when there is none. */
export function TlpBadge({ tlp }: { tlp: string | null }) {
  if (!tlp) return <span className="no-tlp">No TLP</span>;
  return <span className={tlpClass(tlp)}>TLP:{tlp}</span>;
}

export function HandlingBadge({ code }: { code: string }) {
  return <span className={`handling handling-${code.toLowerCase()}`}>Handling {code}</span>;
}

interface ProvenanceProps {
  reg: Registry | null;
  provenance: Provenance;
  titles: ReadonlyMap<string, string>;
}

/** Where a fact or link comes from: its grade, the report (linked) or import, and when it was recorded. */
export function ProvenanceNote({ reg, provenance: p, titles }: ProvenanceProps) {
  return (
    <span className="provenance">
      <GradeBadge reg={reg} source={p.sourceGrade} info={p.infoGrade} />{' '}
      {p.reportId ? (
        <a href={href(`/intel/reports/${encodeURIComponent(p.reportId)}`)}>
          {titles.has(p.reportId) ? `Report: ${titles.get(p.reportId)}` : 'Open its report'}
        </a>
      ) : p.importId ? (
        <span>From an import</span>
      ) : (
        <span className="muted">No report</span>
      )}
      <span className="muted small"> · {formatDate(p.assertedAt)}</span>
    </span>
  );
}
