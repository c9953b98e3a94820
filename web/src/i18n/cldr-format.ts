/**
 * Dates, lists and numbers written from CLDR locale data held by the app (web/src/i18n/cldr/), for browsers whose
 * Intl lacks a language of the screens (Chromium has no Khmer, Lao or Burmese locale data and answers in US
 * English). The numbers of a day (in its time zone) still come from the browser's Intl; the words and the order
 * come from the data. Pure: the data is passed in.
 */

export type PartType =
  | 'year'
  | 'month'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'weekday'
  | 'dayPeriod'
  | 'literal';
/** A part of a written day and its style: `numeric`, `2-digit`, `long`, `short`, or a literal's text. */
export type Part = [type: PartType, style: string];

export interface ListPatterns {
  pair: string;
  start: string;
  middle: string;
  end: string;
}

export interface LocaleData {
  months: { long: string[]; short: string[] };
  weekdays: { long: string[]; short: string[] };
  dayPeriods: { am: string; pm: string };
  dates: Record<string, Part[]>;
  lists: { conjunction: ListPatterns; disjunction: ListPatterns };
  number: { group: string; decimal: string };
  regions: Record<string, string>;
  languages: Record<string, string>;
}

/** The ways the app writes a day or a time (ui/format.ts and its callers), each with a pattern in the data. */
export const DATE_OPTION_SETS: Intl.DateTimeFormatOptions[] = [
  ...(['full', 'long', 'medium', 'short'] as const).flatMap((dateStyle) => [
    { dateStyle },
    ...(['medium', 'short'] as const).map((timeStyle) => ({ dateStyle, timeStyle })),
  ]),
  { timeStyle: 'short' },
  { timeStyle: 'medium' },
  { month: 'long', year: 'numeric' },
  { month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'short' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { hour: '2-digit', minute: '2-digit' },
  { hour: '2-digit', minute: '2-digit', second: '2-digit' },
];

/** Options as a key, without the time zone (the numbers of the day are worked out in it, the pattern is one). */
export function optionsKey(o: Intl.DateTimeFormatOptions): string {
  return JSON.stringify(
    Object.entries(o)
      .filter(([k]) => k !== 'timeZone')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const numeric = new Map<string, Intl.DateTimeFormat>();

/** The numbers of `date` in `timeZone` (the browser's own when none), read with an Intl every browser has. */
function fieldsOf(date: Date, timeZone: string | undefined) {
  const key = timeZone ?? '';
  let f = numeric.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    numeric.set(key, f);
  }
  const v = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, Number(p.value)]));
  const year = v.year ?? 0;
  const month = v.month ?? 1;
  const day = v.day ?? 1;
  return {
    year,
    month,
    day,
    hour: (v.hour ?? 0) % 24,
    minute: v.minute ?? 0,
    second: v.second ?? 0,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');
const width = (n: number, style: string) => (style === '2-digit' ? two(n) : String(n));

/** `date` written as the data's locale writes it with `options`; null when the data has no such pattern. */
export function formatDateWith(
  data: LocaleData,
  options: Intl.DateTimeFormatOptions,
  date: Date,
): string | null {
  const pattern = data.dates[optionsKey(options)];
  if (!pattern) return null;
  const f = fieldsOf(date, options.timeZone);
  const twelve = pattern.some(([t]) => t === 'dayPeriod');
  return pattern
    .map(([type, style]) => {
      switch (type) {
        case 'year':
          return style === '2-digit' ? two(f.year % 100) : String(f.year);
        case 'month':
          if (style === 'long' || style === 'short') return data.months[style][f.month - 1] ?? '';
          return width(f.month, style);
        case 'day':
          return width(f.day, style);
        case 'hour':
          return width(twelve ? f.hour % 12 || 12 : f.hour, style);
        case 'minute':
          return two(f.minute);
        case 'second':
          return two(f.second);
        case 'weekday':
          return data.weekdays[style === 'long' ? 'long' : 'short'][f.weekday] ?? '';
        case 'dayPeriod':
          return f.hour < 12 ? data.dayPeriods.am : data.dayPeriods.pm;
        default:
          return style;
      }
    })
    .join('');
}

/** Items joined as the data's locale lists them ("a, b and c" or "a, b or c"). */
export function formatListWith(
  data: LocaleData,
  type: 'conjunction' | 'disjunction',
  items: readonly string[],
) {
  const p = data.lists[type];
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]}${p.pair}${items[1]}`;
  const last = items.length - 1;
  return items
    .map((item, i) => (i === 0 ? item : `${i === 1 ? p.start : i === last ? p.end : p.middle}${item}`))
    .join('');
}

/** A number written by an English formatter, with the locale's marks for thousands and the decimal point. */
export function localiseNumberText(data: LocaleData, english: string): string {
  return english.replace(/[,.]/g, (c) => (c === ',' ? data.number.group : data.number.decimal));
}
