import { SERVER_LANGUAGES, type ServerLanguage } from '../platform/i18n/languages.ts';
import { CLI_TEXTS, type CliTexts } from './texts/index.ts';

// The language the command line prints in: `--lang <code>`, else LANTERN_LANG, else the locale of the
// environment (LC_ALL, LC_MESSAGES, LANG: `th_TH.UTF-8` is Thai, `zh_CN` Simplified Chinese), else English. What
// it prints for scripts (JSON, CSV, ids, file paths) is the same in every language.

/** The locale whose numbers and dates each language uses. */
export const CLI_LOCALES: Record<ServerLanguage, string> = {
  en: 'en-GB',
  th: 'th-TH',
  km: 'km-KH',
  lo: 'lo-LA',
  my: 'my-MM',
  vi: 'vi-VN',
  zh: 'zh-CN',
};

/** A `--lang` or LANTERN_LANG value that names no language Lantern speaks. */
export class LanguageError extends Error {
  readonly setting: string;
  readonly value: string;
  constructor(setting: string, value: string) {
    super(`${setting}: no language "${value}"`);
    this.setting = setting;
    this.value = value;
  }
}

/**
 * The language a code or a locale names: `th`, `th-TH`, `th_TH.UTF-8`, `zh_CN.GB18030@pinyin`, `zh-Hans` (any
 * Chinese is the Simplified Chinese Lantern has); undefined for any other (`C`, `POSIX`, `fr_FR`).
 */
export function languageOf(value: string): ServerLanguage | undefined {
  const base = value.trim().toLowerCase().split(/[.@]/)[0]?.split(/[-_]/)[0] ?? '';
  return (SERVER_LANGUAGES as readonly string[]).includes(base) ? (base as ServerLanguage) : undefined;
}

/** The `--lang` value among the arguments (before a `--`), in either `--lang th` or `--lang=th` form. */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') return undefined;
    if (a === '--lang') return argv[i + 1] ?? '';
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the environment: LANTERN_LANG when set (an unknown one is refused), else the first locale
 * variable set, as the C library reads them (so `LC_ALL=C` is English even when LANG is Thai), else English.
 */
export function environmentLanguage(env: Record<string, string | undefined>): ServerLanguage {
  const own = env.LANTERN_LANG?.trim();
  if (own) {
    const lang = languageOf(own);
    if (!lang) throw new LanguageError('LANTERN_LANG', own);
    return lang;
  }
  for (const name of LOCALE_VARIABLES) {
    const value = env[name]?.trim();
    if (value) return languageOf(value) ?? 'en';
  }
  return 'en';
}

/** The language to print in: `--lang`, else the environment's. Throws LanguageError for an unknown code. */
export function chooseLanguage(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): ServerLanguage {
  const asked = langArgument(argv);
  if (asked !== undefined) {
    const lang = languageOf(asked);
    if (!lang) throw new LanguageError('--lang', asked);
    return lang;
  }
  return environmentLanguage(env);
}

/** The language to say a refused `--lang` or LANTERN_LANG in: the locale's, else English. */
export function fallbackLanguage(env: Record<string, string | undefined>): ServerLanguage {
  try {
    return environmentLanguage(env);
  } catch {
    return environmentLanguage({ ...env, LANTERN_LANG: '' });
  }
}

let current: ServerLanguage = 'en';

/** Sets the language of everything the command line prints from now on (before its commands are made). */
export function setCliLanguage(lang: ServerLanguage): void {
  current = lang;
}

export const cliLanguage = (): ServerLanguage => current;

/** The words of the command line in its language. */
export const texts = (): CliTexts => CLI_TEXTS[current];

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the language writes it (Burmese in its own digits, Lao and Vietnamese with a decimal comma). English
 * keeps the digits it has always printed, with no thousands separator, for the scripts that read its lines.
 */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${current}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(CLI_LOCALES[current], {
      ...(current === 'en' ? { useGrouping: false } : {}),
      ...options,
    });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/** A moment as the language writes it (Thai with Buddhist-Era years), in UTC; English keeps the ISO form. */
export function formatMoment(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t) || current === 'en') return iso;
  const f = new Intl.DateTimeFormat(CLI_LOCALES[current], {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  return `${f.format(t)} UTC`;
}

/** Items as alternatives ("record_id or full_name"), as the language joins them. */
export const eitherOf = (items: readonly string[]): string =>
  new Intl.ListFormat(CLI_LOCALES[current], { type: 'disjunction' }).format(items);

/**
 * A text with its `{name}` places filled: numbers as the language writes them, strings as they are. A place
 * with no value stays as written.
 */
export function say(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = values[name];
    if (v === undefined) return all;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}
