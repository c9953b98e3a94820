import { describe, expect, it } from 'vitest';
import { fill, LANGS, langOf, PAGE_TEXTS } from './public-texts.ts';
import { FOLLOW_TEXTS } from './public-texts-follow.ts';
import { FORM_TEXTS } from './public-texts-form.ts';

const CATALOGUES = { page: PAGE_TEXTS, form: FORM_TEXTS, follow: FOLLOW_TEXTS };
const places = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The scripts each language is written in: a text left in English (or pasted in the wrong script) is caught.
// Vietnamese is written in Latin letters: its texts must differ from the English ones.
const SCRIPT: Record<string, RegExp> = {
  th: /\p{Script=Thai}/u,
  km: /\p{Script=Khmer}/u,
  lo: /\p{Script=Lao}/u,
  my: /\p{Script=Myanmar}/u,
  'zh-Hans': /\p{Script=Han}/u,
};

describe('the public page texts', () => {
  it('are all there in every language, in its own script, with the same places to fill', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      const keys = Object.keys(catalogue.en);
      for (const lang of LANGS) {
        const texts = catalogue[lang] as Record<string, string>;
        expect(Object.keys(texts).sort(), `${name} ${lang}`).toEqual([...keys].sort());
        for (const key of keys) {
          const text = texts[key] as string;
          expect(text.trim(), `${name}.${key} ${lang}`).not.toBe('');
          expect(places(text), `${name}.${key} ${lang}`).toEqual(
            places((catalogue.en as Record<string, string>)[key] as string),
          );
          const script = SCRIPT[lang];
          if (script) expect(text, `${name}.${key} ${lang}`).toMatch(script);
          if (lang === 'vi')
            expect(text, `${name}.${key} vi`).not.toBe((catalogue.en as Record<string, string>)[key]);
        }
      }
    }
  });

  it('fill their places and fall back to English for an unknown language', () => {
    expect(fill(FORM_TEXTS.th.tooLong, { max: 50, n: 51 })).toBe('ยาวเกินไป: ไม่เกิน 50 ตัวอักษร (คุณเขียน 51)');
    expect(langOf('zh-Hans')).toBe('zh-Hans');
    expect(langOf('de')).toBe('en');
    expect(langOf(['th'])).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
});
