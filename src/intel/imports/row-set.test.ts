import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowSet } from './row-set.ts';

describe('the set of rows seen', () => {
  it('answers as a plain set would, across growth and an early reservation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 400_000 / 100 }),
        fc.integer({ min: 0, max: 200_000 }),
        (values, reserveAt) => {
          const set = new RowSet();
          const plain = new Set<number>();
          values.forEach((v, i) => {
            if (i === reserveAt) set.reserve(values.length * 3);
            const fp = RowSet.fingerprint(`row ${v}`);
            expect(set.add(fp)).toBe(!plain.has(fp));
            plain.add(fp);
          });
          expect(set.size).toBe(plain.size);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('tells apart a hundred thousand different rows, and knows each again', () => {
    const set = new RowSet();
    set.reserve(60_000);
    for (let i = 0; i < 100_000; i++) expect(set.add(RowSet.fingerprint(`C${i},+66812345678`))).toBe(true);
    for (let i = 0; i < 100_000; i += 997)
      expect(set.add(RowSet.fingerprint(`C${i},+66812345678`))).toBe(false);
    expect(set.size).toBe(100_000);
  });
});
