/**
 * Writes web/src/i18n/cldr/<lang>.json: the locale data of Khmer, Lao and Burmese that browsers built with a
 * reduced ICU (Chromium among them) do not carry, so that dates, lists, numbers and the names of countries and
 * languages are not shown in US English on those screens. The data is Unicode CLDR's (Unicode License v3), read
 * through Node.js's full ICU; digits are kept Latin, as the app's numbers are.
 *
 *   npx tsx scripts/cldr-fallback.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_OPTION_SETS, optionsKey, type Part } from '../web/src/i18n/cldr-format.ts';

const LANGS = { km: 'km-KH', lo: 'lo-LA', my: 'my-MM' } as const;
const OUT = join(import.meta.dirname, '..', 'web', 'src', 'i18n', 'cldr');
const A_TO_Z = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

function months(locale: string, month: 'long' | 'short'): string[] {
  const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC', numberingSystem: 'latn' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2026, i, 15))));
}

function weekdays(locale: string, weekday: 'long' | 'short'): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
  // 2026-11-01 is a Sunday: index 0 is Sunday, as Date.getDay() counts.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2026, 10, 1 + i))));
}

/** A pattern of parts, read from the locale's own formatting of days chosen to tell widths apart. */
function pattern(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  names: { long: string[]; short: string[] },
) {
  const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', numberingSystem: 'latn' });
  const probe = new Date(Date.UTC(2026, 2, 4, 9, 5, 7)); // 4 March 2026, 09:05:07: one-digit fields show padding
  const wdays = { long: weekdays(locale, 'long'), short: weekdays(locale, 'short') };
  // The month's name is told apart in November, whose long and short names differ in every language here.
  const november = f
    .formatToParts(new Date(Date.UTC(2026, 10, 4, 9, 5, 7)))
    .find((p) => p.type === 'month')?.value;
  return f.formatToParts(probe).map((p): Part => {
    switch (p.type) {
      case 'year':
        return ['year', p.value.length === 2 ? '2-digit' : 'numeric'];
      case 'month':
        if (november === names.long[10]) return ['month', 'long'];
        if (november === names.short[10]) return ['month', 'short'];
        return ['month', p.value.length === 2 ? '2-digit' : 'numeric'];
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        return [p.type, p.value.length === 2 ? '2-digit' : 'numeric'];
      case 'weekday':
        return ['weekday', p.value === wdays.long[3] ? 'long' : 'short'];
      case 'dayPeriod':
        return ['dayPeriod', ''];
      default:
        return ['literal', p.value];
    }
  });
}

function lists(locale: string, type: 'conjunction' | 'disjunction') {
  const f = new Intl.ListFormat(locale, { type, style: 'long' });
  const between = (s: string, a: string, b: string) => s.slice(s.indexOf(a) + a.length, s.indexOf(b));
  const four = f.format(['\u0001', '\u0002', '\u0003', '\u0004']);
  return {
    pair: between(f.format(['\u0001', '\u0002']), '\u0001', '\u0002'),
    start: between(four, '\u0001', '\u0002'),
    middle: between(four, '\u0002', '\u0003'),
    end: between(four, '\u0003', '\u0004'),
  };
}

function names(locale: string, type: 'region' | 'language', codes: string[]): Record<string, string> {
  const here = new Intl.DisplayNames([locale], { type, fallback: 'none' });
  const english = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const out: Record<string, string> = {};
  for (const c of codes) {
    const own = here.of(c);
    if (own && english.of(c) && own !== c) out[c] = own;
  }
  return out;
}

const regions = A_TO_Z.flatMap((a) => A_TO_Z.map((b) => a + b));
const languages = A_TO_Z.flatMap((a) => A_TO_Z.map((b) => (a + b).toLowerCase()));

for (const [lang, locale] of Object.entries(LANGS)) {
  const monthNames = { long: months(locale, 'long'), short: months(locale, 'short') };
  const period = (h: number) =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2026, 0, 1, h)))
      .find((p) => p.type === 'dayPeriod')?.value ?? '';
  const numberParts = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1234567.5);
  const data = {
    source:
      'Unicode CLDR (Unicode License v3), through the ICU of Node.js; written by scripts/cldr-fallback.ts',
    months: monthNames,
    weekdays: { long: weekdays(locale, 'long'), short: weekdays(locale, 'short') },
    dayPeriods: { am: period(9), pm: period(21) },
    dates: Object.fromEntries(DATE_OPTION_SETS.map((o) => [optionsKey(o), pattern(locale, o, monthNames)])),
    lists: { conjunction: lists(locale, 'conjunction'), disjunction: lists(locale, 'disjunction') },
    number: {
      group: numberParts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: numberParts.find((p) => p.type === 'decimal')?.value ?? '.',
    },
    regions: names(locale, 'region', regions),
    languages: names(locale, 'language', languages),
  };
  writeFileSync(join(OUT, `${lang}.json`), `${JSON.stringify(data, null, 1)}\n`);
  console.log(
    `${lang}: ${Object.keys(data.regions).length} regions, ${Object.keys(data.languages).length} languages`,
  );
}
