import type { Rng } from '../rng.ts';
import { digitTypo, groupDigits } from './noise.ts';
import type { Nationality } from './types.ts';

// National identity and passport numbers in plausible national formats.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function digits(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += String(Math.floor(rng.next() * 10));
  return s;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Thai province codes (first two digits of the area code in the 13-digit ID). */
const THAI_PROVINCES: readonly number[] = [
  ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27],
  ...[30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49],
  ...[50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 67],
  ...[70, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 90, 91, 92, 93, 94, 95, 96],
];

/** The Thai ID check digit of the first 12 digits: (11 - Σ d[i]·(13 - i) mod 11) mod 10. */
export function thaiCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Chinese resident ID check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function chineseCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (weights[i] as number);
  return '10X98765432'.charAt(sum % 11);
}

/** Chinese county codes: Beijing, Shanghai, Guangzhou, Shenzhen, Kunming, Xishuangbanna, Dehong/Ruili, … */
const CHINESE_AREAS: readonly string[] = [
  ...['110101', '110105', '310101', '310115', '440103', '440305', '530102', '530111', '532801', '532823'],
  ...['533102', '450102', '450103', '510104', '500103', '330106', '320102', '420102', '430102', '350203'],
];

/** Vietnamese province codes (first three digits of the 12-digit citizen identity number). */
const VIETNAMESE_PROVINCES: readonly string[] = [
  ...[
    '001',
    '002',
    '004',
    '006',
    '008',
    '010',
    '011',
    '012',
    '014',
    '015',
    '017',
    '019',
    '020',
    '022',
    '024',
  ],
  ...[
    '025',
    '026',
    '027',
    '030',
    '031',
    '033',
    '034',
    '035',
    '036',
    '037',
    '038',
    '040',
    '042',
    '044',
    '045',
  ],
  ...[
    '046',
    '048',
    '049',
    '051',
    '052',
    '054',
    '056',
    '058',
    '060',
    '062',
    '064',
    '066',
    '067',
    '068',
    '070',
  ],
  ...[
    '072',
    '074',
    '075',
    '077',
    '079',
    '080',
    '082',
    '083',
    '084',
    '086',
    '087',
    '089',
    '091',
    '092',
    '093',
  ],
  ...['094', '095', '096'],
];

/** Myanmar township codes of the National Registration Card, as state/region number and Latin abbreviation. */
const MYANMAR_TOWNSHIPS: readonly string[] = [
  ...['12/BaHaNa', '12/KaMaYa', '12/MaYaKa', '12/OuKaMa', '12/ThaKaTa', '12/LaThaYa', '12/DaGaNa'],
  ...['12/TaMaNa', '12/SaKhaNa', '9/AhMaZa', '9/MaHaMa', '10/MaLaMa', '13/TaKaNa', '13/LaShaNa', '13/TaKaLa'],
  ...['14/PaThaNa', '7/PaKhaNa', '1/MaKaNa', '5/MaYaNa', '11/SaTaNa'],
];

function nationalId(rng: Rng, nationality: Nationality): string {
  switch (nationality) {
    case 'TH': {
      const r = rng.next();
      const type = r < 0.6 ? 1 : r < 0.9 ? 3 : rng.pick([2, 4, 5, 8]);
      const province = rng.pick(THAI_PROVINCES);
      const first12 = `${type}${province}${pad(1 + Math.floor(rng.next() * 20), 2)}${digits(rng, 7)}`;
      return first12 + String(thaiCheckDigit(first12));
    }
    case 'KH':
      return `0${1 + Math.floor(rng.next() * 2)}${digits(rng, 7)}`;
    case 'LA':
      return `${1 + Math.floor(rng.next() * 9)}${digits(rng, 9)}`;
    case 'MM': {
      const r = rng.next();
      const kind = r < 0.95 ? 'N' : r < 0.97 ? 'E' : 'P';
      return `${rng.pick(MYANMAR_TOWNSHIPS)}(${kind})${digits(rng, 6)}`;
    }
    case 'VN': {
      const year = 1950 + Math.floor(rng.next() * 59);
      const female = rng.chance(0.5) ? 1 : 0;
      const century = (year >= 2000 ? 2 : 0) + female;
      return `${rng.pick(VIETNAMESE_PROVINCES)}${century}${pad(year % 100, 2)}${digits(rng, 6)}`;
    }
    case 'CN': {
      const year = 1950 + Math.floor(rng.next() * 59);
      const month = 1 + Math.floor(rng.next() * 12);
      const day = 1 + Math.floor(rng.next() * 28);
      const first17 = `${rng.pick(CHINESE_AREAS)}${year}${pad(month, 2)}${pad(day, 2)}${digits(rng, 3)}`;
      return first17 + chineseCheckCharacter(first17);
    }
  }
}

function passport(rng: Rng, nationality: Nationality): string {
  switch (nationality) {
    case 'TH':
      return `A${UPPER.charAt(Math.floor(rng.next() * 8))}${digits(rng, 7)}`;
    case 'KH':
      return `N0${digits(rng, 7)}`;
    case 'LA':
      return `P${digits(rng, 7)}`;
    case 'MM':
      return `M${UPPER.charAt(Math.floor(rng.next() * 4))}${digits(rng, 6)}`;
    case 'VN': {
      const r = rng.next();
      return `${r < 0.85 ? 'C' : r < 0.95 ? 'B' : 'N'}${digits(rng, 7)}`;
    }
    case 'CN':
      return rng.chance(0.7)
        ? `E${digits(rng, 8)}`
        : `E${UPPER.charAt(Math.floor(rng.next() * 8))}${digits(rng, 7)}`;
  }
}

/**
 * A national ID or passport number in a plausible national format: Thai 13-digit ID with its check digit,
 * Cambodian 9-digit ID, Lao 10-digit ID, Myanmar NRC (12/BaHaNa(N)123456), Vietnamese 12-digit citizen ID,
 * Chinese 18-character resident ID with its check character; passports AA1234567 (TH), N01234567 (KH),
 * P1234567 (LA), MA123456 (MM), C1234567 (VN), E12345678 or EA1234567 (CN).
 */
export function identityNumber(rng: Rng, nationality: Nationality, kind: 'national_id' | 'passport'): string {
  return kind === 'passport' ? passport(rng, nationality) : nationalId(rng, nationality);
}

/** Groups of a long digit run when a clerk spaces it out: Thai IDs as 1-2345-67890-12-3, others by fours. */
const THAI_GROUPS = [1, 4, 5, 2, 1];
const FOURS = [4, 4, 4, 4, 4];
const THIRTEEN_DIGITS = /^\d{13}$/;
const LONG_DIGITS = /^\d{9,}$/;

/**
 * The number as recorded: with probability `noise` a slip (one digit changed, two swapped, one dropped),
 * and with probability `noise` / 2 spaces or dashes inserted (or letters in lower case).
 */
export function recordedIdentity(rng: Rng, id: string, noise: number): string {
  if (!(noise > 0)) return id;
  const n = Math.min(noise, 1);
  let s = id;
  if (rng.chance(n * 0.5)) {
    if (THIRTEEN_DIGITS.test(s)) s = groupDigits(s, THAI_GROUPS, rng.chance(0.7) ? '-' : ' ');
    else if (LONG_DIGITS.test(s)) s = groupDigits(s, FOURS, rng.chance(0.5) ? ' ' : '-');
    else if (s.charCodeAt(0) >= 65 && s.indexOf('/') < 0)
      s = rng.chance(0.5) ? s.toLowerCase() : `${s.slice(0, 1)} ${s.slice(1)}`;
  }
  if (rng.chance(n)) s = digitTypo(rng, s);
  return s;
}
