import { describe, expect, it } from 'vitest';
import { Rng } from '../world/rng.ts';
import { laplace, noisyTables } from './dp.ts';
import { type CountTable, publishedFigures, suppressTables } from './suppression.ts';

const seeded = (seed: string) => {
  const rng = new Rng(seed);
  return () => rng.next();
};

/** The Laplace(0, b) distribution function. */
const cdf = (x: number, b: number) => (x < 0 ? 0.5 * Math.exp(x / b) : 1 - 0.5 * Math.exp(-x / b));

const big = (id: string, cells: number): CountTable => {
  const cs = Array.from({ length: cells }, (_, i) => ({ key: [`v${i}`], count: 1000 }));
  return { id, title: id, dimensions: ['d'], cells: cs, total: cells * 1000 };
};

describe('differentially private mode', () => {
  it('draws Laplace noise of the asked scale: mean 0, mean absolute deviation b, variance 2b², the distribution function within 0.01 (seeded, 100,000 draws)', () => {
    for (const b of [0.2, 1, 10]) {
      const u = seeded(`laplace-${b}`);
      const xs = Array.from({ length: 100_000 }, () => laplace(u, b));
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const mad = xs.reduce((s, x) => s + Math.abs(x), 0) / xs.length;
      const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
      expect(Math.abs(mean) / b).toBeLessThan(0.02);
      expect(Math.abs(mad / b - 1)).toBeLessThan(0.02);
      expect(Math.abs(variance / (2 * b * b) - 1)).toBeLessThan(0.05);
      const sorted = [...xs].sort((p, q) => p - q);
      for (const q of [-3, -1, -0.5, 0, 0.5, 1, 3]) {
        const below = sorted.findIndex((x) => x > q * b);
        expect(Math.abs(below / sorted.length - cdf(q * b, b))).toBeLessThan(0.01);
      }
    }
  });

  it('adds to each count noise of scale 1/ε per table (ε shared between the tables), rounded, never below 0, totals the sums', () => {
    for (const epsilon of [0.1, 0.5, 2]) {
      // Two breakdowns share ε: each gets ε/2, so the noise scale on a cell is 2/ε.
      const { tables, spent } = noisyTables(
        [big('a', 20_000), big('b', 20_000)],
        epsilon,
        seeded(`eps-${epsilon}`),
      );
      expect(spent.tables.map((t) => t.epsilon)).toEqual([epsilon / 2, epsilon / 2]);
      expect(spent.tables[0]?.scale).toBeCloseTo(2 / epsilon, 10);
      const errors = (tables[0] as CountTable).cells.map((c) => c.count - 1000);
      const mad = errors.reduce((s, x) => s + Math.abs(x), 0) / errors.length;
      // Rounded Laplace(b): P(|error| ≥ n) = e^{-(n-½)/b}, so E|error| = Σ_{n≥1} e^{-(n-½)/b} = e^{-½b⁻¹}/(1-e^{-1/b}).
      const b = 2 / epsilon;
      const expected = Math.exp(-0.5 / b) / (1 - Math.exp(-1 / b));
      expect(Math.abs(mad / expected - 1)).toBeLessThan(0.03);
      for (const t of tables) {
        expect(t.cells.every((c) => Number.isInteger(c.count) && c.count >= 0)).toBe(true);
        expect(t.total).toBe(t.cells.reduce((s, c) => s + c.count, 0));
      }
    }
  });

  it('scales a funnel’s noise by its number of stages (one person is in every stage)', () => {
    const funnel: CountTable = { ...big('f', 4), kind: 'funnel', dimensions: ['stage'] };
    const { spent } = noisyTables([funnel], 1, seeded('funnel'));
    expect(spent.tables[0]).toEqual({ id: 'f', epsilon: 1, sensitivity: 4, scale: 4 });
    expect(spent.words).toContain('ε = 1 for the whole release');
  });

  it('still hides noisy counts from 1 to k-1', () => {
    const small: CountTable = {
      id: 's',
      title: 's',
      dimensions: ['a', 'b'],
      cells: [
        { key: ['x', 'p'], count: 5 },
        { key: ['x', 'q'], count: 40 },
        { key: ['y', 'p'], count: 30 },
        { key: ['y', 'q'], count: 12 },
      ],
      total: 87,
    };
    for (let seed = 0; seed < 50; seed++) {
      const { tables } = noisyTables([small], 0.5, seeded(`small-${seed}`));
      const p = suppressTables(tables).tables[0];
      if (!p) throw new Error('no table');
      for (const v of publishedFigures(p).values()) if (v !== null) expect(v === 0 || v >= 11).toBe(true);
    }
  });
});
