import type { ServerLanguage } from '../platform/i18n/languages.ts';
import type { Flow } from '../prosecution/court-file-layout.ts';
import { fill, listed, printedDay, printedNumber } from '../prosecution/pdf-language.ts';
import type { DashboardFigures, ShownTable } from './dashboard.ts';
import type { Filters } from './filters.ts';
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
import {
  type Dimension,
  REPORT_TEXTS,
  type ReportTexts,
  type RowWord,
  type TableId,
} from './report-texts.ts';

// The dashboard's figures as a printable report: the filters chosen, then each indicator table with its figures
// drawn as simple vector bars (a funnel's stages in order, a breakdown's combinations that count something), and
// every hidden figure printed as "< k" (never a number from 1 to k-1: the figures come suppressed). Counts only.
// Written in the language asked for (report-texts.ts): the tables' titles, dimensions and rows too.

export interface ReportInput {
  figures: DashboardFigures;
  /** The filters in words ("Province: Samut Sakhon"), in the report's language; none: everything Lantern holds. */
  filters: string[];
  generatedAt: string;
  /** The report's language; English when not given. */
  lang?: ServerLanguage;
}

/** The filters in words in a language ("Province: Samut Sakhon"; "จังหวัด: Samut Sakhon"), for the heading. */
export function filtersInLanguage(f: Filters, agencyName: string | null, lang: ServerLanguage): string[] {
  const t = REPORT_TEXTS[lang];
  const w = t.filters;
  const word = (list: Record<string, string>, code: string) =>
    Object.hasOwn(list, code) ? (list[code] as string) : code;
  const out: string[] = [];
  if (f.from || f.to)
    out.push(
      fill(w.period, {
        from: f.from ? printedDay(f.from, lang) : w.beginning,
        to: f.to ? printedDay(f.to, lang) : w.today,
      }),
    );
  if (f.country) out.push(fill(w.country, { country: word(t.countries, f.country) }));
  if (f.province) out.push(fill(w.province, { province: f.province }));
  if (f.agency) out.push(fill(w.agency, { agency: agencyName ?? w.oneAgency }));
  if (f.exploitation) out.push(fill(w.exploitation, { exploitation: word(t.exploitations, f.exploitation) }));
  if (f.sex) out.push(fill(w.sex, { sex: word(t.sexes, f.sex) }));
  if (f.age) out.push(fill(w.age, { age: word(t.ages, f.age) }));
  return out;
}

/** How the report writes: its words, its language, its numbers. */
interface Words {
  t: ReportTexts;
  lang: ServerLanguage;
  n: (count: number) => string;
}

const BAR_COLOUR = '#1f5fa8';
const LABEL_WIDTH = 190;
const FIGURE_WIDTH = 56;

/** A figure as printed: the count, or "< k" when hidden (in the language's digits). */
export const printedFigure = (count: number | null, k: number, lang: ServerLanguage = 'en') =>
  count === null ? `< ${printedNumber(k, lang)}` : printedNumber(count, lang);

interface Row {
  label: string;
  count: number | null;
}

/** The rows a table prints: every stage of a funnel or list; a breakdown's non-zero or hidden combinations. */
export function rowsOf(t: ShownTable, words: ReportTexts['tables'] = null): { rows: Row[]; zeros: number } {
  const row = (key: string) => (words && Object.hasOwn(words.rows, key) ? words.rows[key as RowWord] : key);
  const all = t.cells.map((c) => ({ label: c.key.map(row).join(' · '), count: c.count }));
  if (t.kind !== 'breakdown') return { rows: all, zeros: 0 };
  const rows = all.filter((r) => r.count !== 0);
  return { rows, zeros: all.length - rows.length };
}

function drawRows(flow: Flow, rows: Row[], k: number, { lang }: Words): void {
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
    const figure = printedFigure(row.count, k, lang);
    flow.textAt(figure, PAGE.margin + CONTENT_WIDTH, flow.y + 10, figureStyle, 'right');
    flow.y += height;
  }
}

function drawTable(flow: Flow, table: ShownTable, k: number, w: Words): void {
  const { t, lang, n } = w;
  const words = t.tables;
  const { rows, zeros } = rowsOf(table, words);
  const title =
    words && Object.hasOwn(words.titles, table.id) ? words.titles[table.id as TableId] : table.title;
  const dimension = (d: string) =>
    words && Object.hasOwn(words.dimensions, d) ? words.dimensions[d as Dimension] : d;
  const filterName = (f: string) => (Object.hasOwn(t.filterNames, f) ? t.filterNames[f as 'sex' | 'age'] : f);
  flow.ensure(60);
  flow.paragraph(title, H2, { after: 2 });
  if (table.unfiltered.length)
    flow.paragraph(
      fill(t.unfiltered, { filters: listed(table.unfiltered.map(filterName), lang, 'disjunction') }),
      MUTED,
    );
  if (rows.length === 0) flow.paragraph(t.nothingCounted, SMALL);
  else drawRows(flow, rows, k, w);
  if (zeros > 0)
    flow.paragraph(
      fill(zeros === 1 ? t.zerosOne : t.zerosMany, {
        n: n(zeros),
        dimensions: listed(table.dimensions.map(dimension), lang, 'conjunction'),
      }),
      MUTED,
    );
  if (table.kind === 'breakdown' && rows.length > 1)
    flow.paragraph(fill(t.total, { figure: printedFigure(table.total, k, lang) }), {
      ...SMALL,
      weight: 'bold',
    });
  flow.space(10);
}

export async function renderOutcomesReport(input: ReportInput): Promise<Buffer> {
  const { figures, filters, generatedAt } = input;
  const lang = input.lang ?? 'en';
  const t = REPORT_TEXTS[lang];
  const n = (count: number) => printedNumber(count, lang);
  const w: Words = { t, lang, n };
  const k = figures.k;
  const doc = startDocument({ title: t.title, subject: t.subject, generatedAt, lang });
  const { flow } = doc;
  titleBlock(flow, t.kicker, t.title);
  flow.paragraph(fill(t.printed, { at: printedAt(generatedAt, lang) }), BODY, { after: 2 });
  flow.paragraph(
    filters.length ? fill(t.forFilters, { filters: filters.join(t.filtersJoin) }) : t.forEverything,
    BODY,
    { after: 6 },
  );
  flow.paragraph(
    fill(figures.hidden === 1 ? t.protectionOne : t.protectionMany, {
      below: n(k - 1),
      k: n(k),
      n: n(figures.hidden),
    }),
    SMALL,
    { after: 12 },
  );
  flow.paragraph(t.indicators, H1, { after: 6 });
  for (const table of figures.tables) drawTable(flow, table, k, w);
  if (figures.medians.length) {
    flow.ensure(60);
    flow.paragraph(t.medians, H1, { after: 6 });
    const medians = t.tables?.medians as Record<string, string> | undefined;
    for (const m of figures.medians) {
      const value =
        m.of === null
          ? fill(t.medianHidden, { k: n(k) })
          : m.days === null
            ? t.medianNone
            : fill(t.medianDays, { days: n(m.days), of: n(m.of) });
      const title = medians && Object.hasOwn(medians, m.id) ? (medians[m.id] as string) : m.title;
      flow.labelled(value, title, BODY, 150);
    }
  }
  return doc.finish(t.footer, t.page);
}
