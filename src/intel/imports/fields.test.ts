import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coordinateText, FieldError, toCoordinate, toDuration, toE164, toInstant } from './fields.ts';

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
    expect(toDuration('95')).toBe('95');
    expect(toDuration('007')).toBe('7');
    expect(toDuration('0:01:35')).toBe('95');
    expect(() => toDuration('-3')).toThrow(FieldError);
  });
  it('keeps a time written as it is kept only when it is a real one, and refuses the rest', () => {
    const iso = { dateFormat: 'iso' as const, timeZone: '+07:00', buddhistEra: 'auto' as const };
    const two = (n: number) => String(n).padStart(2, '0');
    const n = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1960, max: 2110 }), n(13), n(32), n(24), n(60), n(60)),
        fc.constantFrom('+07:00', '-05:30', '+00:00'),
        fc.option(fc.tuple(n(24), fc.constantFrom('x', ' ', '/', '+', '9'))),
        ([y, mo, d, h, mi, sec], offset, corrupt) => {
          let v = `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(sec)}${offset}`;
          if (corrupt) v = v.slice(0, corrupt[0]) + corrupt[1] + v.slice(corrupt[0] + 1);
          const written = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/.test(v);
          const real =
            mo >= 1 &&
            mo <= 12 &&
            d >= 1 &&
            h <= 23 &&
            mi <= 59 &&
            sec <= 59 &&
            y >= 1970 &&
            y <= 2100 &&
            new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
          const same = v === `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(sec)}${offset}`;
          if (written && same && real) expect(toInstant(v, iso)).toBe(v);
          else if (!written || (same && !real)) expect(() => toInstant(v, iso)).toThrow(FieldError);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('coordinates as text', () => {
  it('are written as the number they are, however the file writes them', () => {
    const written = fc.oneof(
      fc.double({ min: -180, max: 180, noNaN: true }).map(String),
      fc
        .tuple(
          fc.constantFrom('', '-', '+'),
          fc.stringMatching(/^\d{1,4}$/),
          fc.stringMatching(/^(\.\d{0,18})?$/),
        )
        .map(([sign, int, frac]) => `${sign}${int}${frac}`),
      fc.constantFrom('0', '-0', '0.0000001', '-0.000001', '1e-7', '90.', '.5', ' 12.5 ', '180.000000000001'),
    );
    fc.assert(
      fc.property(written, (v) => {
        let expected: string | Error;
        try {
          const n = toCoordinate(v, 180);
          expected = n === null ? '' : String(n);
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error) expect(() => coordinateText(v, 180)).toThrow(FieldError);
        else expect(coordinateText(v, 180)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
