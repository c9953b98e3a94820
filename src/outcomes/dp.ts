import { randomInt } from 'node:crypto';
import { MAX_EPSILON, MIN_EPSILON } from './release-bodies.ts';
import type { CountTable } from './suppression-items.ts';

// The optional differentially private mode of a release: Laplace noise on every count before suppression.
//
// A release's budget ε is shared equally between its tables (they are all computed over the same people, so their
// ε add up: sequential composition). In a breakdown a person adds 1 to one cell (sensitivity 1), so each cell
// gets noise of scale 1/ε_table; in a funnel or a list of indicators one person may appear in every stage, so the
// sensitivity is the number of stages and the scale that many times larger. Noisy counts are rounded and clamped
// at 0 (post-processing, which costs no privacy); margins and totals are then the sums of the noisy cells, so the
// table adds up. The k threshold still applies to the noisy counts afterwards.

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** Uniform numbers from the operating system's secure generator, for real releases. */
export const secureUniform: Uniform = () => randomInt(0, 2 ** 47) / 2 ** 47;

/** One draw of Laplace(0, scale) by inverting its distribution function. */
export function laplace(u: Uniform, scale: number): number {
  let x = u();
  while (x === 0) x = u();
  const v = x - 0.5;
  return -scale * Math.sign(v) * Math.log(1 - 2 * Math.abs(v));
}

export interface DpSpent {
  /** The release's whole budget. */
  epsilon: number;
  tables: { id: string; epsilon: number; sensitivity: number; scale: number }[];
  /** What the noise means, for the report. */
  words: string;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The tables with noise added (see the top of this file), and what it cost. */
export function noisyTables(
  tables: readonly CountTable[],
  epsilon: number,
  u: Uniform = secureUniform,
): { tables: CountTable[]; spent: DpSpent } {
  if (!(epsilon >= MIN_EPSILON && epsilon <= MAX_EPSILON))
    throw new Error(`ε must be between ${MIN_EPSILON} and ${MAX_EPSILON}`);
  const share = tables.length > 0 ? epsilon / tables.length : epsilon;
  const spent: DpSpent = { epsilon, tables: [], words: '' };
  const out = tables.map((t) => {
    const additive = (t.kind ?? 'breakdown') === 'breakdown';
    const sensitivity = additive ? 1 : Math.max(1, t.cells.length);
    const scale = sensitivity / share;
    spent.tables.push({ id: t.id, epsilon: share, sensitivity, scale });
    const noisy = (n: number) => Math.max(0, Math.round(n + laplace(u, scale)));
    const cells = t.cells.map((c) => ({ key: [...c.key], count: noisy(c.count) }));
    const sum = cells.reduce((s, c) => s + c.count, 0);
    const rest = t.total - t.cells.reduce((s, c) => s + c.count, 0);
    const total = additive && rest > 0 ? sum + noisy(rest) : sum;
    return { ...t, cells, total };
  });
  const typical = spent.tables.map((t) => `${t.id}: about ±${round3(t.scale)}`).join('; ');
  spent.words =
    `Differentially private: every count has random noise added (Laplace, ε = ${epsilon} for the whole release, ` +
    `${round3(share)} per table), then rounded and never below 0; totals are the sums of the noisy counts. ` +
    `A figure is typically off by its noise scale (${typical}), and one person's presence or absence changes what ` +
    'can be learnt from the release very little. Figures below the threshold are still hidden.';
  return { tables: out, spent };
}
