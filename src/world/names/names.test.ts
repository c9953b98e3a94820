import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import {
  generateName,
  NATIONALITIES,
  type Nationality,
  nameStats,
  type PersonName,
  recordedName,
  type Sex,
} from './index.ts';
import { MODELS } from './models.ts';

const SEXES: readonly Sex[] = ['F', 'M'];

/** Each script, with the spaces a full name may contain. */
const NATIVE_SCRIPT: Readonly<Record<Nationality, RegExp>> = {
  TH: /^[\u0E00-\u0E7F ]+$/,
  LA: /^[\u0E80-\u0EFF ]+$/,
  KH: /^[\u1780-\u17FF\u19E0-\u19FF ]+$/,
  MM: /^[\u1000-\u109F\uAA60-\uAA7F ]+$/,
  CN: /^[\u4E00-\u9FFF]+$/,
  VN: /^[\p{Script=Latin} ]+$/u,
};
const ASCII_LATIN = /^[A-Za-z' -]+$/;
const ANY_LATIN = /^[\p{Script=Latin}' -]+$/u;

function people(seed: string, count: number): PersonName[] {
  const rng = new Rng(seed);
  const out: PersonName[] = [];
  for (let i = 0; i < count; i++) {
    const nat = NATIONALITIES[i % NATIONALITIES.length] as Nationality;
    out.push(generateName(rng, nat, SEXES[(i >> 3) % 2] as Sex));
  }
  return out;
}

/** Lower case, without diacritics or anything that is not a letter. */
function letters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

function sharesChunk(recorded: string, forms: readonly string[]): boolean {
  const r = letters(recorded);
  const targets = forms.map(letters);
  if (r.length < 3) return targets.some((t) => t.includes(r) && r.length > 0);
  for (let i = 0; i + 3 <= r.length; i++) {
    const chunk = r.slice(i, i + 3);
    if (targets.some((t) => t.includes(chunk))) return true;
  }
  return false;
}

describe('generateName', () => {
  it('is deterministic: the same seed gives the same 1,000 names', () => {
    expect(people('determinism', 1000)).toEqual(people('determinism', 1000));
    expect(people('determinism', 50)).not.toEqual(people('other seed', 50));
  });

  it('writes native names in the right script and Latin names in Latin letters', () => {
    for (const p of people('scripts', 6000)) {
      expect(p.native, `${p.nationality} ${p.native}`).toMatch(NATIVE_SCRIPT[p.nationality]);
      const latin = p.nationality === 'VN' || p.nationality === 'CN' ? ANY_LATIN : ASCII_LATIN;
      for (const part of [p.latin, p.given, p.family ?? 'x', p.nickname ?? 'x']) expect(part).toMatch(latin);
      expect(p.latin).toBe(
        p.familyFirst ? `${p.family} ${p.given}` : [p.given, p.family].filter(Boolean).join(' '),
      );
      if (p.nationality !== 'VN') expect(p.latin).toBe(p.latin.normalize('NFC'));
    }
  });

  it('keeps every name list free of stray characters, in the right script', () => {
    for (const nat of NATIONALITIES) {
      for (const [latin, variants] of MODELS[nat].variants) {
        const re = nat === 'VN' || nat === 'CN' ? ANY_LATIN : ASCII_LATIN;
        expect(latin).toMatch(re);
        for (const v of variants) expect(v, `${nat} ${latin}`).toMatch(re);
      }
    }
  });

  it('follows each naming convention', () => {
    const all = people('conventions', 12_000);
    const of = (nat: Nationality) => all.filter((p) => p.nationality === nat);
    for (const p of of('MM')) {
      expect(p.family).toBeNull();
      expect(p.native).not.toContain(' ');
      const parts = p.given.split(' ').length;
      expect(parts).toBeGreaterThanOrEqual(1);
    }
    for (const nat of ['VN', 'KH', 'CN'] as const) for (const p of of(nat)) expect(p.familyFirst).toBe(true);
    for (const nat of ['TH', 'LA', 'MM'] as const) for (const p of of(nat)) expect(p.familyFirst).toBe(false);
    const thai = of('TH');
    expect(thai.filter((p) => p.nickname !== null).length / thai.length).toBeGreaterThan(0.7);
    expect(of('CN').every((p) => p.nickname === null)).toBe(true);
    expect(of('VN').every((p) => p.native === p.latin)).toBe(true);
  });

  it('gives Vietnamese family names their real frequencies and typical middle names', () => {
    const vn = people('vietnam', 30_000).filter((p) => p.nationality === 'VN');
    const nguyen = vn.filter((p) => p.family === 'Nguyễn').length / vn.length;
    expect(nguyen).toBeGreaterThan(0.33);
    expect(nguyen).toBeLessThan(0.43);
    const women = vn.filter((p) => p.sex === 'F');
    expect(women.filter((p) => p.given.startsWith('Thị ')).length / women.length).toBeGreaterThan(0.4);
    const men = vn.filter((p) => p.sex === 'M');
    expect(men.filter((p) => p.given.startsWith('Văn ')).length / men.length).toBeGreaterThan(0.3);
  });

  it('has enough real names: 40+ given names per sex, 30+ family names, 60+ Burmese elements', () => {
    const stats = nameStats();
    for (const nat of NATIONALITIES) {
      const s = MODELS[nat].stats;
      expect(s.givenF, nat).toBeGreaterThanOrEqual(40);
      expect(s.givenM, nat).toBeGreaterThanOrEqual(40);
      expect(stats[nat]).toEqual({ given: s.given, family: s.family });
      if (nat === 'MM') {
        expect(stats.MM.family).toBe(0);
        expect(stats.MM.given).toBeGreaterThanOrEqual(60);
      } else expect(stats[nat].family, nat).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('recordedName', () => {
  it('returns the standard Latin form with noise 0', () => {
    const rng = new Rng('quiet');
    for (const p of people('quiet', 600)) expect(recordedName(rng, p, 0)).toBe(p.latin);
  });

  it('is deterministic', () => {
    const run = () => {
      const rng = new Rng('recorded');
      return people('recorded', 1000).map((p) => recordedName(rng, p, 0.7));
    };
    expect(run()).toEqual(run());
  });

  it('makes many distinct variants at noise 1, which stay recognisable', () => {
    const rng = new Rng('noisy');
    for (const nat of NATIONALITIES) {
      const base = generateName(rng, nat, 'F');
      const forms = new Set<string>();
      for (let i = 0; i < 1000; i++) forms.add(recordedName(rng, base, 1));
      expect(forms.size, nat).toBeGreaterThan(40);
    }
    let recognisable = 0;
    const all = people('noisy people', 1000);
    for (const p of all) {
      const r = recordedName(rng, p, 1);
      expect(r.trim()).toBe(r);
      expect(r).not.toContain('  ');
      if (sharesChunk(r, [p.latin, p.native, p.nickname ?? ''])) recognisable++;
    }
    expect(recognisable / all.length).toBeGreaterThanOrEqual(0.9);
  });

  it('produces each kind of record form', () => {
    const rng = new Rng('kinds');
    const forms = (name: PersonName) => {
      const out = new Set<string>();
      for (let i = 0; i < 5000; i++) out.add(recordedName(rng, name, 1));
      return out;
    };
    const somchai = forms(person('TH', 'M', 'สมชาย ใจดี', 'Somchai', 'Jaidee', false, 'Nok'));
    for (const f of [
      'Somchai Jaidee',
      'สมชาย ใจดี',
      'Nok',
      'Somchay Jaidee',
      'Somchai Chaidee',
      'SOMCHAI JAIDEE',
    ]) {
      expect(somchai, f).toContain(f);
    }
    expect([...somchai].some((f) => f.startsWith('JAIDEE'))).toBe(true);
    const lan = forms(person('VN', 'F', 'Nguyễn Thị Lan', 'Thị Lan', 'Nguyễn', true, null));
    for (const f of [
      'Nguyễn Thị Lan',
      'Nguyen Thi Lan',
      'Lan Nguyen',
      'Lan Thi Nguyen',
      'NGUYEN Thi Lan',
      'Nguyen Lan',
    ]) {
      expect(lan, f).toContain(f);
    }
    const aung = forms(person('MM', 'M', 'အောင်ကျော်မိုး', 'Aung Kyaw Moe', null, false, null));
    for (const f of [
      'Aung Kyaw Moe',
      'Aungkyaw Moe',
      'Aungkyawmoe',
      'U Aung Kyaw Moe',
      'Mg Aung Kyaw Moe',
      'Aung Kyaw',
    ]) {
      expect(aung, f).toContain(f);
    }
    expect([...aung].some((f) => /^ဦး ?အောင်ကျော်မိုး$/.test(f))).toBe(true);
    const ming = forms(person('CN', 'M', '王小明', 'Xiaoming', 'Wang', true, null));
    for (const f of [
      'Wang Xiaoming',
      '王小明',
      'Wang Xiao Ming',
      'Wang Xiao-Ming',
      'Wáng Xiǎomíng',
      'Wong Xiaoming',
    ]) {
      expect(ming, f).toContain(f);
    }
    expect(ming).toContain('Xiaoming Wang');
    const dara = forms(person('KH', 'M', 'សុខ ដារា', 'Dara', 'Sok', true, null));
    for (const f of ['Sok Dara', 'សុខ ដារា', 'Dara Sok', 'Sokh Dara', 'Dara']) expect(dara, f).toContain(f);
    const somphone = forms(person('LA', 'M', 'ສົມພອນ ພົມມະວົງ', 'Somphone', 'Phommavong', false, null));
    for (const f of ['Somphone Phommavong', 'ສົມພອນ ພົມມະວົງ', 'Somphon Phommavongsa', 'Sompone Phommavong']) {
      expect(somphone, f).toContain(f);
    }
  });
});

function person(
  nationality: Nationality,
  sex: Sex,
  native: string,
  given: string,
  family: string | null,
  familyFirst: boolean,
  nickname: string | null,
): PersonName {
  const latin = family === null ? given : familyFirst ? `${family} ${given}` : `${given} ${family}`;
  return { nationality, sex, native, latin, given, family, nickname, familyFirst };
}
