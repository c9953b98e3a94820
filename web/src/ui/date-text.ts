/**
 * Days and times as people of each language write them, for the date fields of every screen: a browser's own
 * date input shows the browser's locale (a Vietnamese user on an English browser would read 12/05/2026 as
 * 12 May), so Lantern's fields are text in the order of the screens' locale (day/month/year, year/month/day in
 * Chinese, month/day/year for a browser in US English), with the year in the Buddhist Era (BE = CE + 543) for
 * Thai users. The value handed on is the one a native `date` or `datetime-local` input gives:
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
 */

export const BE_OFFSET = 543;

export type DatePart = 'day' | 'month' | 'year';

export interface DateStyle {
  /** The order the locale writes a day's parts in. */
  order: DatePart[];
  /** What it writes between them. */
  sep: string;
  /** Years in the Buddhist Era. */
  buddhist: boolean;
}

// The order each language of the screens writes a day in (CLDR's short date). Only English takes it from the
// browser (en-GB, en-US…): browsers without Khmer, Lao or Burmese locale data would answer in US English.
const ORDERS: Record<string, DatePart[]> = {
  th: ['day', 'month', 'year'],
  km: ['day', 'month', 'year'],
  lo: ['day', 'month', 'year'],
  my: ['day', 'month', 'year'],
  vi: ['day', 'month', 'year'],
  zh: ['year', 'month', 'day'],
};

/** The way a locale writes a day, with BE years when asked. */
export function dateStyle(locale: string, buddhist: boolean): DateStyle {
  const known = ORDERS[locale.split('-')[0] ?? ''];
  if (known) return { order: known, sep: '/', buddhist };
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(new Date(2026, 11, 25));
  const order = parts.map((p) => p.type).filter((t): t is DatePart => ['day', 'month', 'year'].includes(t));
  const sep = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
  return { order: order.length === 3 ? order : ['day', 'month', 'year'], sep, buddhist };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The input's value as the locale writes it; empty for an empty or malformed value. */
export function toDateText(value: string, withTime: boolean, style: DateStyle): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return '';
  const [, y = '', mo = '', d = '', h, mi] = m;
  const of = { day: d, month: mo, year: String(Number(y) + (style.buddhist ? BE_OFFSET : 0)) };
  const date = style.order.map((p) => of[p]).join(style.sep);
  return withTime ? `${date} ${h ?? '00'}:${mi ?? '00'}` : date;
}

// Digits as the region's scripts write them (and full-width ones from Chinese input methods), read as 0–9.
const DIGIT_ZEROS = [0x0e50, 0x0ed0, 0x17e0, 0x1040, 0xff10];
function latinDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (c) => {
    const code = c.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? c : String(code - zero);
  });
}

/**
 * What a person typed as the input's value, or null when it is not a real day (and time). The parts may be
 * separated by any mark (2026年12月5日 too) and written in the region's digits; outside the Buddhist Era, a day
 * written year first with four digits (2026-12-05) is read as such whatever the locale's order.
 */
export function fromDateText(text: string, withTime: boolean, style: DateStyle): string | null {
  const groups = latinDigits(text).match(/\d+/g) ?? [];
  if (groups.length !== (withTime ? 5 : 3) || /[^\d\sT/.\-:,年月日时分時]/u.test(latinDigits(text).trim()))
    return null;
  const [a = '', b = '', c = ''] = groups;
  const order: DatePart[] = !style.buddhist && a.length === 4 ? ['year', 'month', 'day'] : style.order;
  const of = Object.fromEntries(order.map((p, i) => [p, [a, b, c][i] ?? ''])) as Record<DatePart, string>;
  if (of.year.length !== 4 || of.day.length > 2 || of.month.length > 2) return null;
  const day = Number(of.day);
  const month = Number(of.month);
  const year = Number(of.year) - (style.buddhist ? BE_OFFSET : 0);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!withTime) return date;
  const [hh = '', mm = ''] = groups.slice(3);
  const hour = Number(hh);
  const minute = Number(mm);
  if (hh.length > 2 || mm.length !== 2 || hour > 23 || minute > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}
