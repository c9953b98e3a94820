import type { BlockingRule } from './blocking-rules.ts';
import { COMPARISONS, comparePair, LEVEL_SLOTS, levelOf } from './comparisons.ts';
import type { LevelCode } from './levels.ts';
import { logit2, type Model, probabilityOf, tfAdjustment } from './model.ts';
import type { RecordStore } from './store.ts';
import type { ScoredPair } from './types.ts';

/**
 * Why two records (by index) are or are not the same person: every field's level and log2 Bayes factor (with its
 * term-frequency adjustment), the weight and probability, and the blocking rule that proposed the pair (`rule`
 * −1 for a pair asked about directly).
 */
export function explainPair(
  store: RecordStore,
  model: Model,
  bf: Float64Array,
  rules: readonly BlockingRule[],
  scratch: Float64Array,
  i: number,
  j: number,
  rule: number,
): ScoredPair {
  const pattern = comparePair(store, i, j, scratch);
  const fields = COMPARISONS.map((c, k) => {
    const l = levelOf(pattern, k);
    const tf = c.tfLevels.includes(l) ? tfAdjustment(model, k, l, scratch[k] as number, store.size) : 0;
    return {
      field: c.field,
      level: c.levels[l] as LevelCode,
      log2BayesFactor: round((bf[k * LEVEL_SLOTS + l] as number) + tf),
    };
  });
  const weight = logit2(model.prior) + fields.reduce((s, f) => s + f.log2BayesFactor, 0);
  return {
    a: store.ids[i] as string,
    b: store.ids[j] as string,
    weight: round(weight),
    probability: probabilityOf(weight),
    rule: rule >= 0 ? (rules[rule]?.name ?? '') : 'asked',
    fields,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
