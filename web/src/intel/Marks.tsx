import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('intel');
  const graded = Boolean(source || info);
  const words = gradeWords(reg, source, info);
  return (
    <span className="grade-mark">
      <span className={graded ? `grade grade-${source ?? 'x'}` : 'grade grade-none'}>
        {graded ? `${source ?? '–'}${info ?? '–'}` : t('grades.ungraded')}
      </span>
      {graded ? <span className={spelled ? 'grade-words' : 'visually-hidden'}> {words}</span> : null}
    </span>
  );
}

/** The TLP marking in its colours (TLP 2.0), or a plain note when there is none. */
export function TlpBadge({ tlp }: { tlp: string | null }) {
  const { t } = useTranslation('intel');
  if (!tlp) return <span className="no-tlp">{t('marks.noTlp')}</span>;
  return <span className={tlpClass(tlp)}>TLP:{tlp}</span>;
}

export function HandlingBadge({ code }: { code: string }) {
  const { t } = useTranslation('intel');
  return <span className={`handling handling-${code.toLowerCase()}`}>{t('marks.handling', { code })}</span>;
}

interface ProvenanceProps {
  reg: Registry | null;
  provenance: Provenance;
  titles: ReadonlyMap<string, string>;
}

/** Where a fact or link comes from: its grade, the report (linked) or import, and when it was recorded. */
export function ProvenanceNote({ reg, provenance: p, titles }: ProvenanceProps) {
  const { t } = useTranslation('intel');
  return (
    <span className="provenance">
      <GradeBadge reg={reg} source={p.sourceGrade} info={p.infoGrade} />{' '}
      {p.reportId ? (
        <a href={href(`/intel/reports/${encodeURIComponent(p.reportId)}`)}>
          {titles.has(p.reportId)
            ? t('marks.report', { title: titles.get(p.reportId) })
            : t('marks.openReport')}
        </a>
      ) : p.importId ? (
        <span>{t('marks.fromImport')}</span>
      ) : (
        <span className="muted">{t('marks.noReport')}</span>
      )}
      <span className="muted small"> · {formatDate(p.assertedAt)}</span>
    </span>
  );
}
