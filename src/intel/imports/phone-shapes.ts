import type { PhoneNumber } from 'libphonenumber-js/max';

// Call records name numbers by the million, most of them in international form already (+ and digits), and most
// only a few times each: remembering each number does not help, and asking libphonenumber of each costs more than
// reading the rest of the row. A number in that form is judged by its shape instead: its country calling code,
// its national number's length and first digits. libphonenumber's answer for one number of a shape holds for the
// others: whether such a number is possible is set per country by length, and the leading digits pick the country
// of a calling code several share. A shape whose number libphonenumber writes otherwise than as given is always
// asked of libphonenumber.

const INTERNATIONAL = /^\+[1-9]\d{6,14}$/;
/** National digits that make a shape (country of a shared calling code, ranges by leading digits). */
const LEADING = 4;
/** Shapes remembered at most (a country's numbers make a few hundred). */
const MAX_SHAPES = 50_000;

const SAME = 0;
const REFUSED = 1;
const ASK = 2;
type Verdict = typeof SAME | typeof REFUSED | typeof ASK;

/**
 * Calling codes met so far, each as its digits' value and count (`count × 1000 + value`): no code is the start of
 * another, so the first that fits a number is its own. Numbers, not strings: a number's shape is looked up a
 * million times an import, without making a string of it.
 */
const codes = new Set<number>();
/** Verdicts by calling code, then by the national number's length and leading digits (`length × 10⁴ + leading`). */
const shapes = new Map<number, Map<number, Verdict>>();
let shapeCount = 0;

const digit = (value: string, i: number) => value.charCodeAt(i) - 48;

/** The code key of the first `n` digits after the plus. */
function codeKey(value: string, n: number): number {
  let v = 0;
  for (let i = 1; i <= n; i++) v = v * 10 + digit(value, i);
  return n * 1000 + v;
}

/** The shape of the national number after a code of `n` digits: its length and its LEADING digits. */
function shapeKey(value: string, n: number): number {
  let leading = 0;
  for (let i = 1 + n; i < 1 + n + LEADING; i++) leading = leading * 10 + digit(value, i);
  return (value.length - 1 - n) * 10_000 + leading;
}

/** Whether the national number after a code of `n` digits is a run of one digit (0000000, 8888888). */
function oneDigit(value: string, n: number): boolean {
  const first = value.charCodeAt(1 + n);
  for (let i = 2 + n; i < value.length; i++) if (value.charCodeAt(i) !== first) return false;
  return true;
}

/**
 * `value` in E.164 when its shape answers for it, null when its shape is refused (or it is a run of one digit),
 * undefined when libphonenumber must be asked.
 */
export function byShape(value: string): string | null | undefined {
  if (!INTERNATIONAL.test(value)) return undefined;
  for (let n = 1; n <= 3; n++) {
    const code = codeKey(value, n);
    if (!codes.has(code)) continue;
    const verdict = shapes.get(code)?.get(shapeKey(value, n));
    if (verdict === undefined || verdict === ASK) return undefined;
    if (verdict === REFUSED || oneDigit(value, n)) return null;
    return value;
  }
  return undefined;
}

/** Remembers what libphonenumber made of `value` (parsed as written) for its shape. */
export function learnShape(value: string, parsed: PhoneNumber | undefined): void {
  if (!parsed || !INTERNATIONAL.test(value)) return;
  const n = parsed.countryCallingCode.length;
  if (!value.startsWith(`+${parsed.countryCallingCode}`)) return;
  const code = codeKey(value, n);
  codes.add(code);
  if (shapeCount >= MAX_SHAPES) return;
  const verdict = !parsed.isPossible() ? REFUSED : parsed.number === value ? SAME : ASK;
  const ofCode = shapes.get(code) ?? new Map<number, Verdict>();
  shapes.set(code, ofCode);
  const shape = shapeKey(value, n);
  if (!ofCode.has(shape)) shapeCount++;
  ofCode.set(shape, verdict);
}
