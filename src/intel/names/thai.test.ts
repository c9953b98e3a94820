import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../name-key.ts';
import { romaniseThai } from './thai.ts';
import { THAI_PUBLIC_NAMES } from './thai-public-names.ts';

/** `native|Latin|variant…` lines: how often the romanisation meets one of the spellings, by key and exactly. */
function measure(lines: readonly string[]): { key: number; exact: number } {
  let key = 0;
  let exact = 0;
  for (const line of lines) {
    const [native = '', ...latin] = line.split('|');
    const rom = romaniseThai(native);
    if (latin.some((l) => nameKey(l) === nameKey(rom))) key++;
    if (latin.some((l) => l.toLowerCase() === rom.toLowerCase())) exact++;
  }
  return { key: key / lines.length, exact: exact / lines.length };
}

/** The synthetic world's name table, read from its source so that it is measured as it stands. */
const worldLines = (): string[] =>
  [
    ...readFileSync(new URL('../../world/names/thai.ts', import.meta.url), 'utf8').matchAll(
      /'([^'|\n]+\|[^'\n]+)'/g,
    ),
  ].map((m) => m[1] as string);

describe('romaniseThai', () => {
  it.each([
    // unwritten vowels: o closing a syllable, a on a lone consonant
    ['สมชาย', 'Somchai'],
    ['ธนากร', 'Thanakon'],
    ['พรหมมา', 'Phromma'],
    ['ธนวัฒน์', 'Thanawat'],
    ['ถนอม', 'Thanom'],
    ['อนุชา', 'Anucha'],
    ['กาญจนา', 'Kanchana'],
    ['จินตนา', 'Chintana'],
    // finals
    ['สมศักดิ์', 'Somsak'],
    ['ประยุทธ์', 'Prayut'],
    ['สุภาพร', 'Suphaphon'],
    ['ศศิธร', 'Sasithon'],
    ['บุญยืน', 'Bunyuen'],
    // silencing mark, with the letter before it where the convention does
    ['ศักดิ์', 'Sak'],
    ['จันทร์', 'Chan'],
    ['ลักษณ์', 'Lak'],
    ['พันธุ์', 'Phan'],
    ['สายสุนีย์', 'Saisuni'],
    // silent ห, อ as a vowel carrier, ร as o/on, รร as a/an
    ['หญิง', 'Ying'],
    ['สมหมาย', 'Sommai'],
    ['อรุณี', 'Aruni'],
    ['พรทิพย์', 'Phonthip'],
    ['วรรณา', 'Wanna'],
    ['สุวรรณ', 'Suwan'],
    ['ธรรม', 'Tham'],
    // vowels
    ['เรือน', 'Ruean'],
    ['เสถียร', 'Sathian'],
    ['บัว', 'Bua'],
    ['เยาวลักษณ์', 'Yaowalak'],
    ['เขา', 'Khao'],
    ['อำไพ', 'Amphai'],
    ['ลำดวน', 'Lamduan'],
    ['เฉลิม', 'Chaloem'],
    ['แก้ว', 'Kaeo'],
    ['โชค', 'Chok'],
    ['ใจดี', 'Chaidi'],
    ['ไทย', 'Thai'],
    ['เพ็ญ', 'Phen'],
    ['บุญเลิศ', 'Bunloet'],
    ['ขวัญใจ', 'Khwanchai'],
    ['ผิว', 'Phio'],
    // Pali and Sanskrit readings
    ['รัตนา', 'Rattana'],
    ['ณัฐพล', 'Natthaphon'],
    ['นพดล', 'Nopphadon'],
    ['สุรชัย', 'Surachai'],
    ['อภิชาติ', 'Aphichat'],
    ['สมบัติ', 'Sombat'],
    ['เกียรติศักดิ์', 'Kiattisak'],
    ['ศรีประเสริฐ', 'Siprasoet'],
    ['อรทัย', 'Orathai'],
    ['คึกฤทธิ์', 'Khuekrit'],
    // tone marks ignored, ๆ repeats
    ['แม่น้ำ', 'Maenam'],
    ['ดีๆ', 'Di Di'],
  ])('%s → %s', (thai, latin) => {
    expect(romaniseThai(thai)).toBe(latin);
  });

  it('keeps the words of a name apart and capitalises each', () => {
    expect(romaniseThai('สมชาย  พรหมมา')).toBe('Somchai Phromma');
  });

  it.each([
    ['นายสมชาย ใจดี', 'Somchai Chaidi'],
    ['นาย สมชาย ใจดี', 'Somchai Chaidi'],
    ['นางสาวมาลี ศรีสุข', 'Mali Sisuk'],
    ['นางมาลี ศรีสุข', 'Mali Sisuk'],
    ['น.ส. มาลี ศรีสุข', 'Mali Sisuk'],
    ['ด.ช.บุญมี ใจดี', 'Bunmi Chaidi'],
    ['ด.ญ. ดวงใจ ใจดี', 'Duangchai Chaidi'],
    ['เด็กชายบุญมี', 'Bunmi'],
    ['เด็กหญิงดวงใจ', 'Duangchai'],
    ['พ.ต.อ.สมชาย ใจดี', 'Somchai Chaidi'],
    ['ร.ต.ต. สมชาย ใจดี', 'Somchai Chaidi'],
    ['พลเอกประยุทธ์ จันทร์โอชา', 'Prayut Chanocha'],
  ])('drops the title of %s', (thai, latin) => {
    expect(romaniseThai(thai)).toBe(latin);
  });

  it('does not take a name that starts like a rank for a title', () => {
    expect(romaniseThai('พลศักดิ์')).toBe('Phonsak');
  });

  it('leaves Latin text and digits as they are', () => {
    expect(romaniseThai('สมชาย 2')).toBe('Somchai 2');
    expect(romaniseThai('')).toBe('');
  });

  // The figures are printed so a change in them shows in the test log; the floors sit just below them.
  it('meets a usual spelling of the synthetic world names', () => {
    const lines = worldLines();
    expect(lines.length).toBeGreaterThan(100);
    const { key, exact } = measure(lines);
    console.info(
      `Thai world names (${lines.length}): key ${(key * 100).toFixed(1)}%, exact ${(exact * 100).toFixed(1)}%`,
    );
    expect(key).toBeGreaterThanOrEqual(0.97);
    expect(exact).toBeGreaterThanOrEqual(0.96);
  });

  it('meets a usual spelling of real public figures', () => {
    expect(THAI_PUBLIC_NAMES.length).toBeGreaterThanOrEqual(60);
    const { key, exact } = measure(THAI_PUBLIC_NAMES);
    console.info(
      `Thai public names (${THAI_PUBLIC_NAMES.length}): key ${(key * 100).toFixed(1)}%, exact ${(exact * 100).toFixed(1)}%`,
    );
    expect(key).toBeGreaterThanOrEqual(0.84);
    expect(exact).toBeGreaterThanOrEqual(0.8);
  });
});
