import type { Rng } from '../rng.ts';
import { digitTypo, groupDigits } from './noise.ts';
import type { Nationality } from './types.ts';

// Mobile numbers in E.164 and as records write them.

interface Plan {
  /** Country calling code. */
  readonly cc: string;
  /** Mobile prefixes of the national number, their weights, and the national number's length after each. */
  readonly prefixes: readonly (readonly [prefix: string, weight: number, length: number])[];
  /** Trunk prefix dialled before the national number at home ('' for Chinese mobiles). */
  readonly trunk: string;
  /** Digit groups of the local form (trunk included) and of the international form (national number). */
  readonly local: readonly number[];
  readonly intl: readonly number[];
}

const PLANS: Readonly<Record<Nationality, Plan>> = {
  TH: {
    cc: '66',
    prefixes: [
      ...['81', '82', '83', '84', '85', '86', '87', '88', '89', '80'].map((p) => [p, 5, 9] as const),
      ...['90', '91', '92', '93', '94', '95', '96', '97', '98', '99'].map((p) => [p, 3.5, 9] as const),
      ...['61', '62', '63', '64', '65', '66'].map((p) => [p, 2.5, 9] as const),
    ],
    trunk: '0',
    local: [3, 3, 4],
    intl: [2, 3, 4],
  },
  KH: {
    cc: '855',
    prefixes: [
      ...[
        '10',
        '11',
        '12',
        '14',
        '15',
        '16',
        '17',
        '61',
        '69',
        '70',
        '76',
        '77',
        '78',
        '81',
        '85',
        '86',
        '87',
      ].map((p) => [p, 3, 8] as const),
      ...['89', '92', '93', '95', '98', '99'].map((p) => [p, 3, 8] as const),
      ...['31', '60', '66', '67', '68', '71', '88', '90', '96', '97', '38'].map((p) => [p, 2, 9] as const),
    ],
    trunk: '0',
    local: [3, 3, 3],
    intl: [2, 3, 3],
  },
  LA: {
    cc: '856',
    prefixes: ['202', '205', '207', '209'].map((p) => [p, 1, 10] as const),
    trunk: '0',
    local: [3, 4, 4],
    intl: [2, 4, 4],
  },
  MM: {
    cc: '95',
    prefixes: [
      ['94', 3, 10],
      ['97', 3, 10],
      ['96', 2, 10],
      ['99', 2, 10],
      ['95', 1, 8],
    ],
    trunk: '0',
    local: [2, 3, 3, 3],
    intl: [1, 3, 3, 3],
  },
  VN: {
    cc: '84',
    prefixes: [
      ...['90', '91', '93', '94', '96', '97', '98', '99'].map((p) => [p, 4, 9] as const),
      ...['32', '33', '34', '35', '36', '37', '38', '39'].map((p) => [p, 4, 9] as const),
      ...['70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '89'].map(
        (p) => [p, 2, 9] as const,
      ),
      ...['52', '56', '58', '59'].map((p) => [p, 1, 9] as const),
    ],
    trunk: '0',
    local: [4, 3, 3],
    intl: [3, 3, 3],
  },
  CN: {
    cc: '86',
    prefixes: [
      ...['13', '15', '18'].map((p) => [p, 5, 11] as const),
      ...['17', '19'].map((p) => [p, 2, 11] as const),
      ['14', 1, 11],
      ['16', 0.5, 11],
    ],
    trunk: '',
    local: [3, 4, 4],
    intl: [3, 4, 4],
  },
};

/** Plans by calling code, longest codes first so that +855 is not read as +85…. */
const BY_CODE: readonly Plan[] = Object.values(PLANS).sort((a, b) => b.cc.length - a.cc.length);
const TOTALS = new Map<Plan, number>(
  Object.values(PLANS).map((p) => [p, p.prefixes.reduce((sum, [, w]) => sum + w, 0)]),
);

/** A real-looking mobile number for the country in E.164: +66 8x/9x/6x, +855, +856 20, +95 9, +84, +86 1x. */
export function mobileNumber(rng: Rng, country: Nationality): string {
  const plan = PLANS[country];
  let r = rng.next() * (TOTALS.get(plan) as number);
  let chosen = plan.prefixes[0] as readonly [string, number, number];
  for (const p of plan.prefixes) {
    r -= p[1];
    chosen = p;
    if (r < 0) break;
  }
  let nsn = chosen[0];
  // the first digit after the prefix is never 0, like real allocations
  if (nsn.length < chosen[2]) nsn += String(1 + Math.floor(rng.next() * 9));
  while (nsn.length < chosen[2]) nsn += String(Math.floor(rng.next() * 10));
  return `+${plan.cc}${nsn}`;
}

/**
 * An E.164 number as written in a record: international (+66812345678, +66 81 234 5678), local with the
 * trunk 0 (081-234-5678, 0812345678), without the plus (66812345678) or with the 00 prefix. With
 * probability from `noise`: a digit slip, the trunk 0 left out, or kept after the country code (+66 081…).
 */
export function recordedPhone(rng: Rng, e164: string, noise: number): string {
  const digits = e164.charAt(0) === '+' ? e164.slice(1) : e164;
  let plan: Plan | null = null;
  for (const p of BY_CODE) {
    if (digits.startsWith(p.cc)) {
      plan = p;
      break;
    }
  }
  const n = noise > 0 ? Math.min(noise, 1) : 0;
  if (plan === null) return n > 0 && rng.chance(n * 0.3) ? digitTypo(rng, e164) : e164;
  const nsn = digits.slice(plan.cc.length);
  const r = rng.next();
  const sep = rng.chance(0.5) ? ' ' : '-';
  let s: string;
  if (r < 0.5) {
    const trunk = n > 0 && rng.chance(n * 0.1) ? '' : plan.trunk;
    const local = trunk + nsn;
    const form = rng.next();
    s = form < 0.3 ? local : groupDigits(local, plan.local, form < 0.65 ? sep : ' ');
  } else {
    const body = n > 0 && plan.trunk !== '' && rng.chance(n * 0.1) ? plan.trunk + nsn : nsn;
    if (r < 0.65) s = `+${plan.cc}${body}`;
    else if (r < 0.8) s = `+${plan.cc} ${groupDigits(body, plan.intl, ' ')}`;
    else if (r < 0.9) s = plan.cc + body;
    else s = `00${plan.cc}${rng.chance(0.5) ? ' ' : ''}${body}`;
  }
  if (n > 0 && rng.chance(n * 0.3)) s = digitTypo(rng, s);
  return s;
}
