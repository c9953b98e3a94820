/** The seven languages of Lantern's screens: the code used for catalogues, the name in its own script, and the
 * locale that Intl formats dates and numbers with (Thai's default calendar is the Buddhist Era). */
export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB' },
  { code: 'th', name: 'ไทย', locale: 'th-TH' },
  { code: 'km', name: 'ខ្មែរ', locale: 'km-KH' },
  { code: 'lo', name: 'ລາວ', locale: 'lo-LA' },
  { code: 'my', name: 'မြန်မာ', locale: 'my-MM' },
  { code: 'vi', name: 'Tiếng Việt', locale: 'vi-VN' },
  { code: 'zh', name: '简体中文', locale: 'zh-CN' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly Language[] = LANGUAGES.map((l) => l.code);

export const isLanguage = (x: unknown): x is Language =>
  typeof x === 'string' && (LANGUAGE_CODES as readonly string[]).includes(x);

/** The catalogues' namespaces: one per part of the app, and `common` for words every part uses. */
export const NAMESPACES = [
  'common',
  'shell',
  'auth',
  'admin',
  'audit',
  'demo',
  'evidence',
  'field',
  'intel',
  'network',
  'monitoring',
  'operations',
  'outcomes',
  'plans',
  'prosecution',
  'protection',
  'screening',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/** The best of the seven for a browser's list of preferred languages (`navigator.languages`), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export const localeOf = (lang: Language): string => LANGUAGES.find((l) => l.code === lang)?.locale ?? 'en-GB';
