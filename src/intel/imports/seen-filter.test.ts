import { describe, expect, it } from 'vitest';
import { SeenFilter } from './seen-filter.ts';

const row = (i: number) =>
  `C${i},+66812345678,+668999${String(i).padStart(6, '0')},2026-05-05T03:34:04+07:00,${i % 600}`;

describe('the filter of rows seen', () => {
  it('never misses a row seen before, across growth and a late reservation', () => {
    const f = new SeenFilter();
    for (let i = 0; i < 600_000; i++) {
      if (i === 300_000) f.reserve(2_000_000);
      f.add(...SeenFilter.hashes(row(i)));
    }
    for (let i = 0; i < 600_000; i += 7) expect(f.add(...SeenFilter.hashes(row(i)))).toBe(true);
  });

  it('flags few new rows by mistake (about 1 in 500)', () => {
    const f = new SeenFilter();
    f.reserve(1_000_000);
    let flagged = 0;
    for (let i = 0; i < 1_000_000; i++) if (f.add(...SeenFilter.hashes(row(i)))) flagged++;
    expect(flagged / 1_000_000).toBeLessThan(0.005);
  });
});
