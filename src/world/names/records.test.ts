import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { chineseCheckCharacter, thaiCheckDigit } from './identity.ts';
import {
  identityNumber,
  mobileNumber,
  NATIONALITIES,
  type Nationality,
  recordedDate,
  recordedIdentity,
  recordedPhone,
} from './index.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const NAMED = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** Whether a recorded date says nothing but the truth about the real date (day-month swaps and BE allowed). */
function faithful(recorded: string, iso: string): boolean {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const yearOk = (year: number) => year === y || year === y + 543;
  let x = YEAR.exec(recorded);
  if (x) return yearOk(Number(x[1]));
  x = ISO.exec(recorded);
  if (x) return yearOk(Number(x[1])) && Number(x[2]) === m && Number(x[3]) === d;
  x = NAMED.exec(recorded);
  if (x)
    return (
      yearOk(Number(x[3])) && Number(x[1]) === d && MONTHS.indexOf((x[2] as string).toLowerCase()) + 1 === m
    );
  x = NUMERIC.exec(recorded);
  if (!x) return false;
  const [a, b] = [Number(x[1]), Number(x[2])];
  return yearOk(Number(x[3])) && ((a === d && b === m) || (a === m && b === d));
}

const dates = fc
  .date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true })
  .map((dt) => dt.toISOString().slice(0, 10));
const nationalities = fc.constantFrom(...NATIONALITIES);

describe('recordedDate', () => {
  it('invents nothing: the date, its day-month swap, its year, or its Buddhist Era year', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        dates,
        nationalities,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, iso, nat, noise) => {
          const rng = new Rng(seed);
          for (let i = 0; i < 20; i++) {
            const r = recordedDate(rng, iso, nat, noise);
            if (!faithful(r, iso)) throw new Error(`${iso} recorded as ${r}`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is ISO with noise 0; Thai records often use the Buddhist Era', () => {
    const rng = new Rng('dates');
    expect(recordedDate(rng, '1990-03-15', 'TH', 0)).toBe('1990-03-15');
    const thai = Array.from({ length: 500 }, () => recordedDate(rng, '1990-03-15', 'TH', 1));
    expect(thai.filter((s) => s.includes('2533')).length).toBeGreaterThan(200);
    expect(thai).toContain('15/03/2533');
    const khmer = Array.from({ length: 500 }, () => recordedDate(rng, '1990-03-15', 'KH', 1));
    expect(khmer.some((s) => s.includes('2533'))).toBe(false);
    expect(khmer).toContain('03/15/1990');
    expect(khmer).toContain('1990');
    expect(() => recordedDate(rng, '15/03/1990', 'TH', 0.5)).toThrow();
  });
});

/** Each country's mobile numbers, written independently of the generator's tables. */
const MOBILE: Readonly<Record<Nationality, RegExp>> = {
  TH: /^\+66(6[1-6]|8\d|9\d)\d{7}$/,
  KH: /^\+855(1[0-7]|3[18]|[6-9]\d)\d{6,7}$/,
  LA: /^\+85620[2579]\d{7}$/,
  MM: /^\+959\d{7,9}$/,
  VN: /^\+84(3[2-9]|5[2689]|7[06-9]|8[1-689]|9[0-46-9])\d{7}$/,
  CN: /^\+861[3-9]\d{9}$/,
};
const CODES: Readonly<Record<Nationality, string>> = {
  TH: '66',
  KH: '855',
  LA: '856',
  MM: '95',
  VN: '84',
  CN: '86',
};

/** A recorded phone number back to E.164 digits, knowing the country. */
function normalise(recorded: string, nat: Nationality): string {
  const digits = recorded.replace(/\D/g, '');
  const cc = CODES[nat];
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith(cc) && !recorded.startsWith('0')) return digits;
  if (digits.startsWith('0')) return cc + digits.slice(1);
  return cc + digits;
}

describe('phones', () => {
  it('makes E.164 mobile numbers in each country’s pattern', () => {
    const rng = new Rng('phones');
    for (const nat of NATIONALITIES) {
      for (let i = 0; i < 1000; i++) {
        const m = mobileNumber(rng, nat);
        expect(m).toMatch(/^\+[1-9]\d{7,14}$/);
        expect(m, nat).toMatch(MOBILE[nat]);
      }
    }
  });

  it('records a number in several lossless forms with noise 0', () => {
    const rng = new Rng('recorded phones');
    for (const nat of NATIONALITIES) {
      const forms = new Set<string>();
      for (let i = 0; i < 300; i++) {
        const m = mobileNumber(rng, nat);
        const r = recordedPhone(rng, m, 0);
        expect(normalise(r, nat), `${m} → ${r}`).toBe(m.slice(1));
        forms.add(r.replace(/\d/g, '9'));
      }
      expect(forms.size, nat).toBeGreaterThanOrEqual(6);
    }
    expect(recordedPhone(new Rng(1), '+66812345678', 0)).toMatch(/^(\+66 ?|0066 ?|66|0)8/);
  });

  it('writes Thai numbers the local way, e.g. 081-234-5678', () => {
    const rng = new Rng('thai local');
    const forms = Array.from({ length: 200 }, () => recordedPhone(rng, '+66812345678', 0));
    expect(forms).toContain('081-234-5678');
    expect(forms).toContain('0812345678');
    expect(forms).toContain('+66 81 234 5678');
  });

  it('corrupts some numbers with noise 1', () => {
    const rng = new Rng('bad phones');
    let wrong = 0;
    for (let i = 0; i < 1000; i++) {
      const m = mobileNumber(rng, 'VN');
      if (normalise(recordedPhone(rng, m, 1), 'VN') !== m.slice(1)) wrong++;
    }
    expect(wrong).toBeGreaterThan(200);
    expect(wrong).toBeLessThan(700);
  });
});

describe('identity numbers', () => {
  it('gives Thai IDs a valid check digit', () => {
    const rng = new Rng('thai ids');
    for (let i = 0; i < 2000; i++) {
      const id = identityNumber(rng, 'TH', 'national_id');
      expect(id).toMatch(/^[1-8]\d{12}$/);
      let sum = 0;
      for (let k = 0; k < 12; k++) sum += Number(id[k]) * (13 - k);
      expect(Number(id[12])).toBe((11 - (sum % 11)) % 10);
    }
    // 1·13 + 1·12 + 1·10 + 7·9 + 2·6 + 3·4 + 4·3 + 5·2 = 144; 144 mod 11 = 1; (11 − 1) mod 10 = 0
    expect(thaiCheckDigit('110170020345')).toBe(0);
  });

  it('gives Chinese IDs a valid ISO 7064 check character', () => {
    expect(chineseCheckCharacter('11010519491231002')).toBe('X'); // the standard's example
    const rng = new Rng('chinese ids');
    for (let i = 0; i < 500; i++) {
      const id = identityNumber(rng, 'CN', 'national_id');
      expect(id).toMatch(/^\d{6}(19[5-9]\d|200\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d)\d{3}[\dX]$/);
      expect(id.slice(17)).toBe(chineseCheckCharacter(id.slice(0, 17)));
    }
  });

  it('uses each country’s formats', () => {
    const rng = new Rng('formats');
    const patterns: Record<Nationality, [RegExp, RegExp]> = {
      TH: [/^\d{13}$/, /^A[A-H]\d{7}$/],
      KH: [/^\d{9}$/, /^N\d{8}$/],
      LA: [/^\d{10}$/, /^P\d{7}$/],
      MM: [/^\d{1,2}\/[A-Za-z]+\((N|E|P)\)\d{6}$/, /^M[A-D]\d{6}$/],
      VN: [/^0\d{2}[0-3]\d{8}$/, /^[CBN]\d{7}$/],
      CN: [/^\d{17}[\dX]$/, /^E([A-H]\d{7}|\d{8})$/],
    };
    for (const nat of NATIONALITIES) {
      for (let i = 0; i < 300; i++) {
        expect(identityNumber(rng, nat, 'national_id')).toMatch(patterns[nat][0]);
        expect(identityNumber(rng, nat, 'passport')).toMatch(patterns[nat][1]);
      }
    }
  });

  it('records numbers unchanged with noise 0, and with slips or spacing otherwise', () => {
    const rng = new Rng('recorded ids');
    const id = identityNumber(rng, 'TH', 'national_id');
    expect(recordedIdentity(rng, id, 0)).toBe(id);
    const forms = new Set(Array.from({ length: 500 }, () => recordedIdentity(rng, id, 1)));
    expect(forms.size).toBeGreaterThan(50);
    expect([...forms].some((s) => /^\d-\d{4}-\d{5}-\d{2}-\d$/.test(s))).toBe(true);
    let typos = 0;
    for (const s of forms) {
      const digits = s.replace(/\D/g, '');
      expect(Math.abs(digits.length - id.length)).toBeLessThanOrEqual(1);
      if (digits !== id) typos++;
    }
    expect(typos).toBeGreaterThan(forms.size / 2);
  });
});

describe('determinism', () => {
  it('gives the same 1,000 outputs of every function from the same seed', () => {
    const run = (seed: string) => {
      const rng = new Rng(seed);
      const out: string[] = [];
      for (let i = 0; i < 1000; i++) {
        const nat = NATIONALITIES[i % NATIONALITIES.length] as Nationality;
        const phone = mobileNumber(rng, nat);
        const id = identityNumber(rng, nat, i % 2 ? 'passport' : 'national_id');
        out.push(
          phone,
          recordedPhone(rng, phone, 0.5),
          id,
          recordedIdentity(rng, id, 0.5),
          recordedDate(rng, `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`, nat, 0.5),
        );
      }
      return out;
    };
    expect(run('same')).toEqual(run('same'));
    expect(run('same')).not.toEqual(run('different'));
  });
});
