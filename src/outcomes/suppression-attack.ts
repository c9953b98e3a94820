import type { PublishedTable } from './suppression.ts';
import { Polytope, type Range } from './suppression-lp.ts';

// The attacker's side, from published figures alone: every hidden cell a variable (at least 0), every published
// total an equation over them; the range of each hidden cell is what can be learnt of it. Used by the tests to
// check that suppression holds, and usable to audit any release.

/** The range each hidden cell of a published breakdown can take (by cell index). `remainder`: the total also
 * counts units in no cell (the attacker is told so), an extra unknown of at least 0. */
export function attackRanges(p: PublishedTable, opts: { remainder?: boolean } = {}): Map<number, Range> {
  const hiddenCells = p.cells.flatMap((c, i) => (c.count === null ? [i] : []));
  const col = new Map(hiddenCells.map((c, j) => [c, j]));
  const n = hiddenCells.length + (opts.remainder ? 1 : 0);
  const A: number[][] = [];
  const b: number[] = [];
  const equation = (members: number[], value: number, withRemainder: boolean) => {
    const row = new Array<number>(n).fill(0);
    let rhs = value;
    for (const m of members) {
      const j = col.get(m);
      if (j === undefined) rhs -= p.cells[m]?.count ?? 0;
      else row[j] = 1;
    }
    if (withRemainder) row[n - 1] = 1;
    A.push(row);
    b.push(rhs);
  };
  for (const m of p.margins) {
    if (m.count === null) continue;
    const d = p.dimensions.indexOf(m.dimension);
    equation(
      p.cells.flatMap((c, i) => (c.key[d] === m.value ? [i] : [])),
      m.count,
      false,
    );
  }
  if (p.kind === 'breakdown' && p.total !== null)
    equation(
      p.cells.map((_, i) => i),
      p.total,
      opts.remainder === true,
    );
  const poly = new Polytope(A, b, n);
  const out = new Map<number, Range>();
  for (const [cell, j] of col) {
    const objective = new Array<number>(n).fill(0);
    objective[j] = 1;
    out.set(cell, poly.range(objective));
  }
  return out;
}

/**
 * The range of `later − earlier` for one cell across two releases of the same table, each release's hidden
 * cells solved from its own published figures: a point means the difference is known.
 */
export function differenceRange(
  later: PublishedTable,
  earlier: PublishedTable,
  key: readonly string[],
): Range {
  const value = (p: PublishedTable): Range => {
    const i = p.cells.findIndex((c) => JSON.stringify(c.key) === JSON.stringify(key));
    const c = p.cells[i];
    if (!c) throw new Error('no such cell');
    if (c.count !== null) return { min: c.count, max: c.count };
    return attackRanges(p).get(i) as Range;
  };
  const a = value(later);
  const b = value(earlier);
  return { min: a.min - b.max, max: a.max - b.min };
}
