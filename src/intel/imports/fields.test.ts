import { describe, expect, it } from 'vitest';
import { FieldError, toDuration, toE164, toInstant } from './fields.ts';

describe('phone numbers', () => {
  it.each([
    ['081-234-5678', 'TH', '+66812345678'],
    ['+66 81 234 5678', 'TH', '+66812345678'],
    ['66812345678', 'TH', '+66812345678'],
    ['0066812345678', 'TH', '+66812345678'],
    ['09 488 136 040', 'MM', '+959488136040'],
    ['012 345 678', 'KH', '+85512345678'],
  ])('%s (%s) → %s', (input, region, expected) => {
    expect(toE164(input, region as 'TH')).toBe(expected);
  });
  it('refuses numbers that cannot be valid, without repeating them', () => {
    for (const bad of ['12', '0000000000', 'abc', '+66 12']) {
      expect(() => toE164(bad, 'TH')).toThrow(FieldError);
      try {
        toE164(bad, 'TH');
      } catch (e) {
        expect((e as Error).message).not.toContain(bad);
      }
    }
  });
});

describe('times', () => {
  const th = { dateFormat: 'dd/mm/yyyy hh:mm:ss' as const, timeZone: '+07:00', buddhistEra: 'auto' as const };
  it("reads Thai Buddhist-Era dates in the mapping's time zone", () => {
    expect(toInstant('14/03/2569 21:05:33', th)).toBe('2026-03-14T21:05:33+07:00');
    expect(toInstant('14/03/2026 21:05', th)).toBe('2026-03-14T21:05:00+07:00');
  });
  it("keeps an ISO time's own offset", () => {
    expect(
      toInstant('2026-03-14T21:05:33+06:30', { dateFormat: 'iso', timeZone: '+07:00', buddhistEra: 'auto' }),
    ).toBe('2026-03-14T21:05:33+06:30');
  });
  it('refuses other formats and impossible dates', () => {
    expect(() => toInstant('2026-03-14 21:05:33', th)).toThrow(/format/);
    expect(() => toInstant('31/02/2569 10:00:00', th)).toThrow(/not a real date/);
    expect(() => toInstant('14/13/2026 10:00:00', th)).toThrow(/not a real date/);
  });
  it('reads durations in seconds or h:mm:ss', () => {
    expect(toDuration('95')).toBe(95);
    expect(toDuration('0:01:35')).toBe(95);
    expect(() => toDuration('-3')).toThrow(FieldError);
  });
});
