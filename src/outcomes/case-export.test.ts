import { describe, expect, it } from 'vitest';
import { Rng } from '../world/rng.ts';
import { type CaseRecord, exportCases, toCsv } from './case-export.ts';

const NATIONS = ['MM', 'KH', 'LA', 'VN', 'TH', 'CN', null];
const SEXES = ['female', 'male', 'other', 'undisclosed', null];
const KINDS = ['labour', 'sexual', 'forced_criminality', 'begging', null];

function randomRecords(rng: Rng, n: number): CaseRecord[] {
  return Array.from({ length: n }, () => {
    const age = rng.chance(0.1) ? null : rng.int(9, 60);
    return {
      year: rng.int(2019, 2026),
      sex: SEXES[rng.int(0, SEXES.length - 1)] ?? null,
      age,
      child: age !== null ? age < 18 : rng.chance(0.3),
      nationality: NATIONS[rng.int(0, NATIONS.length - 1)] ?? null,
      exploitation: KINDS[rng.int(0, KINDS.length - 1)] ?? null,
      countryOfExploitation: rng.chance(0.8) ? 'TH' : 'MY',
    };
  });
}

/** The sizes of the exported rows' equivalence classes (identical rows: every column is a quasi-identifier). */
const classSizes = (rows: string[][]) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.join('|'), (m.get(r.join('|')) ?? 0) + 1);
  return [...m.values()];
};

describe('the k-anonymised case export', () => {
  it('has no equivalence class below k, drops at most 10%, over 20 seeded random sets of 50 to 2,000 records', () => {
    const rng = new Rng('case-export');
    for (let n = 0; n < 20; n++) {
      const records = randomRecords(rng, rng.int(50, 2000));
      for (const k of [5, 11]) {
        const out = exportCases(records, { k });
        const sizes = classSizes(out.rows);
        for (const s of sizes) expect(s).toBeGreaterThanOrEqual(k);
        expect(out.report.smallestClass).toBe(sizes.length ? Math.min(...sizes) : 0);
        expect(out.report.exported + out.report.dropped).toBe(records.length);
        expect(out.report.dropped).toBeLessThanOrEqual(Math.floor(records.length * 0.1));
        expect(out.rows.every((r) => r.length === out.columns.length)).toBe(true);
      }
    }
  });

  it('keeps the detail where classes are large, drops the rare records, and says so', () => {
    const base = { year: 2026, child: false, countryOfExploitation: 'TH' };
    const records: CaseRecord[] = [
      ...Array.from({ length: 22 }, () => ({
        ...base,
        sex: 'female',
        age: 19,
        nationality: 'MM',
        exploitation: 'labour',
      })),
      ...Array.from({ length: 14 }, () => ({
        ...base,
        sex: 'male',
        age: 25,
        nationality: 'KH',
        exploitation: 'labour',
      })),
      ...Array.from({ length: 4 }, () => ({
        ...base,
        sex: 'female',
        age: 16,
        child: true,
        nationality: 'LA',
        exploitation: 'sexual',
      })),
    ];
    const out = exportCases(records);
    expect(out.columns).toEqual([
      'yearOfRegistration',
      'gender',
      'ageBroad',
      'citizenship',
      'CountryOfExploitation',
      'isForcedLabour',
      'isSexualExploit',
      'isOtherExploit',
    ]);
    expect(classSizes(out.rows).sort()).toEqual([14, 22]);
    expect(out.rows[0]).toEqual(['2026', 'Man', '24—26', 'KHM', 'THA', '1', '', '']);
    expect(out.rows[35]).toEqual(['2026', 'Woman', '18—20', 'MMR', 'THA', '1', '', '']);
    expect(out.report).toMatchObject({ records: 40, exported: 36, dropped: 4, smallestClass: 14 });
    expect(out.report.words[0]).toBe(
      '40 identified victims; 36 exported, 4 dropped because fewer than 11 shared their combination of values.',
    );
  });

  it('exports nothing when fewer than k records exist, and says so', () => {
    const out = exportCases(randomRecords(new Rng('few'), 7));
    expect(out.rows).toEqual([]);
    expect(out.report).toMatchObject({ records: 7, exported: 0, dropped: 7, smallestClass: 0 });
    expect(out.report.words.at(-1)).toBe(
      'Nothing could be exported: fewer than 11 cases share any combination of values.',
    );
  });

  it('writes CSV that no spreadsheet runs as a formula', () => {
    expect(toCsv(['a', 'b'], [['=1+1', 'x,y']])).toBe('a,b\r\n\'=1+1,"x,y"\r\n');
  });
});
