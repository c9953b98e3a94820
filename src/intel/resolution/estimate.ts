import { COMPARISONS, comparePair, levelOf } from './comparisons.ts';
import { type Model, patternEvidence } from './model.ts';
import type { RecordStore } from './store.ts';

// Estimating the model without labels, the way Splink does: u from pairs drawn at random (almost all of them
// are different people), then m by expectation–maximisation over the blocked pairs with u held fixed. EM runs
// once per blocking rule, each time leaving out the fields that rule made agree, and the m of each field is the
// mean over the runs that could learn it. EM iterates over distinct comparison vectors with their counts, not
// over pairs: a million pairs have a few thousand patterns.

/** A deterministic generator (xorshift32): the same input gives the same model. */
export function randomSource(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/**
 * u per field and level from random pairs (different sources only, when linking). Returns the random pairs'
 * comparison vectors with their counts, from which `reestimateU` takes out the matches among them.
 */
export function estimateU(
  model: Model,
  s: RecordStore,
  samples: number,
  link: boolean,
  seed = 1,
): PatternCounts {
  const n = s.size;
  const random: PatternCounts = new Map();
  if (n < 2) return random;
  const all = (n * (n - 1)) / 2;
  const rnd = randomSource(seed);
  const take = (i: number, j: number) => {
    if (link) {
      const si = s.source.get(i);
      if (si !== -1 && si === s.source.get(j)) return;
    }
    const p = comparePair(s, i, j);
    random.set(p, (random.get(p) ?? 0) + 1);
  };
  if (all <= samples) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) take(i, j);
  } else {
    for (let k = 0; k < samples; k++) {
      const i = Math.floor(rnd() * n);
      let j = Math.floor(rnd() * (n - 1));
      if (j >= i) j++;
      take(i, j);
    }
  }
  setU(model, random, () => 1);
  return random;
}

/**
 * u per field and level from random pairs' patterns, each counted with a weight (1, or its chance of being two
 * different people). Add-one smoothing: a level never seen at random (two identical names) still has some chance.
 */
function setU(model: Model, random: PatternCounts, weightOf: (pattern: number) => number): void {
  const counts = COMPARISONS.map((c) => new Float64Array(c.levels.length));
  for (const [p, count] of random) {
    const w = count * weightOf(p);
    for (let c = 0; c < COMPARISONS.length; c++) bump(counts[c] as Float64Array, levelOf(p, c), w);
  }
  COMPARISONS.forEach((c, k) => {
    const cnt = counts[k] as Float64Array;
    let total = 0;
    for (let l = 1; l < c.levels.length; l++) total += cnt[l] as number;
    if (total === 0) return;
    const levels = (model.comparisons[k] as Model['comparisons'][number]).levels;
    for (let l = 1; l < c.levels.length; l++)
      (levels[l] as { u: number }).u = ((cnt[l] as number) + 1) / (total + c.levels.length - 1);
  });
}

/**
 * u again, with the matches among the random pairs taken out: in a file of a few thousand records one random
 * pair in some 1,500 is two records of one person, about as often as two strangers share a date of birth, so
 * u counted over every random pair takes the matches' agreement for chance (a shared phone number looked eight
 * times likelier at random than it is). Each random pattern counts with its chance of being two different
 * people under the model (prior, m and u as estimated so far); in a large file this changes next to nothing.
 */
export function reestimateU(model: Model, random: PatternCounts, bf: Float64Array): void {
  const prior = Math.log2(model.prior / (1 - model.prior));
  setU(model, random, (p) => 1 / (1 + 2 ** (prior + patternEvidence(bf, p))));
}

/** Distinct comparison vectors and how many pairs show each. */
export type PatternCounts = Map<number, number>;

export interface EmRun {
  rule: string;
  pairs: number;
  iterations: number;
  /** The share of its pairs this run took to be matches. */
  lambda: number;
}

/**
 * m by EM for the fields not in `fixed`, over one rule's patterns. Analysts' decisions enter with their
 * posterior known (1 for confirmed, 0 for rejected) instead of estimated.
 */
export function emRun(
  model: Model,
  patterns: PatternCounts,
  fixed: readonly string[],
  confirmed: PatternCounts,
  rejected: PatternCounts,
  maxIterations = 40,
  updateM = true,
): { m: (Float64Array | null)[]; lambda: number; iterations: number } {
  const C = COMPARISONS.length;
  const keys = [...patterns.keys()];
  const weight = Float64Array.from(keys, (k) => patterns.get(k) ?? 0);
  const levels = new Uint8Array(keys.length * C);
  keys.forEach((p, x) => {
    for (let c = 0; c < C; c++) levels[x * C + c] = levelOf(p, c);
  });
  const learn = COMPARISONS.map((c) => !fixed.includes(c.field));
  const m = model.comparisons.map((c) => Float64Array.from(c.levels, (l) => l.m));
  const u = model.comparisons.map((c) => Float64Array.from(c.levels, (l) => l.u));
  let lambda = 0.1;
  let iterations = 0;
  const acc = COMPARISONS.map((c) => new Float64Array(c.levels.length));
  for (; iterations < maxIterations; iterations++) {
    for (const a of acc) a.fill(0);
    let matchSum = 0;
    let total = 0;
    const add = (x: number, post: number, w: number) => {
      for (let c = 0; c < C; c++) bump(acc[c] as Float64Array, levels[x * C + c] as number, post * w);
      matchSum += post * w;
      total += w;
    };
    for (let x = 0; x < keys.length; x++) {
      let pm = lambda;
      let pu = 1 - lambda;
      for (let c = 0; c < C; c++) {
        // A field the rule made agree says nothing about which pairs match here: left out of the likelihood.
        if (!learn[c]) continue;
        const l = levels[x * C + c] as number;
        pm *= (m[c] as Float64Array)[l] as number;
        pu *= (u[c] as Float64Array)[l] as number;
      }
      add(x, pm / (pm + pu), weight[x] as number);
    }
    const labelled = (set: PatternCounts, post: number) => {
      for (const [p, w] of set) {
        for (let c = 0; c < C; c++) bump(acc[c] as Float64Array, levelOf(p, c), post * w);
        matchSum += post * w;
        total += w;
      }
    };
    labelled(confirmed, 1);
    labelled(rejected, 0);
    const newLambda = total > 0 ? matchSum / total : lambda;
    let change = Math.abs(newLambda - lambda);
    lambda = Math.min(Math.max(newLambda, 1e-9), 1 - 1e-9);
    COMPARISONS.forEach((cmp, c) => {
      if (!learn[c] || !updateM) return;
      const a = acc[c] as Float64Array;
      let sum = 0;
      for (let l = 1; l < cmp.levels.length; l++) sum += a[l] as number;
      if (sum <= 0) return;
      const mc = m[c] as Float64Array;
      for (let l = 1; l < cmp.levels.length; l++) {
        const next = Math.max((a[l] as number) / sum, 1e-6);
        change = Math.max(change, Math.abs(next - (mc[l] as number)));
        mc[l] = next;
      }
    });
    if (change < 1e-5) {
      iterations++;
      break;
    }
  }
  return { m: m.map((x, c) => (learn[c] ? x : null)), lambda, iterations };
}

/** The expected share of matches among pairs, with m and u fixed (EM on the prior alone). */
export function estimateLambda(
  model: Model,
  patterns: PatternCounts,
  confirmed: PatternCounts,
  rejected: PatternCounts,
): number {
  return emRun(model, patterns, [], confirmed, rejected, 60, false).lambda;
}

function bump(a: Float64Array, i: number, by: number): void {
  a[i] = (a[i] as number) + by;
}
