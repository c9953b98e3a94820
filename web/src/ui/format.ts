import type { ParseKeys } from 'i18next';
import { formatDateWith, formatListWith, localiseNumberText } from '../i18n/cldr-format.ts';
import { currentLanguage, currentLocale, i18next } from '../i18n/i18n.ts';
import { localeDataFor } from '../i18n/locale-data.ts';

/** What the screens format with: a browser's Intl formatter, or one written from the app's own locale data. */
export interface Formatter<T> {
  format: (value: T) => string;
}

const cache = new Map<string, Formatter<Date> | Formatter<number>>();

/** The app's own locale data when the browser's Intl lacks the current language (Khmer, Lao, Burmese). */
const ownData = () => localeDataFor(currentLanguage());

/** A date formatter in the current language's locale (Thai shows Buddhist-Era years), made once per locale. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Formatter<Date> {
  const locale = currentLocale();
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Formatter<Date> | undefined;
  if (!f) {
    const intl = new Intl.DateTimeFormat(locale, options);
    const data = ownData();
    f = data ? { format: (d) => formatDateWith(data, options, d) ?? intl.format(d) } : intl;
    cache.set(key, f);
  }
  return f;
}

/** A number formatter in the current language's locale. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Formatter<number> {
  const locale = currentLocale();
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Formatter<number> | undefined;
  if (!f) {
    const data = ownData();
    const intl = new Intl.NumberFormat(data ? 'en-US' : locale, options);
    f = data ? { format: (n) => localiseNumberText(data, intl.format(n)) } : intl;
    cache.set(key, f);
  }
  return f;
}

export const formatNumber = (n: number, options?: Intl.NumberFormatOptions): string =>
  numberFormat(options).format(n);

export const formatDateTime = (iso: string): string =>
  dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
/** To the second, compactly: for the audit log. */
export const formatInstant = (iso: string): string =>
  dateFormat({ dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
export const formatDate = (iso: string): string => dateFormat({ dateStyle: 'medium' }).format(new Date(iso));

/** The first block of a UUID: enough to tell records apart on screen; the full id is in the title. */
export const shortId = (id: string): string => id.split('-')[0] ?? id;

/** Role labels in the catalogue's order (most powerful first), for display. */
export function roleLabels(roles: readonly string[], labels: ReadonlyMap<string, string>): string {
  const order = [...labels.keys()];
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return [...roles]
    .sort((a, b) => rank(a) - rank(b))
    .map((r) => labels.get(r) ?? r)
    .join(', ');
}

/** An agency's kind (police, labour, ngo...) in the current language. */
export const agencyKindWord = (kind: string): string =>
  i18next.t(`agencyKind.${kind}` as ParseKeys<'common'>, { defaultValue: kind });

/** A role's name in the current language, else the server's English label. */
export const roleWord = (role: string, fallback: string): string =>
  i18next.t(`roles.${role}.label` as ParseKeys<'common'>, { defaultValue: fallback });

/** What a role is for, in the current language, else the server's English description. */
export const roleDescription = (role: string, fallback: string): string =>
  i18next.t(`roles.${role}.description` as ParseKeys<'common'>, { defaultValue: fallback });

/** Items joined as the current language lists them: "a, b and c", or "a, b or c" for a disjunction. */
export function listWords(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const data = ownData();
  if (data) return formatListWith(data, type, items);
  return new Intl.ListFormat(currentLocale(), { style: 'long', type }).format(items);
}

/** English words for agency kinds, for screens not yet moved to `agencyKindWord`. */
export const KIND_LABELS: Record<string, string> = {
  police: 'Police',
  labour: 'Labour inspectorate',
  ngo: 'NGO',
  prosecution: 'Prosecution',
  services: 'Victim services',
  coordination: 'Coordination',
};

const names = new Map<string, Intl.DisplayNames>();

function displayNames(type: 'region' | 'language'): Intl.DisplayNames {
  const locale = currentLocale();
  const key = `${type}|${locale}`;
  let n = names.get(key);
  if (!n) {
    n = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
    names.set(key, n);
  }
  return n;
}

/** A country's name (ISO 3166 alpha-2 code) in the current language; the code itself when unknown. */
export const regionName = (code: string): string => {
  try {
    const upper = code.toUpperCase();
    return ownData()?.regions[upper] ?? displayNames('region').of(upper) ?? code;
  } catch {
    return code;
  }
};

/** A language's name (BCP 47 code such as `my` or `km`) in the current language; the code itself when unknown. */
export const languageName = (code: string): string => {
  try {
    return ownData()?.languages[code] ?? displayNames('language').of(code) ?? code;
  } catch {
    return code;
  }
};
