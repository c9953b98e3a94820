import { COMPARISONS, levelOf } from './comparisons.ts';
import { ResolutionInputError } from './types.ts';

/**
 * A Fellegi–Sunter model: for each field's level, m (how often a true match shows it) and u (how often two
 * random records do). A pair's weight is log2 of the prior odds plus each field's log2(m/u); the probability
 * is 2^w / (1 + 2^w). Stored as JSON (in the database, or a file for the command line).
 */
export interface Model {
  kind: 'lantern-resolution-model';
  version: 1;
  /** Probability that two records drawn at random are the same person (the prior). */
  prior: number;
  /** Pairs at or above this probability are linked into clusters. */
  threshold: number;
  /**
   * Two records whose evidence alone (prior left out) is below this log2 Bayes factor are taken to be different
   * people: no cluster may hold both (the chaining guard).
   */
  conflictWeight: number;
  /** Pseudo-records added to term frequencies so that small inputs borrow the model's average u. */
  tfPseudoCount: number;
  comparisons: { field: string; levels: { label: string; m: number; u: number }[] }[];
  /** How it was made: record count, pairs, EM iterations, decisions used. */
  trainedOn?: Record<string, number>;
}

/** Before any estimate: a reasonable m (strong levels likely for a match) and flat u. */
export function defaultModel(): Model {
  return {
    kind: 'lantern-resolution-model',
    version: 1,
    prior: 1e-4,
    threshold: 0.9,
    conflictWeight: -6,
    tfPseudoCount: 1000,
    comparisons: COMPARISONS.map((c) => {
      const n = c.levels.length - 1;
      return {
        field: c.field,
        levels: c.levels.map((label, l) => {
          if (l === 0) return { label, m: 1, u: 1 };
          // Geometric from the best level (0.6) down; the last level ("different") gets what remains.
          const m = l === n ? 0.05 : 0.6 * 0.35 ** (l - 1);
          return { label, m, u: l === n ? 0.9 : 0.1 / (n - 1) };
        }),
      };
    }),
  };
}

/** Parsed and checked: a model file from elsewhere must fit this version's fields and levels. */
export function modelFromJson(text: string, where = 'the model'): Model {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ResolutionInputError(`${where}: is not JSON`);
  }
  const m = raw as Model;
  if (m?.kind !== 'lantern-resolution-model' || m.version !== 1)
    throw new ResolutionInputError(`${where}: is not a Lantern resolution model (version 1)`);
  const num = (v: unknown, lo: number, hi: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  if (
    !num(m.prior, 1e-15, 1) ||
    !num(m.threshold, 0, 1) ||
    !num(m.conflictWeight, -1e3, 1e3) ||
    !num(m.tfPseudoCount, 0, 1e9)
  )
    throw new ResolutionInputError(
      `${where}: prior, threshold, conflictWeight or tfPseudoCount is missing or out of range`,
    );
  if (!Array.isArray(m.comparisons) || m.comparisons.length !== COMPARISONS.length)
    throw new ResolutionInputError(
      `${where}: has ${m.comparisons?.length ?? 0} fields, expected ${COMPARISONS.length}`,
    );
  COMPARISONS.forEach((c, k) => {
    const mc = m.comparisons[k];
    if (!mc || mc.field !== c.field || !Array.isArray(mc.levels) || mc.levels.length !== c.levels.length)
      throw new ResolutionInputError(
        `${where}: field ${k + 1} should be ${c.field} with ${c.levels.length} levels`,
      );
    for (const l of mc.levels)
      if (!num(l.m, 0, 1) || !num(l.u, 0, 1) || l.m === 0 || l.u === 0)
        throw new ResolutionInputError(`${where}: ${c.field} has an m or u outside (0, 1]`);
  });
  return m;
}

export const modelToJson = (m: Model): string => `${JSON.stringify(m, null, 2)}\n`;

/** log2(m/u) per field and level, flattened [field * 8 + level]. */
export function bayesFactors(m: Model): Float64Array {
  const out = new Float64Array(COMPARISONS.length * 8);
  m.comparisons.forEach((c, k) => {
    c.levels.forEach((l, i) => {
      out[k * 8 + i] = i === 0 ? 0 : Math.log2(l.m / l.u);
    });
  });
  return out;
}

export const logit2 = (p: number): number => Math.log2(p / (1 - p));
export const probabilityOf = (w: number): number => {
  const x = 2 ** w;
  return Number.isFinite(x) ? x / (1 + x) : 1;
};

/** The evidence of one comparison vector, without the prior and without term frequencies. */
export function patternEvidence(bf: Float64Array, pattern: number): number {
  let w = 0;
  for (let c = 0; c < COMPARISONS.length; c++) w += bf[c * 8 + levelOf(pattern, c)] as number;
  return w;
}

/**
 * Term-frequency adjustment (as Splink does it): on a level that agrees on a value, u is replaced by how often
 * that value occurs, so "Nguyen" counts for less than a rare name. The frequency is smoothed towards the level's
 * average u with `tfPseudoCount` records, so a short file does not make every value look common.
 */
export function tfAdjustment(model: Model, c: number, level: number, count: number, records: number): number {
  const u = model.comparisons[c]?.levels[level]?.u ?? 1;
  const k = model.tfPseudoCount;
  const tf = (count + k * u) / (records + k);
  return Math.log2(u / Math.max(tf, 1e-12));
}
