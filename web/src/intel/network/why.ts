import { formatDateTime } from '../../ui/format.ts';
import type { GEdge } from './types.ts';

// "Why is this link here", in words: who or what asserted a declared link, on which report and with which
// grades; or how many calls or transfers make a traced link, how much, when, and at what time of day.

export interface Grades {
  sourceGrades: Record<string, string>;
  infoGrades: Record<string, string>;
}

const BANDS = [
  'at night (0–6 h)',
  'in the morning (6–12 h)',
  'in the afternoon (12–18 h)',
  'in the evening (18–24 h)',
];

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function duration(seconds: number) {
  if (seconds < 120) return `${Math.round(seconds)} seconds`;
  const m = Math.round(seconds / 60);
  return m < 120 ? `${m} minutes` : `${(m / 60).toFixed(1)} hours`;
}

export interface WhyLine {
  /** Short heading of the line (e.g. "Asserted"), and what it says. */
  term: string;
  text: string;
  /** A page to open for more (the report that asserted the link). */
  href?: string | undefined;
}

/** The link's provenance as lines of plain words; `name` gives a node's label. */
export function whyLines(e: GEdge, name: (id: string) => string, grades: Grades | null): WhyLine[] {
  const p = e.provenance;
  const ends = `${name(e.from)} ${e.label} ${name(e.to)}`;
  if (p.kind === 'declared') {
    const who =
      p.origin === 'resolution'
        ? 'made by resolution from the records'
        : p.importId
          ? 'asserted by an import'
          : 'asserted by an analyst';
    const source = p.sourceGrade
      ? `source ${p.sourceGrade}${grades?.sourceGrades[p.sourceGrade] ? ` (${grades.sourceGrades[p.sourceGrade]})` : ''}`
      : 'source not graded';
    const info = p.infoGrade
      ? `information ${p.infoGrade}${grades?.infoGrades[p.infoGrade] ? ` (${grades.infoGrades[p.infoGrade]})` : ''}`
      : 'information not graded';
    return [
      { term: 'Link', text: `Declared: ${ends}.` },
      { term: 'Asserted', text: `${who[0]?.toUpperCase()}${who.slice(1)}, ${formatDateTime(p.assertedAt)}.` },
      { term: 'Grades', text: `${source}; ${info}.` },
      p.reportId
        ? { term: 'Report', text: 'The report that asserts it', href: `#/intel/reports/${p.reportId}` }
        : { term: 'Report', text: 'No report: asserted directly on the entities.' },
    ];
  }
  const calls = e.type === 'call';
  const bands = p.bands
    .map((n, i) => (n > 0 ? `${n.toLocaleString()} ${BANDS[i]}` : ''))
    .filter(Boolean)
    .join(', ');
  return [
    {
      term: 'Link',
      text: `Traced: ${count(p.count, calls ? 'call' : 'transfer', calls ? 'calls' : 'transfers')} from ${name(e.from)} to ${name(e.to)}.`,
    },
    {
      term: 'Total',
      text: calls ? `${duration(p.total)} of calls.` : `${p.total.toLocaleString()} in money transferred.`,
    },
    { term: 'Seen', text: `First ${formatDateTime(p.firstAt)}; last ${formatDateTime(p.lastAt)}.` },
    { term: 'Time of day', text: `${bands || 'none'} (the region's clock, UTC+7).` },
  ];
}
