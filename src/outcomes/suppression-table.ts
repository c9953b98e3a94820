import { type Item, itemWords, type TableItems } from './suppression-items.ts';
import { Polytope, type Range } from './suppression-lp.ts';

// Protecting one table: primary suppression of every figure from 1 to k-1; figures hidden because an earlier
// release forces it; then secondary (complementary) suppression until no hidden figure can be worked out from
// what is published. Two passes: the classic pattern rule (a hidden cell needs another hidden cell in each of its
// published totals, or that total hidden; a hidden total needs a hidden cell inside it and a hidden sibling), then
// an exact check: for each figure that must stay hidden, the range it can take given every published figure
// (a linear programme over the hidden cells, each at least 0) must be wider than a point; if not, the cheapest
// further figure is hidden and both passes run again. "Cheapest" is the least information lost: the smallest
// count; a zero is a poor complement (it protects on one side only) and is costed as k.

export type Reason = 'primary' | 'secondary' | 'release_consistency';

export interface Suppressed {
  reason: Reason;
  words: string;
}

/** What a protected table hides, by item index. */
export type Hidden = Map<number, Suppressed>;

/** Ranges of the figures that must stay hidden, given what is published (by item index). */
export function hiddenRanges(t: TableItems, hidden: Hidden, only?: Iterable<number>): Map<number, Range> {
  const columns = new Map<number, number>();
  for (let v = 0; v < t.variables; v++) if (hidden.has(v)) columns.set(v, columns.size);
  const A: number[][] = [];
  const b: number[] = [];
  t.items.forEach((g, gi) => {
    if (gi < t.variables || hidden.has(gi) || g.members.length === 0) return;
    const row = new Array<number>(columns.size).fill(0);
    let rhs = g.value;
    let any = false;
    for (const m of g.members) {
      const col = columns.get(m);
      if (col === undefined) rhs -= (t.items[m] as Item).value;
      else {
        row[col] = 1;
        any = true;
      }
    }
    if (any) {
      A.push(row);
      b.push(rhs);
    }
  });
  const poly = new Polytope(A, b, columns.size);
  const out = new Map<number, Range>();
  for (const s of only ?? hidden.keys()) {
    const it = t.items[s] as Item;
    if (it.members.length === 0) continue;
    const objective = new Array<number>(columns.size).fill(0);
    let constant = 0;
    for (const m of it.members) {
      const col = columns.get(m);
      if (col === undefined) constant += (t.items[m] as Item).value;
      else objective[col] = 1;
    }
    const r = objective.some((x) => x !== 0) ? poly.range(objective) : { min: 0, max: 0 };
    out.set(s, { min: r.min + constant, max: r.max + constant });
  }
  return out;
}

/** Figures hidden for a reason outside the table (an earlier release, a linked table), by item id. */
export type Forced = ReadonlyMap<string, { reason: Reason; why: string }>;

export function protectTable(t: TableItems, k: number, forced: Forced): Hidden {
  const hidden: Hidden = new Map();
  const sensitive = new Set<number>();
  const hide = (i: number, reason: Reason, words: string) => {
    if (hidden.has(i)) return false;
    hidden.set(i, { reason, words });
    return true;
  };
  const small = (v: number) => v >= 1 && v < k;
  t.items.forEach((it, i) => {
    if (it.hidden) {
      hide(i, 'secondary', 'not published: units counted in no cell');
      if (small(it.value)) sensitive.add(i);
    } else if (small(it.value)) {
      hide(i, 'primary', `${itemWords(t, i)} is hidden: it counts fewer than ${k}`);
      sensitive.add(i);
    }
  });
  t.items.forEach((it, i) => {
    const f = forced.get(it.id);
    if (f === undefined) return;
    hide(i, f.reason, `${itemWords(t, i)} is hidden: ${f.why}`);
    sensitive.add(i);
  });
  if (!t.additive) {
    differencesWithinList(t, k, hidden, hide);
    return hidden;
  }
  const cost = (i: number) => {
    const v = (t.items[i] as Item).value;
    return v > 0 ? v : k;
  };
  const pickCheapest = (candidates: number[]) => {
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
      if (hidden.has(c)) continue;
      // Ties go to a cell whose other totals already hide something (it needs no further complement).
      const covered = (t.groupsOf[c] ?? []).filter((g) =>
        t.items[g]?.members.some((m) => hidden.has(m)),
      ).length;
      const score = cost(c) * 1000 - covered;
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  };
  for (let round = 0; round < 10_000; round++) {
    if (pattern(t, hidden, sensitive, hide, pickCheapest, cost)) continue;
    const ranges = hiddenRanges(t, hidden, sensitive);
    const exposed = [...sensitive].find((s) => {
      const r = ranges.get(s);
      return r !== undefined && !twoWholeNumbers(r);
    });
    if (exposed === undefined) return hidden;
    widen(t, exposed, hide, pickCheapest);
  }
  throw new Error(`table ${t.table.id}: suppression did not settle`);
}

/**
 * Whether the range holds at least two whole numbers. The range is that of the linear relaxation: exact for
 * tables of one or two dimensions (their equations have whole-number corners), an outer bound for three or more.
 */
export const twoWholeNumbers = (r: Range): boolean => Math.floor(r.max + 1e-6) - Math.ceil(r.min - 1e-6) >= 1;

type Hide = (i: number, reason: Reason, words: string) => boolean;

/** The pattern rule, once over every hidden figure; true when it hid something. */
function pattern(
  t: TableItems,
  hidden: Hidden,
  sensitive: Set<number>,
  hide: Hide,
  pick: (c: number[]) => number,
  cost: (c: number) => number,
): boolean {
  const published = (i: number) => !hidden.has(i);
  const cellsOf = (g: number) => (t.items[g] as Item).members.filter((m) => m !== t.remainder);
  for (const [i] of [...hidden]) {
    const it = t.items[i] as Item;
    if (i < t.variables) {
      if (i === t.remainder && !sensitive.has(i)) continue;
      if (t.rectangles && i !== t.remainder && rectangle(t, i, hidden, hide, cost)) return true;
      for (const g of t.groupsOf[i] ?? []) {
        if (!published(g)) continue;
        if ((t.items[g] as Item).members.filter((m) => hidden.has(m)).length >= 2) continue;
        const c = pick(cellsOf(g).filter((m) => m !== i));
        const why = `so that ${itemWords(t, i)} cannot be worked out from ${itemWords(t, g)}`;
        if (c >= 0) hide(c, 'secondary', `${itemWords(t, c)} is hidden ${why}`);
        else hide(g, 'secondary', `${itemWords(t, g)} is hidden: it would reveal ${itemWords(t, i)}`);
        return true;
      }
      continue;
    }
    if (it.members.length === 0) continue;
    // A hidden total or margin needs a hidden cell inside it…
    if (it.members.every(published)) {
      const c = pick(cellsOf(i));
      if (c >= 0) {
        hide(
          c,
          'secondary',
          `${itemWords(t, c)} is hidden so that ${itemWords(t, i)} cannot be added up from its cells`,
        );
        return true;
      }
    }
    // …and, beside the grand total, a hidden sibling (the totals of one dimension add up to the grand total).
    if (
      it.ref.kind === 'margin' &&
      t.total >= 0 &&
      published(t.total) &&
      (t.items[t.total]?.members.length ?? 0) > 0
    ) {
      const dim = it.ref.dimension;
      const siblings = t.items.flatMap((s, si) =>
        s.ref.kind === 'margin' && s.ref.dimension === dim ? [si] : [],
      );
      const unknowns = siblings.filter((s) => hidden.has(s)).length + (t.remainder >= 0 ? 1 : 0);
      if (unknowns < 2) {
        const s = pick(siblings);
        const why = `so that ${itemWords(t, i)} cannot be worked out from the grand total`;
        if (s >= 0) hide(s, 'secondary', `${itemWords(t, s)} is hidden ${why}`);
        else hide(t.total, 'secondary', `the grand total is hidden: it would reveal ${itemWords(t, i)}`);
        return true;
      }
    }
    if (i === t.total && t.table.dimensions.length >= 2)
      for (const dim of t.table.dimensions) {
        const siblings = t.items.flatMap((s, si) =>
          s.ref.kind === 'margin' && s.ref.dimension === dim ? [si] : [],
        );
        if (siblings.some((s) => hidden.has(s))) continue;
        const s = pick(siblings);
        if (s >= 0) {
          hide(
            s,
            'secondary',
            `${itemWords(t, s)} is hidden so that the grand total cannot be added up from the totals for ${dim}`,
          );
          return true;
        }
      }
  }
  return false;
}

/** The exact check found `s` pinned to a point: hide the cheapest figure that adds an unknown to its equations. */
function widen(t: TableItems, s: number, hide: Hide, pick: (c: number[]) => number): void {
  const it = t.items[s] as Item;
  const why = `so that ${itemWords(t, s)} cannot be worked out from the published figures`;
  const around = new Set<number>();
  for (const m of it.members) {
    around.add(m);
    for (const g of t.groupsOf[m] ?? []) for (const c of (t.items[g] as Item).members) around.add(c);
  }
  around.delete(t.remainder);
  const c = pick([...around]);
  if (c >= 0 && hide(c, 'secondary', `${itemWords(t, c)} is hidden ${why}`)) return;
  const groups = [...new Set(it.members.flatMap((m) => t.groupsOf[m] ?? []))];
  const g = pick(groups);
  if (g >= 0 && hide(g, 'secondary', `${itemWords(t, g)} is hidden ${why}`)) return;
  const any = pick(t.items.map((_, i) => i));
  if (any >= 0) hide(any, 'secondary', `${itemWords(t, any)} is hidden ${why}`);
}

/**
 * A funnel's stages are nested and a list of indicators may overlap: the difference of two published figures can
 * count a small group (removed but not screened). A figure is hidden when it differs from an earlier published
 * one in the list by 1 to k-1.
 */
function differencesWithinList(t: TableItems, k: number, hidden: Hidden, hide: Hide): void {
  const shown: number[] = [];
  t.items.forEach((it, i) => {
    if (hidden.has(i)) return;
    const j = shown.find((p) => {
      const d = Math.abs((t.items[p] as Item).value - it.value);
      return d >= 1 && d < k;
    });
    if (j === undefined) shown.push(i);
    else
      hide(
        i,
        'secondary',
        `${itemWords(t, i)} is hidden: subtracted from ${itemWords(t, j)} it would show a count below ${k}`,
      );
  });
}

/**
 * In a table of two dimensions, a hidden cell lacking a hidden partner in its row or its column gets the cheapest
 * rectangle: a cell in its row, one in its column and the one at their crossing (cells already hidden cost
 * nothing). The classic pattern: no row or column total then pins any of the four.
 */
function rectangle(
  t: TableItems,
  i: number,
  hidden: Hidden,
  hide: Hide,
  cost: (c: number) => number,
): boolean {
  const groups = (t.groupsOf[i] ?? []).filter((g) => g !== t.total && !hidden.has(g));
  const lacking = groups.filter((g) => (t.items[g] as Item).members.filter((m) => hidden.has(m)).length < 2);
  if (lacking.length === 0) return false;
  const rc = t.rectangles as Map<string, number>;
  const [r, c] = (t.items[i] as Item & { ref: { kind: 'cell' } }).ref.key as [string, string];
  const rows = [...new Set(t.table.cells.map((x) => x.key[0] as string))];
  const cols = [...new Set(t.table.cells.map((x) => x.key[1] as string))];
  const at = (a: string, b: string) => rc.get(JSON.stringify([a, b]));
  let best: number[] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const r2 of rows)
    for (const c2 of cols) {
      if (r2 === r || c2 === c) continue;
      const corners = [at(r, c2), at(r2, c), at(r2, c2)];
      if (corners.some((x) => x === undefined)) continue;
      const fresh = (corners as number[]).filter((x) => !hidden.has(x));
      const total = fresh.reduce((s, x) => s + cost(x), 0);
      if (total < bestCost) {
        bestCost = total;
        best = fresh;
      }
    }
  if (!best || best.length === 0) return false;
  for (const x of best)
    hide(
      x,
      'secondary',
      `${itemWords(t, x)} is hidden so that ${itemWords(t, i)} cannot be worked out from its row and column totals`,
    );
  return true;
}
