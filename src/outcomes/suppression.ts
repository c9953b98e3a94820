import {
  type CountTable,
  type Item,
  type ItemRef,
  type TableItems,
  tableItems,
} from './suppression-items.ts';
import { type Hidden, protectTable, type Reason } from './suppression-table.ts';

// Small-cell suppression of tables of counts before anything leaves Lantern (k = 11 by default, as CTDC uses):
// every figure from 1 to k-1 is hidden (primary); further figures are hidden so that none of those can be worked
// out from the row, column or grand totals (secondary); and, against every earlier release of the same table, so
// that subtracting an earlier published figure from this one's gives no count from 1 to k-1 (release
// consistency). Totals are computed from the original counts, never from the published ones, and are themselves
// hidden when they would reveal. Pure: no database.

export type { CountTable, ItemRef } from './suppression-items.ts';
export type { Reason } from './suppression-table.ts';

export const DEFAULT_K = 11;

/** A table as released: a hidden figure is null. */
export interface PublishedTable {
  id: string;
  title: string;
  kind: 'breakdown' | 'funnel' | 'indicators';
  dimensions: string[];
  cells: { key: string[]; count: number | null }[];
  /** The total for each value of each dimension (tables of two or more dimensions). */
  margins: { dimension: string; value: string; count: number | null }[];
  /** Null when hidden, and for funnels and lists of indicators (whose total means nothing). */
  total: number | null;
}

export interface ReportEntry {
  table: string;
  item: ItemRef;
  reason: Reason;
  /** What was hidden and why, in words, without the hidden value. */
  words: string;
}

/** An earlier release's tables, as published, to check this one against. */
export interface EarlierRelease {
  id: string;
  title: string;
  tables: readonly PublishedTable[];
}

export interface SuppressionResult {
  k: number;
  tables: PublishedTable[];
  report: ReportEntry[];
}

/** Every figure of a published table with its item id (cells, margins, total), the value null when hidden. */
export function publishedFigures(p: PublishedTable): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const c of p.cells) out.set(`cell:${JSON.stringify(c.key)}`, c.count);
  for (const m of p.margins) out.set(`margin:${m.dimension}:${m.value}`, m.count);
  if (p.kind === 'breakdown') out.set('total', p.total);
  return out;
}

function publish(t: TableItems, hidden: Hidden): PublishedTable {
  const value = (i: number) => (hidden.has(i) ? null : (t.items[i] as Item).value);
  const margins: PublishedTable['margins'] = [];
  t.items.forEach((it, i) => {
    if (it.ref.kind === 'margin')
      margins.push({ dimension: it.ref.dimension, value: it.ref.value, count: value(i) });
  });
  return {
    id: t.table.id,
    title: t.table.title,
    kind: t.table.kind ?? 'breakdown',
    dimensions: [...t.table.dimensions],
    cells: t.table.cells.map((c, i) => ({ key: [...c.key], count: value(i) })),
    margins,
    total: t.total >= 0 ? value(t.total) : null,
  };
}

/**
 * Figures of `p` that differ from the same figure of an earlier release of the same table by 1 to k-1: each
 * would reveal a small count by subtraction. Keyed by item id, with the words saying which release.
 */
export function differencesWithEarlier(
  p: PublishedTable,
  earlier: readonly EarlierRelease[],
  k: number,
): Map<string, string> {
  const out = new Map<string, string>();
  const mine = publishedFigures(p);
  for (const release of earlier)
    for (const e of release.tables) {
      if (e.id !== p.id || JSON.stringify(e.dimensions) !== JSON.stringify(p.dimensions)) continue;
      for (const [id, theirs] of publishedFigures(e)) {
        const ours = mine.get(id);
        if (ours == null || theirs == null) continue;
        const d = Math.abs(ours - theirs);
        if (d >= 1 && d < k && !out.has(id))
          out.set(
            id,
            `subtracting the same figure in the earlier release "${release.title}" would leave fewer than ${k}`,
          );
      }
    }
  return out;
}

/**
 * Pairs of tables in one release where one shows the other's totals: a table of one dimension whose cells are
 * the other's totals for that dimension (victims by sex beside victims by sex and age). A figure hidden in one
 * must be hidden in the other, or the other gives it away.
 */
function linkedPairs(tables: readonly CountTable[]): { small: number; large: number; dimension: string }[] {
  const out: { small: number; large: number; dimension: string }[] = [];
  tables.forEach((a, ai) => {
    if ((a.kind ?? 'breakdown') !== 'breakdown' || a.dimensions.length !== 1) return;
    const dimension = a.dimensions[0] as string;
    tables.forEach((b, bi) => {
      if (bi === ai || (b.kind ?? 'breakdown') !== 'breakdown' || b.dimensions.length < 2) return;
      const d = b.dimensions.indexOf(dimension);
      if (d < 0 || a.total !== b.total) return;
      const sums = new Map<string, number>();
      for (const c of b.cells) sums.set(c.key[d] as string, (sums.get(c.key[d] as string) ?? 0) + c.count);
      if (a.cells.every((c) => (sums.get(c.key[0] as string) ?? 0) === c.count))
        out.push({ small: ai, large: bi, dimension });
    });
  });
  return out;
}

/** Protects every table (see the top of this file); `earlier` are the releases already public. */
export function suppressTables(
  tables: readonly CountTable[],
  opts: { k?: number; earlier?: readonly EarlierRelease[] } = {},
): SuppressionResult {
  const k = opts.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 2) throw new Error('k must be a whole number of at least 2');
  const earlier = opts.earlier ?? [];
  const items = tables.map(tableItems);
  const forced = tables.map(() => new Map<string, { reason: Reason; why: string }>());
  const pairs = linkedPairs(tables);
  let hidden: Hidden[] = [];
  let published: PublishedTable[] = [];
  // Hide further until no figure differs from an earlier release's by 1..k-1 and linked tables agree; each pass
  // hides at least one more figure, so this ends.
  for (;;) {
    hidden = items.map((t, i) =>
      protectTable(t, k, forced[i] as Map<string, { reason: Reason; why: string }>),
    );
    published = items.map((t, i) => publish(t, hidden[i] as Hidden));
    let more = false;
    published.forEach((p, i) => {
      for (const [id, why] of differencesWithEarlier(p, earlier, k)) {
        const f = forced[i] as Map<string, { reason: Reason; why: string }>;
        if (f.has(id)) continue;
        f.set(id, { reason: 'release_consistency', why });
        more = true;
      }
    });
    for (const { small, large, dimension } of pairs) {
      const a = publishedFigures(published[small] as PublishedTable);
      const b = publishedFigures(published[large] as PublishedTable);
      const twins: [string, string][] = [['total', 'total']];
      for (const id of a.keys())
        if (id.startsWith('cell:')) twins.push([id, `margin:${dimension}:${JSON.parse(id.slice(5))[0]}`]);
      for (const [ida, idb] of twins) {
        const [va, vb] = [a.get(ida), b.get(idb)];
        if (va === undefined || vb === undefined || (va === null) === (vb === null)) continue;
        const [to, id, from] = va === null ? [large, idb, small] : [small, ida, large];
        const f = forced[to] as Map<string, { reason: Reason; why: string }>;
        if (f.has(id)) continue;
        f.set(id, {
          reason: 'secondary',
          why: `the table "${tables[from]?.title}" in this release hides the same figure`,
        });
        more = true;
      }
    }
    if (!more) break;
  }
  const out: SuppressionResult = { k, tables: published, report: [] };
  items.forEach((t, ti) => {
    for (const [i, s] of [...(hidden[ti] as Hidden)].sort(([a], [b]) => a - b)) {
      const it = t.items[i] as Item;
      if (it.hidden) continue;
      out.report.push({ table: t.table.id, item: it.ref, reason: s.reason, words: s.words });
    }
  });
  return out;
}

/** The report in a few sentences per table: how many figures were hidden and why, without saying which is which. */
export function reportSummary(result: SuppressionResult): string[] {
  return result.tables.map((t) => {
    const entries = result.report.filter((e) => e.table === t.id);
    const by = (r: Reason) => entries.filter((e) => e.reason === r).length;
    if (entries.length === 0) return `${t.title}: nothing hidden (no figure from 1 to ${result.k - 1}).`;
    return (
      `${t.title}: ${entries.length} figure(s) hidden: ${by('primary')} counting fewer than ${result.k}, ` +
      `${by('secondary')} so that those cannot be worked out from the totals, ` +
      `${by('release_consistency')} so that subtracting an earlier release reveals no count below ${result.k}.`
    );
  });
}
