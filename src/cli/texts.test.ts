import { describe, expect, it } from 'vitest';
import { SERVER_LANGUAGES } from '../platform/i18n/languages.ts';
import { CLI_TEXTS } from './texts/index.ts';

/** Every text of a module under its dotted path. */
function flatten(o: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else if (v && typeof v === 'object') for (const [p, x] of flatten(v, path)) out.set(p, x);
    else out.set(path, `(not a text: ${typeof v})`);
  }
  return out;
}

const places = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The scripts each language is written in; Vietnamese is written in Latin letters, so its texts must differ
// from the English ones instead.
const SCRIPT: Record<string, RegExp> = {
  th: /\p{Script=Thai}/u,
  km: /\p{Script=Khmer}/u,
  lo: /\p{Script=Lao}/u,
  my: /\p{Script=Myanmar}/u,
  zh: /\p{Script=Han}/u,
};

/** Two or more English words, once places, option names and codes are taken out. */
function englishWords(s: string): boolean {
  const words = s
    .replace(/\{\w+\}/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[(]?[A-Za-z]+[)]?[.,;:!?]?$/.test(w));
  return words.length >= 2 && words.some((w) => /[A-Za-z]{3}/.test(w));
}

describe('the command line texts', () => {
  const english = flatten(CLI_TEXTS.en);

  it('are all there in every language, none empty, with the places English has', () => {
    for (const lang of SERVER_LANGUAGES) {
      const own = flatten(CLI_TEXTS[lang]);
      expect([...own.keys()].sort(), lang).toEqual([...english.keys()].sort());
      for (const [key, text] of own) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(places(text), `${lang} ${key}`).toEqual(places(english.get(key) ?? ''));
      }
    }
  });

  it('leave nothing in English', () => {
    const left: string[] = [];
    for (const lang of SERVER_LANGUAGES) {
      if (lang === 'en') continue;
      const script = SCRIPT[lang];
      for (const [key, text] of flatten(CLI_TEXTS[lang])) {
        const source = english.get(key) ?? '';
        if (script ? englishWords(text) && !script.test(text) : text === source && englishWords(text))
          left.push(`${lang} ${key}: ${text}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('find English left in a text', () => {
    expect(englishWords('the file to import')).toBe(true);
    expect(englishWords('{field} ×{count}')).toBe(false);
    expect(englishWords('(CSV, TSV, JSON lines หรือ Excel)')).toBe(true);
  });
});
