import { z } from 'zod';
import { requestLanguage, SERVER_LANGUAGES, type ServerLanguage } from '../platform/i18n/languages.ts';

// The language a printed document (the court file, the outcomes report, a donor checklist) is written in, and how
// it writes its dates and numbers. The language is the request's (`Accept-Language`: the web app sends the
// language of its screens), or `?lang=` for a link opened outside the app. Dates follow the language's own format
// (Thai with Buddhist-Era years, as Thai courts write them), always in UTC so that the same document gives the same
// bytes wherever it is printed; English keeps the ISO form ("2026-12-04 13:00 UTC") the files have always had.

export const LOCALES: Record<ServerLanguage, string> = {
  en: 'en-GB',
  th: 'th-TH',
  km: 'km-KH',
  lo: 'lo-LA',
  my: 'my-MM',
  vi: 'vi-VN',
  zh: 'zh-CN',
};

/** The language tag written in the PDF's catalogue (its /Lang), read by screen readers and text extraction. */
export const PDF_LANG: Record<ServerLanguage, string> = {
  en: 'en',
  th: 'th',
  km: 'km',
  lo: 'lo',
  my: 'my',
  vi: 'vi',
  zh: 'zh-Hans',
};

/** The `lang` query parameter of a printed document's route. */
export const langQuery = z
  .enum(SERVER_LANGUAGES)
  .optional()
  .describe('The language of the document; by default the one Accept-Language asks for');

/** The language to print in: `?lang=` when given, else the one the request's Accept-Language asks for. */
export const printLanguage = (
  lang: ServerLanguage | undefined,
  acceptLanguage: string | string[] | undefined,
) => lang ?? requestLanguage(acceptLanguage);

/** A text with its `{name}` places filled. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const moments = new Map<ServerLanguage, Intl.DateTimeFormat>();
const days = new Map<ServerLanguage, Intl.DateTimeFormat>();
const years = new Map<ServerLanguage, Intl.DateTimeFormat>();
const numbers = new Map<ServerLanguage, Intl.NumberFormat>();

function cached<T>(map: Map<ServerLanguage, T>, lang: ServerLanguage, make: (locale: string) => T): T {
  let value = map.get(lang);
  if (!value) {
    value = make(LOCALES[lang]);
    map.set(lang, value);
  }
  return value;
}

/**
 * A moment as printed: "2026-12-04 13:00 UTC" in English, "4 ธันวาคม 2569 เวลา 13:00 UTC" in Thai; a bare day
 * ("2026-12-04") as a day. Anything that is not a date is printed as it is.
 */
export function printedDate(iso: string, lang: ServerLanguage = 'en'): string {
  if (DAY.test(iso)) return printedDay(iso, lang);
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  if (lang === 'en') return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const format = cached(
    moments,
    lang,
    (locale) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      }),
  );
  return `${format.format(t)} UTC`;
}

/** A day ("2026-12-04", or the day of a moment) as printed: as it is in English, "4 ธันวาคม 2569" in Thai. */
export function printedDay(iso: string, lang: ServerLanguage = 'en'): string {
  const t = Date.parse(DAY.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return iso;
  if (lang === 'en') return new Date(t).toISOString().slice(0, 10);
  const format = cached(
    days,
    lang,
    (locale) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(t);
}

/** A calendar year as the language writes it ("2026", Thai "พ.ศ. 2569", Chinese "2026年"). */
export function printedYear(year: number, lang: ServerLanguage = 'en'): string {
  if (lang === 'en') return String(year);
  const format = cached(
    years,
    lang,
    (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(Date.UTC(year, 6, 1));
}

/** A count as the language writes it (Burmese in its own digits); English as the files have always had it. */
export function printedNumber(n: number, lang: ServerLanguage = 'en'): string {
  if (lang === 'en') return String(n);
  return cached(numbers, lang, (locale) => new Intl.NumberFormat(locale)).format(n);
}

/** Items as alternatives ("sex or age") or together ("sex and age group"), as the language joins them. */
export const listed = (items: readonly string[], lang: ServerLanguage, type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(LOCALES[lang], { type }).format(items);
