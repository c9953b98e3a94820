import type { ServerLanguage } from '../platform/i18n/languages.ts';

// For tests of the printed documents' words (court file, outcomes report, donor checklist): the values of a
// language's text module left in English. In Thai, Khmer, Lao, Burmese and Chinese a value must be written in the
// language's script and hold no Latin word but the few names kept as they are; a Vietnamese value (Latin letters)
// must differ from the English one. `{name}` places and offence codes (TH-ATIP-6) are not words.

const SCRIPTS: Partial<Record<ServerLanguage, RegExp>> = {
  th: /\p{Script=Thai}/u,
  km: /\p{Script=Khmer}/u,
  lo: /\p{Script=Lao}/u,
  my: /\p{Script=Myanmar}/u,
  zh: /\p{Script=Han}/u,
};

/** Latin words a translation keeps: the product's name, and COMMIT (the Mekong governments' anti-trafficking
 * process, whose reports the national indicators serve). */
const KEPT = new Set(['Lantern', 'LANTERN', 'COMMIT']);

const bare = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .replace(/\b[A-Z]{2}-[A-Z0-9]+(?:[-/][A-Z0-9]+)*\b/g, ' ')
    .replace(/\p{Script=Latin}+/gu, (word) => (KEPT.has(word) ? ' ' : word));

/** The paths (and values) of `texts` that are not translated into `lang`, English given for comparison. */
export function untranslated(texts: unknown, english: unknown, lang: ServerLanguage, path = ''): string[] {
  if (typeof texts === 'string') {
    const words = bare(texts);
    if (!/\p{L}/u.test(words)) return [];
    const script = SCRIPTS[lang];
    if (script) {
      const latin = words.match(/\p{Script=Latin}{2,}/gu);
      if (latin || !script.test(words)) return [`${path}: ${texts}`];
      return [];
    }
    return texts === english ? [`${path}: ${texts}`] : [];
  }
  if (Array.isArray(texts))
    return texts.flatMap((value, i) =>
      untranslated(value, Array.isArray(english) ? english[i] : undefined, lang, `${path}[${i}]`),
    );
  if (texts && typeof texts === 'object')
    return Object.entries(texts).flatMap(([key, value]) =>
      untranslated(
        value,
        english && typeof english === 'object' ? (english as Record<string, unknown>)[key] : undefined,
        lang,
        path ? `${path}.${key}` : key,
      ),
    );
  return [];
}

/** The `{name}` places of every value, by path: a translation must keep the English value's places. */
export function places(texts: unknown, path = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'string')
      out.set(at, [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort());
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, `${at}[${i}]`);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, at ? `${at}.${key}` : key);
  };
  walk(texts, path);
  return out;
}
