import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../name-key.ts';
import { romaniseLao } from './lao.ts';
import { LAO_PUBLIC_NAMES } from './lao-public-names.ts';

/** `native|Latin|variant…` lines: how often the romanisation meets one of the spellings, by key and exactly. */
function measure(lines: readonly string[]): { key: number; exact: number } {
  let key = 0;
  let exact = 0;
  for (const line of lines) {
    const [native = '', ...latin] = line.split('|');
    const rom = romaniseLao(native);
    if (latin.some((l) => nameKey(l) === nameKey(rom))) key++;
    if (latin.some((l) => l.toLowerCase() === rom.toLowerCase())) exact++;
  }
  return { key: key / lines.length, exact: exact / lines.length };
}

/** The synthetic world's name table, read from its source so that it is measured as it stands. */
const worldLines = (): string[] =>
  [
    ...readFileSync(new URL('../../world/names/lao.ts', import.meta.url), 'utf8').matchAll(
      /'([^'|\n]+\|[^'\n]+)'/g,
    ),
  ].map((m) => m[1] as string);

describe('romaniseLao', () => {
  it.each([
    ['ສົມສັກ', 'Somsak'],
    ['ພົມມະວົງ', 'Phommavong'],
    ['ແສງ', 'Seng'],
    ['ແກ້ວ', 'Keo'],
    ['ບຸນມີ', 'Bounmy'],
    ['ສົມພອນ', 'Somphone'],
    ['ພອນສະຫວັນ', 'Phonsavanh'],
    ['ວົງສະຫວັນ', 'Vongsavanh'],
    ['ສີສະຫວາດ', 'Sisavath'],
    ['ໄຊຍະວົງ', 'Xayavong'],
    ['ວິໄລ', 'Vilay'],
    ['ເດືອນ', 'Deuane'],
    ['ດວງຈັນ', 'Douangchanh'],
    ['ບົວພັນ', 'Bouaphanh'],
    ['ຫຼວງ', 'Louang'],
    ['ໜ້ອຍ', 'Noy'],
    ['ວຽງຄຳ', 'Viengkham'],
    ['ເຂົາ', 'Khao'],
    ['ດາວ', 'Dao'],
    ['ເພັດ', 'Phet'],
    ['ສີສຸລິດ', 'Sisoulith'],
    ['ໜໍສະຫວັນ', 'Nosavanh'],
    ['ບຸບຜາ', 'Boupha'],
    ['ສະເຫຼີມໄຊ', 'Saleumxay'],
    ['ດີໆ', 'Dy Dy'],
  ])('%s → %s', (lao, latin) => {
    expect(romaniseLao(lao)).toBe(latin);
  });

  it.each([
    ['ທ້າວ ສົມສັກ ພົມມະວົງ', 'Somsak Phommavong'],
    ['ທ້າວສົມສັກ ພົມມະວົງ', 'Somsak Phommavong'],
    ['ນາງ ມະນີ ແສງທອງ', 'Many Sengthong'],
    ['ທ. ສົມສັກ', 'Somsak'],
    ['ທ.ສົມສັກ', 'Somsak'],
  ])('drops the title of %s', (lao, latin) => {
    expect(romaniseLao(lao)).toBe(latin);
  });

  it('keeps non-Lao text', () => {
    expect(romaniseLao('ສົມສັກ 2')).toBe('Somsak 2');
    expect(romaniseLao('')).toBe('');
  });

  // The figures are printed so a change in them shows in the test log; the floors sit just below them.
  it('meets a usual spelling of the synthetic world names', () => {
    const lines = worldLines();
    expect(lines.length).toBeGreaterThan(100);
    const { key, exact } = measure(lines);
    console.info(
      `Lao world names (${lines.length}): key ${(key * 100).toFixed(1)}%, exact ${(exact * 100).toFixed(1)}%`,
    );
    expect(key).toBeGreaterThanOrEqual(0.97);
    expect(exact).toBeGreaterThanOrEqual(0.95);
  });

  it('meets a usual spelling of real public figures', () => {
    expect(LAO_PUBLIC_NAMES.length).toBeGreaterThanOrEqual(30);
    const { key, exact } = measure(LAO_PUBLIC_NAMES);
    console.info(
      `Lao public names (${LAO_PUBLIC_NAMES.length}): key ${(key * 100).toFixed(1)}%, exact ${(exact * 100).toFixed(1)}%`,
    );
    expect(key).toBeGreaterThanOrEqual(0.87);
    expect(exact).toBeGreaterThanOrEqual(0.66);
  });
});
