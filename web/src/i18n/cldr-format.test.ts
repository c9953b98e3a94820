import { describe, expect, it } from 'vitest';
import km from './cldr/km.json' with { type: 'json' };
import lo from './cldr/lo.json' with { type: 'json' };
import my from './cldr/my.json' with { type: 'json' };
import {
  DATE_OPTION_SETS,
  formatDateWith,
  formatListWith,
  type LocaleData,
  localiseNumberText,
} from './cldr-format.ts';

// The app's own Khmer, Lao and Burmese locale data must write what a full ICU writes (Node.js has one), with
// Latin digits: every pattern, at days and hours that show padding, 12-hour clocks and time zones.
const DATA: [string, LocaleData][] = [
  ['km-KH', km as unknown as LocaleData],
  ['lo-LA', lo as unknown as LocaleData],
  ['my-MM', my as unknown as LocaleData],
];
const DAYS = [
  new Date(Date.UTC(2026, 2, 4, 9, 5, 7)),
  new Date(Date.UTC(2026, 10, 20, 21, 45, 0)),
  new Date(Date.UTC(2024, 1, 29, 0, 0, 59)),
  new Date(Date.UTC(2026, 11, 31, 17, 30, 0)), // the next day in Bangkok
];

describe.each(DATA)('%s written from the app’s own data', (locale, data) => {
  it('writes every day and time pattern as CLDR does, in UTC and in Bangkok', () => {
    for (const options of DATE_OPTION_SETS)
      for (const timeZone of ['UTC', 'Asia/Bangkok'])
        for (const day of DAYS) {
          const o = { ...options, timeZone };
          const icu = new Intl.DateTimeFormat(locale, { ...o, numberingSystem: 'latn' }).format(day);
          expect(formatDateWith(data, o, day), `${JSON.stringify(o)} ${day.toISOString()}`).toBe(icu);
        }
  });

  it('has no pattern for options it was not made for', () => {
    expect(formatDateWith(data, { era: 'long' }, DAYS[0] as Date)).toBeNull();
  });

  it('lists two, three and five items with "and" and "or" as CLDR does', () => {
    for (const type of ['conjunction', 'disjunction'] as const)
      for (const items of [['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e']])
        expect(formatListWith(data, type, items)).toBe(new Intl.ListFormat(locale, { type }).format(items));
  });

  it('marks thousands and decimals as CLDR does', () => {
    for (const n of [0.5, 1234.5, 1234567.25, -98765])
      expect(localiseNumberText(data, new Intl.NumberFormat('en-US').format(n))).toBe(
        new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).format(n),
      );
  });

  it('names the region’s countries and languages', () => {
    for (const c of ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'])
      expect(data.regions[c]).toBe(new Intl.DisplayNames([locale], { type: 'region' }).of(c));
    for (const l of ['th', 'km', 'lo', 'my', 'vi', 'zh', 'en'])
      expect(data.languages[l]).toBe(new Intl.DisplayNames([locale], { type: 'language' }).of(l));
  });
});
