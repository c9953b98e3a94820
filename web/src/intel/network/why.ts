import type { ParseKeys, TFunction } from 'i18next';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import type { Registry } from '../types.ts';
import type { GEdge } from './types.ts';

// "Why is this link here", in words: who or what asserted a declared link, on which report and with which
// grades; or how many calls or transfers make a traced link, how much, when, and at what time of day.

/** The grades in words, as the registry gives them. */
export type Grades = Pick<Registry, 'sourceGrades' | 'infoGrades'>;

type T = TFunction<'network'>;

const BANDS = ['night', 'morning', 'afternoon', 'evening'] as const;

function duration(t: T, seconds: number) {
  if (seconds < 120) return t('why.duration.seconds', { count: Math.round(seconds) });
  const m = Math.round(seconds / 60);
  return m < 120
    ? t('why.duration.minutes', { count: m })
    : t('why.duration.hours', {
        value: formatNumber(m / 60, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      });
}

export interface WhyLine {
  /** Short heading of the line (e.g. "Asserted"), and what it says. */
  term: string;
  text: string;
  /** A page to open for more (the report that asserted the link). */
  href?: string | undefined;
}

/** The grades in words: each with its meaning (in the chosen language) when the registry gives one. */
function gradeWords(t: T, p: { sourceGrade: string; infoGrade: string }, grades: Grades | null): string {
  const s = grades?.sourceGrades[p.sourceGrade];
  const i = grades?.infoGrades[p.infoGrade];
  const sourceMeaning =
    s && t(`codes.sourceGrade.${p.sourceGrade}` as ParseKeys<'network'>, { defaultValue: s });
  const infoMeaning = i && t(`codes.infoGrade.${p.infoGrade}` as ParseKeys<'network'>, { defaultValue: i });
  const source = !p.sourceGrade
    ? t('why.grades.sourceNone')
    : sourceMeaning
      ? t('why.grades.sourceMeaning', { grade: p.sourceGrade, meaning: sourceMeaning })
      : t('why.grades.source', { grade: p.sourceGrade });
  const info = !p.infoGrade
    ? t('why.grades.infoNone')
    : infoMeaning
      ? t('why.grades.infoMeaning', { grade: p.infoGrade, meaning: infoMeaning })
      : t('why.grades.info', { grade: p.infoGrade });
  return t('why.grades.both', { source, info });
}

/** The link's provenance as lines of plain words; `name` gives a node's label. */
export function whyLines(t: T, e: GEdge, name: (id: string) => string, grades: Grades | null): WhyLine[] {
  const p = e.provenance;
  const ends = { from: name(e.from), link: e.label, to: name(e.to) };
  if (p.kind === 'declared') {
    const date = formatDateTime(p.assertedAt);
    const asserted =
      p.origin === 'resolution'
        ? t('why.asserted.resolution', { date })
        : p.importId
          ? t('why.asserted.import', { date })
          : t('why.asserted.analyst', { date });
    return [
      { term: t('why.term.link'), text: t('why.declared', ends) },
      { term: t('why.term.asserted'), text: asserted },
      { term: t('why.term.grades'), text: gradeWords(t, p, grades) },
      p.reportId
        ? { term: t('why.term.report'), text: t('why.report'), href: `#/intel/reports/${p.reportId}` }
        : { term: t('why.term.report'), text: t('why.noReport') },
    ];
  }
  const calls = e.type === 'call';
  const bands = p.bands
    .map((n, i) => (n > 0 ? t(`why.band.${BANDS[i] ?? 'night'}`, { n }) : ''))
    .filter(Boolean)
    .join(t('separator'));
  const traced = { count: p.count, from: name(e.from), to: name(e.to) };
  return [
    {
      term: t('why.term.link'),
      text: calls ? t('why.tracedCalls', traced) : t('why.tracedTransfers', traced),
    },
    {
      term: t('why.term.total'),
      text: calls
        ? t('why.callTime', { duration: duration(t, p.total) })
        : t('why.money', { amount: formatNumber(p.total) }),
    },
    {
      term: t('why.term.seen'),
      text: t('why.seen', { first: formatDateTime(p.firstAt), last: formatDateTime(p.lastAt) }),
    },
    { term: t('why.term.timeOfDay'), text: t('why.timeOfDay', { bands: bands || t('why.noBand') }) },
  ];
}
