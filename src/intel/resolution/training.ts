import type { Blocker } from './blocking.ts';
import type { BlockingRule } from './blocking-rules.ts';
import { COMPARISONS, comparePair } from './comparisons.ts';
import { emRun, estimateLambda, type PatternCounts, reestimateU } from './estimate.ts';
import type { IndexDecision } from './linking.ts';
import { bayesFactors, type Model, patternEvidence } from './model.ts';
import type { PairTable } from './pairs.ts';
import type { RecordStore } from './store.ts';

/**
 * Estimates the model's m by EM over the scored pairs, one run per blocking rule (each leaves out the fields its
 * rule makes agree), with analysts' decisions as labelled pairs, and its prior from the expected matches. The
 * model is changed in place.
 */
export function trainModel(
  model: Model,
  store: RecordStore,
  pairs: PairTable,
  rules: readonly BlockingRule[],
  blocker: Blocker,
  decisions: IndexDecision[],
  link: boolean,
  random?: PatternCounts,
): void {
  const perRule: PatternCounts[] = rules.map(() => new Map());
  const union: PatternCounts = new Map();
  // Each rule's EM sees every pair that rule proposes, not only those no earlier rule found (those would be a
  // biased remainder): the pairs are scored once, and each is counted for every rule whose blocks hold it.
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs.pattern.get(k);
    const a = pairs.a.get(k);
    const b = pairs.b.get(k);
    const first = pairs.rule.get(k);
    for (let r = first; r < rules.length; r++) {
      if (r !== first && !blocker.shares(r, a, b)) continue;
      const m = perRule[r] as PatternCounts;
      m.set(p, (m.get(p) ?? 0) + 1);
    }
    union.set(p, (union.get(p) ?? 0) + 1);
  }
  const confirmed: PatternCounts = new Map();
  const rejected: PatternCounts = new Map();
  for (const d of decisions) {
    const p = comparePair(store, d.a, d.b);
    const set = d.same ? confirmed : rejected;
    set.set(p, (set.get(p) ?? 0) + 1);
  }
  let iterations = 0;
  const estimate = () => {
    iterations += fitM(model, rules, perRule, confirmed, rejected);
    // The prior: the expected matches among the blocked pairs, over every pair there could be. The mixture's
    // share among the blocked pairs is where the fixed point starts from (priorOfPairs).
    const lambda = estimateLambda(model, union, confirmed, rejected);
    const possible = possiblePairs(store, link);
    model.prior = priorOfPairs(
      model,
      union,
      possible,
      clampPrior((lambda * pairs.length) / Math.max(possible, 1)),
    );
  };
  estimate();
  // u without the matches among the random pairs, then m and the prior again for it.
  if (random) {
    reestimateU(model, random, bayesFactors(model));
    estimate();
  }
  model.trainedOn = {
    records: store.size,
    pairs: pairs.length,
    patterns: union.size,
    emIterations: iterations,
    decisions: decisions.length,
  };
}

/** m of each field: the mean over the EM runs (one per blocking rule) that could learn it. Returns iterations. */
function fitM(
  model: Model,
  rules: readonly BlockingRule[],
  perRule: PatternCounts[],
  confirmed: PatternCounts,
  rejected: PatternCounts,
): number {
  const sums = COMPARISONS.map((c) => new Float64Array(c.levels.length));
  const runs = COMPARISONS.map(() => 0);
  let iterations = 0;
  rules.forEach((rule, r) => {
    if (rule.untaught) return;
    const patterns = perRule[r] as PatternCounts;
    let n = 0;
    for (const v of patterns.values()) n += v;
    if (n < 50) return;
    const run = emRun(model, patterns, rule.uses, confirmed, rejected);
    iterations += run.iterations;
    run.m.forEach((m, c) => {
      if (!m) return;
      runs[c] = (runs[c] as number) + 1;
      const sum = sums[c] as Float64Array;
      for (let l = 0; l < m.length; l++) sum[l] = (sum[l] as number) + (m[l] as number);
    });
  });
  model.comparisons.forEach((c, k) => {
    if (runs[k] === 0) return;
    c.levels.forEach((l, i) => {
      if (i > 0) l.m = ((sums[k] as Float64Array)[i] as number) / (runs[k] as number);
    });
    floorNearLevels(c.levels);
  });
  return iterations;
}

/**
 * A field's levels run from agreement to "else": a near agreement (a date one digit off, a year apart) is never
 * stronger evidence against than a plain disagreement. EM finds few matches at a rare level in the blocked pairs
 * (none at all when the data has no such slips) and would make it a strong disagreement: −10.5 bits for a date
 * one digit off on the synthetic region records, where the random pairs' "else" is −3.9. Its m is raised to
 * give the "else" level's Bayes factor, and the field's m renormalised.
 */
function floorNearLevels(levels: { m: number; u: number }[]): void {
  const last = levels.at(-1);
  if (!last || levels.length < 3) return;
  const ratio = last.m / last.u;
  let sum = 0;
  for (let i = 1; i < levels.length; i++) {
    const l = levels[i] as { m: number; u: number };
    if (l.m / l.u < ratio) l.m = l.u * ratio;
    sum += l.m;
  }
  for (let i = 1; i < levels.length; i++) (levels[i] as { m: number }).m /= sum;
}

const clampPrior = (p: number) => Math.min(0.5, Math.max(p, 1e-12));

/**
 * The prior as the share of every possible pair that is one person: each blocked pair counted by its probability
 * under that prior (a fixed point), the pairs no rule proposes taken as two people. The mixture λ among the
 * blocked pairs overstates it: those pairs are chosen for agreeing, and u, measured on random pairs, calls much
 * of that agreement evidence (at 100,000 records of the synthetic region, ten times the true share).
 */
function priorOfPairs(model: Model, union: PatternCounts, possible: number, start: number): number {
  const bf = bayesFactors(model);
  const evidence = [...union].map(([p, n]) => [patternEvidence(bf, p), n] as const);
  let prior = start;
  for (let i = 0; i < 200; i++) {
    const lp = Math.log2(prior / (1 - prior));
    let expected = 0;
    for (const [e, n] of evidence) expected += n / (1 + 2 ** -(lp + e));
    const next = clampPrior(expected / Math.max(possible, 1));
    if (Math.abs(Math.log2(next / prior)) < 1e-4) return next;
    prior = next;
  }
  return prior;
}

/** Every pair there could be: all of them when deduplicating, only those across sources when linking. */
function possiblePairs(store: RecordStore, link: boolean): number {
  const n = store.size;
  if (!link) return (n * (n - 1)) / 2;
  const bySource = new Map<number, number>();
  for (let i = 0; i < n; i++) bySource.set(store.source.get(i), (bySource.get(store.source.get(i)) ?? 0) + 1);
  let same = 0;
  for (const c of bySource.values()) same += (c * (c - 1)) / 2;
  return (n * (n - 1)) / 2 - same;
}
