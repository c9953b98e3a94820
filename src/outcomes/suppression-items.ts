// The figures a table publishes, each as a sum of the table's cells: the cells themselves, the total for each value
// of each dimension (the margins, for tables of two or more dimensions) and the grand total. Suppression decides
// which of these to hide; the equations between them are what an attacker would solve.

/** A table of counts, as the indicators produce it (`src/outcomes/indicators-shape.ts`). */
export interface CountTable {
  id: string;
  title: string;
  /**
   * `breakdown` (the default): disjoint cells, margins and total are sums. `funnel` / `indicators`: one dimension,
   * cells not additive (a funnel's stages are nested); only the cells are published, no margins and no total.
   */
  kind?: 'breakdown' | 'funnel' | 'indicators';
  dimensions: string[];
  cells: { key: string[]; count: number }[];
  total: number;
}

export type ItemRef =
  | { kind: 'cell'; key: string[] }
  | { kind: 'margin'; dimension: string; value: string }
  | { kind: 'total' };

export interface Item {
  /** Stable across releases of the same table: `cell:[…]`, `margin:<dimension>:<value>`, `total`. */
  id: string;
  ref: ItemRef;
  value: number;
  /** The variables (cells, and the unlisted remainder last) whose sum it is. */
  members: number[];
  /** Not published at all (the remainder of a total that is more than the sum of its cells). */
  hidden?: true;
}

export interface TableItems {
  table: CountTable;
  additive: boolean;
  /** Cells first (item i is cell i), then the remainder if any, then margins, then the total. */
  items: Item[];
  /** Number of variables: the cells, plus one for a remainder. */
  variables: number;
  /** Index of the remainder item, or -1. */
  remainder: number;
  /** Index of the total item, or -1 (not published for funnels and lists of indicators). */
  total: number;
  /** For each variable, the indices of the margin and total items it belongs to. */
  groupsOf: number[][];
  /** For a breakdown of exactly two dimensions: each cell's index by its key (JSON), for the rectangle rule. */
  rectangles?: Map<string, number>;
}

export const itemId = (ref: ItemRef): string =>
  ref.kind === 'cell'
    ? `cell:${JSON.stringify(ref.key)}`
    : ref.kind === 'margin'
      ? `margin:${ref.dimension}:${ref.value}`
      : 'total';

/** The table's figures and the sums between them. */
export function tableItems(table: CountTable): TableItems {
  const additive = (table.kind ?? 'breakdown') === 'breakdown';
  const items: Item[] = table.cells.map((c, i) => {
    const ref: ItemRef = { kind: 'cell', key: c.key };
    return { id: itemId(ref), ref, value: c.count, members: [i] };
  });
  let variables = items.length;
  let remainder = -1;
  let total = -1;
  if (additive) {
    const sum = table.cells.reduce((s, c) => s + c.count, 0);
    const rest = table.total - sum;
    // A total above the sum of the cells counts units in no cell (a value not recorded): a hidden variable.
    if (rest > 0) {
      remainder = items.length;
      items.push({
        id: 'remainder',
        ref: { kind: 'total' },
        value: rest,
        members: [remainder],
        hidden: true,
      });
      variables++;
    }
    if (table.dimensions.length >= 2)
      table.dimensions.forEach((dimension, d) => {
        const values = [...new Set(table.cells.map((c) => c.key[d] as string))];
        for (const value of values) {
          const ref: ItemRef = { kind: 'margin', dimension, value };
          const members = table.cells.flatMap((c, i) => (c.key[d] === value ? [i] : []));
          const v = members.reduce((s, i) => s + (table.cells[i]?.count ?? 0), 0);
          items.push({ id: itemId(ref), ref, value: v, members });
        }
      });
    // A total below the sum (a unit counted in two cells) is no equation over the cells: published on its own.
    total = items.length;
    const all = table.cells.map((_, i) => i);
    if (remainder >= 0) all.push(remainder);
    items.push({ id: 'total', ref: { kind: 'total' }, value: table.total, members: rest >= 0 ? all : [] });
  }
  const groupsOf: number[][] = Array.from({ length: variables }, () => []);
  items.forEach((it, i) => {
    if (i < variables) return;
    for (const m of it.members) groupsOf[m]?.push(i);
  });
  const out: TableItems = { table, additive, items, variables, remainder, total, groupsOf };
  if (additive && table.dimensions.length === 2)
    out.rectangles = new Map(table.cells.map((c, i) => [JSON.stringify(c.key), i]));
  return out;
}

/** Words for a figure, for the report: "the cell female, child", "the total for sex female", "the grand total". */
export function itemWords(t: TableItems, i: number): string {
  const it = t.items[i] as Item;
  if (it.hidden) return 'the units counted in no cell';
  if (it.ref.kind === 'cell')
    return `the figure for ${it.ref.key.map((v, d) => `${t.table.dimensions[d] ?? ''} ${v}`).join(', ')}`;
  if (it.ref.kind === 'margin') return `the total for ${it.ref.dimension} ${it.ref.value}`;
  return 'the grand total';
}
