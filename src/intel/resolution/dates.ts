// Dates of birth as records write them, read into one packed integer (yyyymmdd, month and day 0 when only the
// year is known). Years above 2400 are the Thai Buddhist Era (2400 BE is 1857 CE, before anyone now living was
// born) and are converted, with a flag kept so a match through the conversion is explained as such.

export const BUDDHIST_ERA_OFFSET = 543;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export interface BirthDate {
  /** y * 10000 + m * 100 + d; m = d = 0 when only the year is known. */
  packed: number;
  /** The record wrote the year in the Buddhist Era. */
  buddhistEra: boolean;
}

export const EXPECTED_DATE =
  'a date of birth such as 1990-03-15, 15/03/1990, 15.03.2533, 15 Mar 1990, 19900315 or a year alone';

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function build(y0: number, m: number, d: number): BirthDate | null {
  const buddhistEra = y0 > 2400;
  const y = buddhistEra ? y0 - BUDDHIST_ERA_OFFSET : y0;
  if (y < 1850 || y > 2100) return null;
  if (m === 0 && d === 0) return { packed: y * 10000, buddhistEra };
  if (m < 1 || m > 12 || d < 1) return null;
  // A day that only fits with day and month swapped is still a real date written the American way.
  if (d > daysIn(y, m)) return null;
  return { packed: y * 10000 + m * 100 + d, buddhistEra };
}

/**
 * A written date of birth → packed form; null for an empty value; undefined when it is not a date at all (the
 * caller says where). Day-first is assumed for a/b/yyyy (the region's convention); when the first number cannot
 * be a day-first date (05/25/1990) it is read month-first.
 */
export function parseBirthDate(value: string | null | undefined): BirthDate | null | undefined {
  const v = (value ?? '').trim();
  if (v === '') return null;
  const n = (m: RegExpExecArray, k: number) => Number(m[k] ?? '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return build(n(m, 1), n(m, 2), n(m, 3)) ?? undefined;
  // A year alone, or a year and month (kept as the year: there is no month-only level).
  m = /^(\d{4})(?:-\d{1,2})?$/.exec(v);
  if (m) return build(n(m, 1), 0, 0) ?? undefined;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/.exec(v);
  if (m) return build(n(m, 3), n(m, 2), n(m, 1)) ?? build(n(m, 3), n(m, 1), n(m, 2)) ?? undefined;
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ \-,]+(\d{4})$/.exec(v);
  const month = (word: string | undefined) => MONTHS[(word ?? '').toLowerCase().slice(0, 3)];
  if (m) {
    const mo = month(m[2]);
    if (mo) return build(n(m, 3), mo, n(m, 1)) ?? undefined;
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(v);
  if (m) {
    const mo = month(m[1]);
    if (mo) return build(n(m, 3), mo, n(m, 2)) ?? undefined;
  }
  return undefined;
}
