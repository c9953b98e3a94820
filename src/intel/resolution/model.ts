import { COMPARISONS, LEVEL_SLOTS, levelOf } from './comparisons.ts';
import type { LevelCode } from './levels.ts';
import { ResolutionInputError } from './types.ts';

/**
 * A Fellegi–Sunter model: for each field's level, m (how often a true match shows it) and u (how often two
 * random records do). A pair's weight is log2 of the prior odds plus each field's log2(m/u); the probability
 * is 2^w / (1 + 2^w). Stored as JSON (in the database, or a file for the command line).
 */
export interface Model {
  kind: 'lantern-resolution-model';
  version: 2;
  /** Probability that two records drawn at random are the same person (the prior). */
  prior: number;
  /** Pairs at or above this probability are linked into clusters. */
  threshold: number;
  /**
   * Two records whose evidence alone (prior left out) is below this log2 Bayes factor are taken to be different
   * people: no cluster may hold both (the chaining guard).
   */
  conflictWeight: number;
  /**
   * Date of birth or sex this far against (log2 Bayes factor: dates years apart, another sex) is a strong
   * disagreement on its own: such records are not joined through a third.
   */
  fieldConflictWeight: number;
  /** Pseudo-records added to term frequencies so that small inputs borrow the model's average u. */
  tfPseudoCount: number;
  /** Per field, per level (by its code, levels.ts, in the order of COMPARISONS). */
  comparisons: { field: string; levels: { level: LevelCode; m: number; u: number }[] }[];
  /** How it was made: record count, pairs, EM iterations, decisions used. */
  trainedOn?: Record<string, number>;
}

// A model for when there is too little data to estimate one (a short file): m and u set by judgement from what
// estimated models show on person records (FEBRL, the synthetic region): the strong levels are rare at random and
// common among matches. Each list is [m, u] per level after "missing".
const STARTING: Record<string, [number, number][]> = {
  name: [
    [0.55, 2e-4],
    [0.15, 1e-4],
    [0.08, 2e-5],
    [0.1, 3e-4],
    [0.05, 3e-3],
    [0.02, 3e-3],
    [0.03, 0.01],
    [0.01, 0.02],
    [0.02, 0.05],
    [0.01, 0.916],
  ],
  birthDate: [
    [0.63, 5e-5],
    [0.05, 1e-6],
    [0.05, 2e-6],
    [0.08, 1e-3],
    [0.12, 0.02],
    [0.05, 0.03],
    [0.02, 0.949],
  ],
  // A number one edit from another is a typo, or just another holder's: phone and account numbers are handed
  // out densely (one digit off is most often someone else's), so a near miss is worth ~9 bits, not the 15–16 of
  // a shared number; identity documents carry check digits and are issued sparsely, so a near miss stays strong.
  phone: [
    [0.6, 1e-5],
    [0.05, 1e-4],
    [0.35, 0.9999],
  ],
  document: [
    [0.7, 1e-6],
    [0.1, 1e-6],
    [0.2, 0.999998],
  ],
  account: [
    [0.5, 1e-6],
    [0.05, 1e-4],
    [0.45, 0.9999],
  ],
  nationality: [
    [0.95, 0.3],
    [0.05, 0.7],
  ],
  sex: [
    [0.99, 0.5],
    [0.01, 0.5],
  ],
  places: [
    [0.2, 1e-4],
    [0.2, 5e-4],
    [0.25, 0.01],
    [0.05, 0.01],
    [0.3, 0.9795],
  ],
};

/**
 * Below this many records EM has too few pairs to learn m and u from: the built-in model scores them. On the
 * synthetic region records (bench/resolve-synthetic.ts) EM already does better from 300: pairwise F1 0.866
 * against 0.840 at 300 records, 0.910 against 0.897 at 500, 0.870 against 0.829 at 900.
 */
export const TOO_FEW_TO_ESTIMATE = 300;

/**
 * The built-in model for a file of n records, its prior set for them: a person is named by two or three records
 * of a file, so two records drawn at random are the same person about once in n − 1.
 */
export function builtInModel(n: number): Model {
  const m = defaultModel();
  m.prior = Math.min(0.2, Math.max(m.prior, 1 / Math.max(n - 1, 1)));
  return m;
}

/** The model used before (or instead of) an estimate. */
export function defaultModel(): Model {
  return {
    kind: 'lantern-resolution-model',
    version: 2,
    prior: 1e-4,
    threshold: 0.9,
    conflictWeight: -6,
    fieldConflictWeight: -5,
    tfPseudoCount: 1000,
    comparisons: COMPARISONS.map((c) => ({
      field: c.field,
      levels: c.levels.map((level, l) => {
        if (l === 0) return { level, m: 1, u: 1 };
        const [m, u] = STARTING[c.field]?.[l - 1] ?? [0.5, 0.5];
        return { level, m, u };
      }),
    })),
  };
}

type Level = Model['comparisons'][number]['levels'][number];

/** Levels added to a field since models of this version were first written (comparisons.ts), oldest first. */
const ADDED_LEVELS: Readonly<Record<string, readonly LevelCode[]>> = {
  name: ['onePartUnlike', 'vowelsOtherwise'],
};

/**
 * A field's levels as read, with the levels added since it was written put in their places with their starting
 * m and u (an estimate's next run learns them): a model saved before reads, whatever it was estimated on. A
 * model k levels short was saved before the last k were added.
 */
function withAddedLevels(field: string, codes: readonly LevelCode[], levels: Level[]): Level[] {
  const short = codes.length - levels.length;
  const all = ADDED_LEVELS[field] ?? [];
  if (short <= 0 || short > all.length) return levels;
  const added = all.slice(all.length - short);
  let at = 0;
  return codes.map((code, l) => {
    if (!added.includes(code)) return levels[at++] as Level;
    const [m, u] = STARTING[field]?.[l - 1] ?? [0.5, 0.5];
    return { level: code, m, u };
  });
}

/**
 * Parsed and checked: a model file from elsewhere must fit this version's fields and levels. Levels are known by
 * their place in the field: each is named by its code here, so a model saved when levels were named by English
 * words (`label`) reads the same, and one saved before a level was added reads with that level's starting m and u.
 */
export function modelFromJson(text: string, where = 'the model'): Model {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ResolutionInputError(`${where}: is not JSON`);
  }
  const m = raw as Model;
  if (m?.kind !== 'lantern-resolution-model' || m.version !== 2)
    throw new ResolutionInputError(`${where}: is not a Lantern resolution model (version 2)`);
  const num = (v: unknown, lo: number, hi: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  if (
    !num(m.prior, 1e-15, 1) ||
    !num(m.threshold, 0, 1) ||
    !num(m.conflictWeight, -1e3, 1e3) ||
    !num(m.fieldConflictWeight, -1e3, 1e3) ||
    !num(m.tfPseudoCount, 0, 1e9)
  )
    throw new ResolutionInputError(
      `${where}: prior, threshold, conflictWeight, fieldConflictWeight or tfPseudoCount is missing or out of range`,
    );
  if (!Array.isArray(m.comparisons) || m.comparisons.length !== COMPARISONS.length)
    throw new ResolutionInputError(
      `${where}: has ${m.comparisons?.length ?? 0} fields, expected ${COMPARISONS.length}`,
    );
  COMPARISONS.forEach((c, k) => {
    const mc = m.comparisons[k];
    if (mc && Array.isArray(mc.levels)) mc.levels = withAddedLevels(c.field, c.levels, mc.levels);
    if (!mc || mc.field !== c.field || !Array.isArray(mc.levels) || mc.levels.length !== c.levels.length)
      throw new ResolutionInputError(
        `${where}: field ${k + 1} should be ${c.field} with ${c.levels.length} levels`,
      );
    for (const l of mc.levels)
      if (!num(l.m, 0, 1) || !num(l.u, 0, 1) || l.m === 0 || l.u === 0)
        throw new ResolutionInputError(`${where}: ${c.field} has an m or u outside (0, 1]`);
  });
  return {
    ...m,
    comparisons: m.comparisons.map((mc, k) => {
      const codes = (COMPARISONS[k] as (typeof COMPARISONS)[number]).levels;
      return {
        field: mc.field,
        levels: mc.levels.map(({ m, u }, l) => ({ level: codes[l] as LevelCode, m, u })),
      };
    }),
  };
}

export const modelToJson = (m: Model): string => `${JSON.stringify(m, null, 2)}\n`;

/** log2(m/u) per field and level, flattened [field * LEVEL_SLOTS + level]. */
export function bayesFactors(m: Model): Float64Array {
  const out = new Float64Array(COMPARISONS.length * LEVEL_SLOTS);
  m.comparisons.forEach((c, k) => {
    c.levels.forEach((l, i) => {
      out[k * LEVEL_SLOTS + i] = i === 0 ? 0 : Math.log2(l.m / l.u);
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
  for (let c = 0; c < COMPARISONS.length; c++) w += bf[c * LEVEL_SLOTS + levelOf(pattern, c)] as number;
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
  // The value's frequency among the records other than the pair's two: both hold it, and counting them takes a
  // name only these two records bear for one borne twice as often as it is (in 2,000 records, 2 in 2,000).
  const tf = (Math.max(count - 2, 0) + k * u) / (Math.max(records - 2, 0) + k);
  return Math.log2(u / Math.max(tf, 1e-12));
}
