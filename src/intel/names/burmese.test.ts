import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../name-key.ts';
import { BURMESE_TITLES, romaniseBurmese } from './burmese.ts';
import { BURMESE_KNOWN_NAMES } from './burmese-known-names.ts';
import { dropTitles } from './titles.ts';

/** `native|Latin|…` lines of the synthetic world's Burmese table, read from its source (not copied). */
function worldTable(): [string, string][] {
  const src = readFileSync(new URL('../../world/names/burmese.ts', import.meta.url), 'utf8');
  return [...src.matchAll(/'([\u1000-\u109F]+)\|([^'|\n]+)[^'\n]*'/g)].map((m) => [
    m[1] as string,
    m[2] as string,
  ]);
}

/** The usual spelling without the titles a name written in Latin letters drops (titles.ts): the romaniser agrees. */
function withoutTitles(latin: string): string {
  return dropTitles(latin.toLowerCase().split(/\s+/)).join(' ');
}

function rates(rows: [string, string][]): { exact: number; key: number } {
  let exact = 0;
  let key = 0;
  for (const [native, usual] of rows) {
    const ours = romaniseBurmese(native);
    const want = withoutTitles(usual);
    if (ours.toLowerCase() === want.toLowerCase()) exact++;
    if (nameKey(ours) === nameKey(want)) key++;
  }
  return { exact: exact / rows.length, key: key / rows.length };
}

describe('romaniseBurmese', () => {
  it('spells syllables as names are written on documents', () => {
    const cases: [string, string][] = [
      ['အောင်', 'Aung'],
      ['ကျော်', 'Kyaw'],
      ['ခင်', 'Khin'],
      ['ညွန့်', 'Nyunt'],
      ['ထေး', 'Htay'],
      ['လှ', 'Hla'],
      ['မြင့်', 'Myint'],
      ['သန်း', 'Than'],
      ['ဇော်', 'Zaw'],
      ['ဝင်း', 'Win'],
      ['စိုး', 'Soe'],
      ['မိုး', 'Moe'],
      ['ချို', 'Cho'],
      ['နွယ်', 'Nwe'],
      ['ဖြိုး', 'Phyo'],
      ['ရဲ', 'Ye'],
      ['ထွန်း', 'Tun'],
      ['ရွှေ', 'Shwe'],
      ['နှင်း', 'Hnin'],
      ['အိ', 'Ei'],
      ['အေး', 'Aye'],
      ['အုန်း', 'Ohn'],
      ['ထူး', 'Htoo'],
      ['လှိုင်', 'Hlaing'],
      ['ဝတ်', 'Wut'],
    ];
    for (const [native, latin] of cases) expect(romaniseBurmese(native), native).toBe(latin);
  });

  it('separates native syllables and joins Pali loans, as Wikipedia and documents do', () => {
    expect(romaniseBurmese('အောင်ကျော်မိုး')).toBe('Aung Kyaw Moe');
    expect(romaniseBurmese('သူဇာ')).toBe('Thuzar');
    expect(romaniseBurmese('ခင်စန္ဒာဝင်း')).toBe('Khin Sandar Win');
    expect(romaniseBurmese('ထက်ထက်မိုးဦး')).toBe('Htet Htet Moe Oo');
    expect(romaniseBurmese('သန္တာ')).toBe('Thandar'); // stacked: joined, t voiced after n
  });

  it('drops titles at the start only when a name follows, and keeps doubled names', () => {
    expect(romaniseBurmese('ဦးသန့်')).toBe('Thant');
    expect(romaniseBurmese('ဒေါ်ခင်ကြည်')).toBe('Khin Kyi');
    expect(romaniseBurmese('ဒေါ်နန်းခင်ထွေးမြင့်')).toBe('Khin Htwe Myint');
    expect(romaniseBurmese('ဦး')).toBe('Oo');
    expect(romaniseBurmese('ဒေါ်')).toBe('Daw');
    expect(romaniseBurmese('ကိုကိုကြီး')).toBe('Ko Ko Gyi');
    expect(romaniseBurmese('မောင်မောင်လွင်')).toBe('Maung Maung Lwin');
    expect(romaniseBurmese('ဦး မောင်မောင်')).toBe('Maung Maung');
    // A title that is also a name stays when one part would be left, as in Latin letters (Saw Maung, Maung Aye).
    expect(romaniseBurmese('စောမောင်')).toBe('Saw Maung');
    expect(romaniseBurmese('မောင် အေး')).toBe('Maung Aye');
    expect(romaniseBurmese('မောင်သန့်')).toBe('Maung Thant');
    expect(romaniseBurmese('မောင်သန့်ဇင်')).toBe('Thant Zin');
    expect(romaniseBurmese('ကို ဇော် ဝင်း')).toBe('Zaw Win');
    expect(nameKey(romaniseBurmese('မောင်သန့်'))).toBe(nameKey('Maung Thant'));
    expect(nameKey(romaniseBurmese('ကိုကိုကြီး'))).toBe(nameKey('Ko Ko Gyi'));
    for (const t of ['u', 'daw', 'ko', 'ma', 'maung', 'saw', 'nang', 'sai', 'naw'])
      expect(BURMESE_TITLES).toContain(t);
  });

  it('ignores what is not Burmese', () => {
    expect(romaniseBurmese('')).toBe('');
    expect(romaniseBurmese('Ko Aung ( )')).toBe('');
  });

  // Figures at the time of writing: world 94.4% exact, 97.8% by key; real names 80.8% exact, 95.9% by key.
  it('matches the usual spelling of the synthetic world table', () => {
    const rows = worldTable();
    expect(rows.length).toBeGreaterThan(80);
    const r = rates(rows);
    expect(r.exact).toBeGreaterThanOrEqual(0.93);
    expect(r.key).toBeGreaterThanOrEqual(0.93);
  });

  it('matches the usual spelling of real names', () => {
    const rows = BURMESE_KNOWN_NAMES.map((l) => l.split('|') as [string, string]);
    expect(rows.length).toBeGreaterThanOrEqual(50);
    const r = rates(rows);
    expect(r.exact).toBeGreaterThanOrEqual(0.79);
    expect(r.key).toBeGreaterThanOrEqual(0.9);
  });
});
