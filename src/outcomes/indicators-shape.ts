// The one shape of every outcome indicator: a table of counts per combination of dimension values. Computing
// (the indicators-*.ts files) is kept apart from presenting (the screens) and from protecting small cells (the
// publication's suppression, applied to this shape).

export interface Cell {
  /** One value per dimension, in the order of `dimensions`, in words. */
  key: string[];
  count: number;
}

/**
 * - `breakdown`: cells are disjoint; `total` is their sum, and every margin is a sum of cells.
 * - `funnel`: one dimension, `stage`, in order; each stage is a subset (or a consequence) of the one before, so
 *   cells are not additive. `total` is still the sum of the cells (so the same margin arithmetic applies) and has
 *   no meaning of its own: it is not to be shown.
 * - `indicators`: one dimension, `indicator`, each cell a different measure (COMMIT-style national indicators);
 *   `total` as for a funnel.
 */
export type TableKind = 'breakdown' | 'funnel' | 'indicators';

export interface IndicatorTable {
  id: string;
  title: string;
  kind: TableKind;
  dimensions: string[];
  cells: Cell[];
  total: number;
  /** Filters asked for that this table's units cannot be narrowed by (a tip has no sex). */
  unfiltered: string[];
}

/** Every combination of the dimensions' values, in order. */
function combinations(values: readonly (readonly string[])[]): string[][] {
  return values.reduce<string[][]>((acc, vs) => acc.flatMap((k) => vs.map((v) => [...k, v])), [[]]);
}

/**
 * A breakdown over every combination of the given values (zeros included, so a filter that matches nothing gives
 * zeros and two periods give the same cells); each unit adds `n` (default 1) to its key's cell. A key outside the
 * values is a programming error.
 */
export function breakdown(
  id: string,
  title: string,
  dims: readonly (readonly [string, readonly string[]])[],
  units: readonly { key: readonly string[]; n?: number }[],
  unfiltered: string[],
): IndicatorTable {
  const cells = combinations(dims.map(([, vs]) => vs)).map((key) => ({ key, count: 0 }));
  const index = new Map(cells.map((c) => [JSON.stringify(c.key), c]));
  for (const u of units) {
    const cell = index.get(JSON.stringify(u.key));
    if (!cell) throw new Error(`indicator ${id}: no cell ${JSON.stringify(u.key)}`);
    cell.count += u.n ?? 1;
  }
  return {
    id,
    title,
    kind: 'breakdown',
    dimensions: dims.map(([d]) => d),
    cells,
    total: cells.reduce((a, c) => a + c.count, 0),
    unfiltered,
  };
}

/** A funnel (or a list of national indicators): one count per stage, in order. */
export function stages(
  id: string,
  title: string,
  kind: 'funnel' | 'indicators',
  counts: readonly (readonly [string, number])[],
  unfiltered: string[],
): IndicatorTable {
  const cells = counts.map(([stage, count]) => ({ key: [stage], count }));
  return {
    id,
    title,
    kind,
    dimensions: [kind === 'funnel' ? 'stage' : 'indicator'],
    cells,
    total: cells.reduce((a, c) => a + c.count, 0),
    unfiltered,
  };
}

/** Words for a code: underscores become spaces. */
export const words = (code: string) => code.replaceAll('_', ' ');

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
