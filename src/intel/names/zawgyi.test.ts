import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { romaniseBurmese } from './burmese.ts';
import { isZawgyi, unicodeToZawgyi, zawgyiToUnicode } from './zawgyi.ts';

// Real Zawgyi text: names from a news item on www.statecounsellor.gov.mm (26 July 2018, published in Zawgyi),
// as kept with its Unicode form among myanmar-tools' test resources.
const REAL: [string, string][] = [
  ['ေဒၚေအာင္ဆန္းစုၾကည္', 'ဒေါ်အောင်ဆန်းစုကြည်'],
  ['ေဒၚနန္းခင္ေထြးျမင့္', 'ဒေါ်နန်းခင်ထွေးမြင့်'],
  ['ေနျပည္ေတာ္', 'နေပြည်တော်'],
];

describe('zawgyiToUnicode', () => {
  it('converts real Zawgyi names', () => {
    for (const [zawgyi, unicode] of REAL) {
      expect(isZawgyi(zawgyi), zawgyi).toBe(true);
      expect(zawgyiToUnicode(zawgyi)).toBe(unicode);
    }
    expect(romaniseBurmese(zawgyiToUnicode('ေဒၚေအာင္ဆန္းစုၾကည္'))).toBe('Aung San Su Kyi');
  });

  it('leaves Unicode Burmese and other text unchanged', () => {
    for (const [, unicode] of REAL) expect(zawgyiToUnicode(unicode)).toBe(unicode);
    // Stacked consonants use U+1039, Zawgyi's everyday virama: the detector alone scores these 0.99 Zawgyi.
    for (const u of ['သန္တာ', 'ခင်စန္ဒာဝင်း', 'နန္ဒာလှိုင်', 'မြ', 'ကေသီ']) expect(zawgyiToUnicode(u), u).toBe(u);
    for (const t of ['', 'Aung Kyaw Moe', 'សុខ ដារា', '王伟']) expect(zawgyiToUnicode(t)).toBe(t);
    // Myanmar punctuation, digits and symbols alone are the same in both encodings: kept as typed, zero-width
    // spaces and all (the detector called "\u200B ၌" Zawgyi, and the conversion dropped the space).
    for (const t of ['\u200B \u104C #88', '\u200B\u104A', '၁၂၃ ။']) {
      expect(isZawgyi(t), JSON.stringify(t)).toBe(false);
      expect(zawgyiToUnicode(t)).toBe(t);
    }
  });

  it('reads back names written as Zawgyi, short ones included', () => {
    const src = readFileSync(new URL('../../world/names/burmese.ts', import.meta.url), 'utf8');
    const names = [...src.matchAll(/'([\u1000-\u109F]+)\|/g)].map((m) => m[1] as string);
    let ok = 0;
    let total = 0;
    names.forEach((a, i) => {
      const b = names[(i * 7 + 3) % names.length] as string;
      for (const u of [a, a + b]) {
        total++;
        if (zawgyiToUnicode(unicodeToZawgyi(u)) === u && zawgyiToUnicode(u) === u) ok++;
      }
    });
    // 98% at the time of writing: the misses are one- or two-syllable names that read as Unicode too (လွ).
    expect(ok / total).toBeGreaterThanOrEqual(0.96);
  });

  it('reads a medial typed between a ya-yit and its consonant, and a virama before ra as Zawgyi', () => {
    // လ ျ ွ မ: the ha-htoe is the la's (Hla), the ya-yit the ma's (Myat); တ္ရ cannot be a Unicode stack.
    expect(zawgyiToUnicode('\u101C\u103B\u103D\u1019\u1010\u1039\u101B\u1010\u1014\u102C')).toBe('လှမြတ်ရတနာ');
    expect(zawgyiToUnicode('\u101C\u103D\u103B\u1019\u1010\u1039')).toBe('လှမြတ်');
    // Unicode's own medial ya before wa (ကျွန်) is not touched.
    expect(zawgyiToUnicode('ကျွန်းမြ')).toBe('ကျွန်းမြ');
  });

  it('writes Unicode as Zawgyi', () => {
    expect(unicodeToZawgyi('ဒေါ်အောင်ဆန်းစုကြည်')).toBe('ေဒၚေအာင္ဆန္းစုၾကည္');
    expect(unicodeToZawgyi('Aung')).toBe('Aung');
  });
});
