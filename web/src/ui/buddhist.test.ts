import { describe, expect, it } from 'vitest';
import { fromBuddhistText, toBuddhistText } from './buddhist.ts';

describe('Buddhist-Era dates for Thai users', () => {
  it('shows a day and a time with the year in BE', () => {
    expect(toBuddhistText('2026-12-04', false)).toBe('04/12/2569');
    expect(toBuddhistText('2026-12-04T09:30', true)).toBe('04/12/2569 09:30');
    expect(toBuddhistText('2026-12-04T09:30:15', true)).toBe('04/12/2569 09:30');
    expect(toBuddhistText('', false)).toBe('');
  });

  it('reads what a Thai user types back to the Gregorian value', () => {
    expect(fromBuddhistText('4/12/2569', false)).toBe('2026-12-04');
    expect(fromBuddhistText(' 04.12.2569 ', false)).toBe('2026-12-04');
    expect(fromBuddhistText('04/12/2569 9:05', true)).toBe('2026-12-04T09:05');
  });

  it('refuses days that do not exist and malformed text', () => {
    expect(fromBuddhistText('29/02/2569', false)).toBeNull(); // 2026 is not a leap year
    expect(fromBuddhistText('29/02/2567', false)).toBe('2024-02-29');
    expect(fromBuddhistText('31/04/2569', false)).toBeNull();
    expect(fromBuddhistText('04/13/2569', false)).toBeNull();
    expect(fromBuddhistText('04/12/2569 24:00', true)).toBeNull();
    expect(fromBuddhistText('04/12/2569', true)).toBeNull();
    expect(fromBuddhistText('2026-12-04', false)).toBeNull();
  });

  it('round-trips every day of a year', () => {
    for (
      let d = new Date(Date.UTC(2024, 0, 1));
      d.getUTCFullYear() === 2024;
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      const iso = d.toISOString().slice(0, 10);
      expect(fromBuddhistText(toBuddhistText(iso, false), false)).toBe(iso);
    }
  });
});
