import { describe, expect, it } from 'vitest';
import { syntheticPeople } from '../../../bench/resolve-synthetic.ts';
import { BLOCKING_RULES, Resolver } from './index.ts';

// A rule whose pairs are chosen so that they would teach EM wrong (two people born the same day, one going by a
// nickname) proposes pairs, and EM learns nothing from them: each field's m is what it is without the rule.

describe('an untaught blocking rule', () => {
  it('adds its pairs and leaves every m as it is without them', () => {
    const untaught = BLOCKING_RULES.filter((r) => r.untaught).map((r) => r.name);
    expect(untaught).toEqual(['birth date (a one-part name against the others)']);
    const { records } = syntheticPeople(3000, 'untaught');
    const all = Resolver.resolve(records, { uSamples: 50_000 });
    const without = Resolver.resolve(records, {
      uSamples: 50_000,
      rules: BLOCKING_RULES.filter((r) => !r.untaught).map((r) => r.name),
    });
    expect(all.pairs.length).toBeGreaterThan(without.pairs.length);
    // The same but for rounding: the prior, which counts every pair, feeds back into EM's starting point.
    const m = (r: Resolver) => r.model.comparisons.flatMap((c) => c.levels.map((l) => l.m));
    const theirs = m(without);
    m(all).forEach((x, k) => {
      expect(x, `m number ${k}`).toBeCloseTo(theirs[k] as number, 6);
    });
  });
});
