import { describe, expect, it } from 'vitest';
import { Rng } from '../world/rng.ts';
import { type CountTable, type PublishedTable, publishedFigures, suppressTables } from './suppression.ts';
import { attackRanges } from './suppression-attack.ts';
import { Polytope } from './suppression-lp.ts';
import { twoWholeNumbers } from './suppression-table.ts';

const K = 11;

/** A random breakdown of 1 to 3 dimensions, counts mostly small (so that suppression has work to do). */
function randomTable(rng: Rng, n: number): CountTable {
  const dims = rng.int(1, 3);
  const sizes = Array.from({ length: dims }, () => rng.int(2, dims === 3 ? 3 : 5));
  let keys: string[][] = [[]];
  sizes.forEach((s, d) => {
    keys = keys.flatMap((k) => Array.from({ length: s }, (_, v) => [...k, `d${d}v${v}`]));
  });
  const cells = keys.map((key) => {
    const r = rng.next();
    const count = r < 0.2 ? 0 : r < 0.55 ? rng.int(1, 10) : rng.int(11, 60);
    return { key, count };
  });
  const sum = cells.reduce((s, c) => s + c.count, 0);
  // One table in five has units counted in no cell (sex not recorded): its total is above the sum.
  const rest = rng.next() < 0.2 ? rng.int(1, 15) : 0;
  return {
    id: `t${n}`,
    title: `Random table ${n}`,
    dimensions: sizes.map((_, d) => `d${d}`),
    cells,
    total: sum + rest,
  };
}

const every = (p: PublishedTable) => [...publishedFigures(p).values()];

describe('small-cell suppression', () => {
  it('releases no figure from 1 to k-1, over 300 random tables (seeded), and no hidden small cell can be solved from the totals', () => {
    const rng = new Rng('suppression-property');
    let hiddenSmall = 0;
    for (let n = 0; n < 300; n++) {
      const table = randomTable(rng, n);
      const { tables } = suppressTables([table], { k: K });
      const p = tables[0] as PublishedTable;
      for (const v of every(p)) if (v !== null) expect(v === 0 || v >= K, `${table.id}: ${v}`).toBe(true);
      // Published figures are the true ones.
      p.cells.forEach((c, i) => {
        if (c.count !== null) expect(c.count).toBe(table.cells[i]?.count);
      });
      const rest = table.total - table.cells.reduce((s, c) => s + c.count, 0);
      const ranges = attackRanges(p, { remainder: rest > 0 });
      table.cells.forEach((c, i) => {
        if (c.count < 1 || c.count >= K) return;
        hiddenSmall++;
        const r = ranges.get(i);
        expect(r, `${table.id} cell ${i} is hidden`).toBeDefined();
        if (!r) return;
        expect(
          twoWholeNumbers(r),
          `${table.id} cell ${i}: the attacker's range holds two whole numbers or more`,
        ).toBe(true);
        expect(r.min - 1e-6 <= c.count && c.count <= r.max + 1e-6).toBe(true);
      });
    }
    expect(hiddenSmall).toBeGreaterThan(500);
  });

  it('hides the same figures in a table and in another of the release that shows its totals (200 seeded pairs)', () => {
    const rng = new Rng('linked-tables');
    for (let n = 0; n < 200; n++) {
      const rows = rng.int(2, 5);
      const cols = rng.int(2, 3);
      const cells = Array.from({ length: rows * cols }, (_, i) => ({
        key: [`r${Math.floor(i / cols)}`, `c${i % cols}`],
        count: rng.next() < 0.6 ? rng.int(1, 4) : rng.int(11, 30),
      }));
      const total = cells.reduce((a, c) => a + c.count, 0);
      const large: CountTable = {
        id: 'large',
        title: 'By sex and age',
        dimensions: ['sex', 'age'],
        cells,
        total,
      };
      const small: CountTable = {
        id: 'small',
        title: 'By sex',
        dimensions: ['sex'],
        cells: Array.from({ length: rows }, (_, r) => ({
          key: [`r${r}`],
          count: cells.filter((c) => c.key[0] === `r${r}`).reduce((a, c) => a + c.count, 0),
        })),
        total,
      };
      const [s, l] = suppressTables([small, large]).tables as [PublishedTable, PublishedTable];
      for (let r = 0; r < rows; r++)
        expect(s.cells[r]?.count === null).toBe(l.margins.find((m) => m.value === `r${r}`)?.count === null);
      expect(s.total === null).toBe(l.total === null);
    }
  });

  it('hides the cheapest 2×2 rectangle of complements in a 3×3 table (30 + 15 + 40 rather than 20 + 15 + 60), and publishes every total', () => {
    const table: CountTable = {
      id: 'victims_by_sex_age',
      title: 'Victims by sex and age',
      dimensions: ['sex', 'age'],
      cells: [
        { key: ['female', 'child'], count: 4 },
        { key: ['female', 'adult'], count: 30 },
        { key: ['female', 'unknown'], count: 20 },
        { key: ['male', 'child'], count: 15 },
        { key: ['male', 'adult'], count: 40 },
        { key: ['male', 'unknown'], count: 60 },
        { key: ['other', 'child'], count: 25 },
        { key: ['other', 'adult'], count: 35 },
        { key: ['other', 'unknown'], count: 45 },
      ],
      total: 274,
    };
    const { tables, report } = suppressTables([table]);
    const p = tables[0] as PublishedTable;
    expect(p.cells.map((c) => c.count)).toEqual([null, null, 20, null, null, 60, 25, 35, 45]);
    expect(p.margins.map((m) => m.count)).toEqual([54, 115, 105, 44, 105, 125]);
    expect(p.total).toBe(274);
    expect(report.map((r) => r.reason)).toEqual(['primary', 'secondary', 'secondary', 'secondary']);
    expect(report[0]?.words).toBe('the figure for sex female, age child is hidden: it counts fewer than 11');
    // The attacker solves: female-child is anywhere from 0 to 19 (not a point).
    expect(attackRanges(p).get(0)).toEqual({ min: 0, max: 19 });
  });

  it('hides a small row total and a sibling so it cannot be had from the grand total', () => {
    const table: CountTable = {
      id: 'x',
      title: 'X',
      dimensions: ['a', 'b'],
      cells: [
        { key: ['1', 'p'], count: 3 },
        { key: ['1', 'q'], count: 0 },
        { key: ['2', 'p'], count: 20 },
        { key: ['2', 'q'], count: 30 },
        { key: ['3', 'p'], count: 12 },
        { key: ['3', 'q'], count: 14 },
      ],
      total: 79,
    };
    const p = suppressTables([table]).tables[0] as PublishedTable;
    const margin = (d: string, v: string) => p.margins.find((m) => m.dimension === d && m.value === v)?.count;
    expect(margin('a', '1')).toBeNull();
    expect([margin('a', '2'), margin('a', '3')]).toContain(null);
    expect(attackRanges(p).get(0)?.max).toBeGreaterThan(attackRanges(p).get(0)?.min ?? 0);
  });

  it('in a funnel hides a stage that differs from an earlier one by fewer than k, and publishes no total', () => {
    const funnel: CountTable = {
      id: 'victims_funnel',
      title: 'From removal to compensation',
      kind: 'funnel',
      dimensions: ['stage'],
      cells: [
        { key: ['removed'], count: 40 },
        { key: ['screened'], count: 36 },
        { key: ['presumed victims'], count: 20 },
        { key: ['compensated'], count: 3 },
      ],
      total: 99,
    };
    const { tables, report } = suppressTables([funnel]);
    expect(tables[0]?.cells.map((c) => c.count)).toEqual([40, null, 20, null]);
    expect(tables[0]?.total).toBeNull();
    expect(report.map((r) => [r.reason, r.words])).toEqual([
      [
        'secondary',
        'the figure for stage screened is hidden: subtracted from the figure for stage removed it would show a count below 11',
      ],
      ['primary', 'the figure for stage compensated is hidden: it counts fewer than 11'],
    ]);
  });

  it('solves the range of a figure exactly (the linear programme)', () => {
    // x + y = 10, y + z = 4: x in [6, 10], y in [0, 4], z unbounded above the equations? z ≤ 4.
    const poly = new Polytope(
      [
        [1, 1, 0],
        [0, 1, 1],
      ],
      [10, 4],
      3,
    );
    expect(poly.range([1, 0, 0])).toEqual({ min: 6, max: 10 });
    expect(poly.range([0, 1, 0])).toEqual({ min: 0, max: 4 });
    expect(poly.range([1, 0, 1])).toEqual({ min: 6, max: 14 });
    expect(new Polytope([[1, 0]], [5], 2).range([0, 1]).max).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('linked tables in one release', () => {
  const large = (grow: number): CountTable => ({
    id: 'large',
    title: 'By sex and age',
    dimensions: ['sex', 'age'],
    cells: [
      { key: ['female', 'child'], count: 3 },
      { key: ['female', 'adult'], count: 0 },
      { key: ['male', 'child'], count: 20 },
      { key: ['male', 'adult'], count: 30 },
      { key: ['other', 'child'], count: 12 },
      { key: ['other', 'adult'], count: 14 + grow },
    ],
    total: 79 + grow,
  });
  const small = (grow: number): CountTable => ({
    id: 'small',
    title: 'By sex',
    dimensions: ['sex'],
    cells: [
      { key: ['female'], count: 3 },
      { key: ['male'], count: 50 },
      { key: ['other'], count: 26 + grow },
    ],
    total: 79 + grow,
  });

  it('hides in the table by sex what the table by sex and age hides, so neither gives the other away', () => {
    // The table by sex and age was released before; now both, over a longer period, one more "other, adult" × 3.
    const earlier = [{ id: 'r1', title: 'First', tables: suppressTables([large(0)]).tables }];
    const [s, l] = suppressTables([small(3), large(3)], { earlier }).tables as [
      PublishedTable,
      PublishedTable,
    ];
    // The large table hides its grand total (82 − 79 = 3): so does the small one.
    expect(l.total).toBeNull();
    expect(s.total).toBeNull();
    const hiddenMargins = l.margins
      .filter((m) => m.dimension === 'sex' && m.count === null)
      .map((m) => m.value);
    expect(s.cells.filter((c) => c.count === null).map((c) => c.key[0])).toEqual(hiddenMargins);
    // Alone, the small table would have published 82, and 82 − 79 = 3 with the earlier large table's total.
    const alone = suppressTables([small(3)], { earlier }).tables[0] as PublishedTable;
    expect(alone.total).toBe(82);
  });
});
