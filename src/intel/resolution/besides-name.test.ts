import { describe, expect, it } from 'vitest';
import { COMPARISONS, LEVEL_BITS, LEVEL_SLOTS } from './comparisons.ts';
import { besidesName, type PairScores } from './linking.ts';
import { bayesFactors, defaultModel, patternEvidence } from './model.ts';

const field = (name: string) => COMPARISONS.findIndex((c) => c.field === name);

/** Scores of the default model with every m and u moved a little, as an estimate moves them. */
function scoresOf(seed: number): PairScores {
  const model = defaultModel();
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  for (const c of model.comparisons)
    for (const [l, level] of c.levels.entries())
      if (l > 0) {
        level.m = Math.min(0.999, level.m * (0.8 + 0.4 * next()));
        level.u = Math.min(0.999, level.u * (0.8 + 0.4 * next()));
      }
  const bf = bayesFactors(model);
  return {
    model,
    bf,
    scratch: new Float64Array(COMPARISONS.length),
    evidence: (p) => patternEvidence(bf, p),
    tfOf: () => 0,
    weightOf: () => 0,
  };
}

describe('the evidence besides a name', () => {
  it('is exactly nothing for a pair that agrees on its name and on what the name implies alone', () => {
    // Nationality and sex agreeing say nothing besides the name; every other field missing (level 0).
    const implied = (1 << (field('nationality') * LEVEL_BITS)) | (1 << (field('sex') * LEVEL_BITS));
    const levels = COMPARISONS[field('name')]?.levels.length ?? 0;
    for (let seed = 1; seed <= 200; seed++) {
      const scores = scoresOf(seed);
      for (let l = 1; l < levels; l++)
        // Exactly 0, not −4e-16: such a pair is asked for "nothing against" (≥ 0) by the rare-name pass.
        expect(besidesName(scores, implied | (l << (field('name') * LEVEL_BITS)))).toBe(0);
    }
  });

  it('counts the other fields, and what the name implies only when it disagrees', () => {
    const scores = scoresOf(7);
    const date = field('birthDate');
    const nat = field('nationality');
    const pattern =
      (1 << (date * LEVEL_BITS)) | (2 << (nat * LEVEL_BITS)) | (1 << (field('name') * LEVEL_BITS));
    const bf = (c: number, l: number) => scores.bf[c * LEVEL_SLOTS + l] as number;
    expect(bf(nat, 2)).toBeLessThan(0);
    expect(besidesName(scores, pattern)).toBeCloseTo(bf(date, 1) + bf(nat, 2), 12);
  });
});
