import type { ParseKeys } from 'i18next';
import { currentLocale, i18next } from '../i18n/i18n.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** A date formatter in the current language's locale (Thai shows Buddhist-Era years), made once per locale. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = currentLocale();
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f as Intl.DateTimeFormat;
}

/** A number formatter in the current language's locale. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = currentLocale();
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f as Intl.NumberFormat;
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

/** Items joined as the current language lists them ("a, b and c"). */
export const listWords = (items: readonly string[]): string =>
  new Intl.ListFormat(currentLocale(), { style: 'long', type: 'conjunction' }).format(items);

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
    return displayNames('region').of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
};

/** A language's name (BCP 47 code such as `my` or `km`) in the current language; the code itself when unknown. */
export const languageName = (code: string): string => {
  try {
    return displayNames('language').of(code) ?? code;
  } catch {
    return code;
  }
};
