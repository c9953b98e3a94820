import type { Flow } from '../prosecution/court-file-layout.ts';
import type { DashboardFigures, ShownTable } from './dashboard.ts';
import {
  BODY,
  CONTENT_WIDTH,
  H1,
  H2,
  MUTED,
  PAGE,
  printedAt,
  SMALL,
  startDocument,
  titleBlock,
} from './report-pdf-document.ts';

// The dashboard's figures as a printable report: the filters chosen, then each indicator table with its figures
// drawn as simple vector bars (a funnel's stages in order, a breakdown's combinations that count something), and
// every hidden figure printed as "< k" (never a number from 1 to k-1: the figures come suppressed). Counts only.

export interface ReportInput {
  figures: DashboardFigures;
  /** The filters in words ("Province: Samut Sakhon"); none: everything Lantern holds. */
  filters: string[];
  generatedAt: string;
}

const BAR_COLOUR = '#1f5fa8';
const LABEL_WIDTH = 190;
const FIGURE_WIDTH = 56;

/** A figure as printed: the count, or "< k" when hidden. */
export const printedFigure = (count: number | null, k: number) => (count === null ? `< ${k}` : String(count));

interface Row {
  label: string;
  count: number | null;
}

/** The rows a table prints: every stage of a funnel or list; a breakdown's non-zero or hidden combinations. */
export function rowsOf(t: ShownTable): { rows: Row[]; zeros: number } {
  const all = t.cells.map((c) => ({ label: c.key.join(' · '), count: c.count }));
  if (t.kind !== 'breakdown') return { rows: all, zeros: 0 };
  const rows = all.filter((r) => r.count !== 0);
  return { rows, zeros: all.length - rows.length };
}

function drawRows(flow: Flow, rows: Row[], k: number): void {
  const { doc } = flow;
  const max = Math.max(1, ...rows.map((r) => r.count ?? 0));
  const barRoom = CONTENT_WIDTH - LABEL_WIDTH - FIGURE_WIDTH - 12;
  for (const row of rows) {
    const lines = flow.lines(row.label, SMALL, LABEL_WIDTH - 8);
    const height = Math.max(14, lines.length * 12);
    flow.ensure(height + 2);
    lines.forEach((line, i) => {
      flow.drawLine(line, PAGE.margin, flow.y + 9.5 + i * 12, SMALL);
    });
    const x = PAGE.margin + LABEL_WIDTH;
    doc
      .save()
      .rect(x, flow.y + 2, barRoom, 9)
      .fill('#eef1f5')
      .restore();
    if (row.count !== null && row.count > 0)
      doc
        .save()
        .rect(x, flow.y + 2, Math.max(1, (row.count / max) * barRoom), 9)
        .fill(BAR_COLOUR)
        .restore();
    const figureStyle = row.count === null ? { ...BODY, weight: 'bold' as const, color: '#8a4b00' } : BODY;
    flow.textAt(printedFigure(row.count, k), PAGE.margin + CONTENT_WIDTH, flow.y + 10, figureStyle, 'right');
    flow.y += height;
  }
}

function drawTable(flow: Flow, t: ShownTable, k: number): void {
  const { rows, zeros } = rowsOf(t);
  flow.ensure(60);
  flow.paragraph(t.title, H2, { after: 2 });
  if (t.unfiltered.length)
    flow.paragraph(`Not narrowed by ${t.unfiltered.join(' or ')}: these units have none.`, MUTED);
  if (rows.length === 0) flow.paragraph('Nothing counted.', SMALL);
  else drawRows(flow, rows, k);
  if (zeros > 0)
    flow.paragraph(
      `${zeros} other combination${zeros === 1 ? '' : 's'} of ${t.dimensions.join(' and ')}: none.`,
      MUTED,
    );
  if (t.kind === 'breakdown' && rows.length > 1)
    flow.paragraph(`Total: ${printedFigure(t.total, k)}`, { ...SMALL, weight: 'bold' });
  flow.space(10);
}

export async function renderOutcomesReport(input: ReportInput): Promise<Buffer> {
  const { figures, filters, generatedAt } = input;
  const k = figures.k;
  const doc = startDocument({
    title: 'Outcome indicators',
    subject: 'Outcome indicators across the cycle (aggregates, small figures hidden)',
    generatedAt,
  });
  const { flow } = doc;
  titleBlock(flow, 'LANTERN — OUTCOMES REPORT', 'Outcome indicators');
  flow.paragraph(`Printed ${printedAt(generatedAt)}`, BODY, { after: 2 });
  flow.paragraph(
    filters.length
      ? `For: ${filters.join('; ')}.`
      : 'For: everything recorded in Lantern, all places and times.',
    BODY,
    { after: 6 },
  );
  flow.paragraph(
    `To protect the people behind them, no figure from 1 to ${k - 1} is printed: each is shown as "< ${k}". ` +
      `A few larger figures are hidden the same way, so that a small one cannot be worked out from the totals. ` +
      `${figures.hidden} figure${figures.hidden === 1 ? ' is' : 's are'} hidden in this report.`,
    SMALL,
    { after: 12 },
  );
  flow.paragraph('Indicators', H1, { after: 6 });
  for (const t of figures.tables) drawTable(flow, t, k);
  if (figures.medians.length) {
    flow.ensure(60);
    flow.paragraph('Medians', H1, { after: 6 });
    for (const m of figures.medians) {
      const value =
        m.of === null
          ? `hidden (fewer than ${k} values)`
          : m.days === null
            ? 'none yet'
            : `${m.days} days (of ${m.of})`;
      flow.labelled(value, m.title, BODY, 150);
    }
  }
  return doc.finish('Outcome indicators — aggregates only, small figures hidden');
}
