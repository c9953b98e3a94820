import type { PhoneNumber } from 'libphonenumber-js/max';

// Call records name numbers by the million, most of them in international form already (+ and digits), and most
// only a few times each: remembering each number does not help, and asking libphonenumber of each costs more than
// reading the rest of the row. A number in that form is judged by its shape instead: its country calling code,
// its national number's length and first digits. libphonenumber's answer for one number of a shape holds for the
// others: whether such a number is possible is set per country by length, and the leading digits pick the country
// of a calling code several share. A shape whose number libphonenumber writes otherwise than as given is always
// asked of libphonenumber.

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

/** The code key of the first `n` digits after the plus at `at`. */
function codeKey(value: string, at: number, n: number): number {
  let v = 0;
  for (let i = at + 1; i <= at + n; i++) v = v * 10 + digit(value, i);
  return n * 1000 + v;
}

/** The shape of the national number after a code of `n` digits: its length and its LEADING digits. */
function shapeKey(value: string, at: number, end: number, n: number): number {
  let leading = 0;
  for (let i = at + 1 + n; i < at + 1 + n + LEADING; i++) leading = leading * 10 + digit(value, i);
  return (end - at - 1 - n) * 10_000 + leading;
}

/** Whether the national number after a code of `n` digits is a run of one digit (0000000, 8888888). */
function oneDigit(value: string, at: number, end: number, n: number): boolean {
  const first = value.charCodeAt(at + 1 + n);
  for (let i = at + 2 + n; i < end; i++) if (value.charCodeAt(i) !== first) return false;
  return true;
}

/** Whether `text` from `at` to before `end` is in international form: a plus, then 7 to 15 digits, not led by 0. */
function international(text: string, at: number, end: number): boolean {
  if (end - at < 8 || end - at > 16 || text.charCodeAt(at) !== 43 || text.charCodeAt(at + 1) === 48)
    return false;
  for (let i = at + 1; i < end; i++) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return false;
  }
  return true;
}

/** The verdict on the number in `text` from `at` to before `end`, by its shape; ASK when it has none yet. */
function verdictOf(text: string, at: number, end: number): Verdict {
  if (!international(text, at, end)) return ASK;
  for (let n = 1; n <= 3; n++) {
    const code = codeKey(text, at, n);
    if (!codes.has(code)) continue;
    const verdict = shapes.get(code)?.get(shapeKey(text, at, end, n));
    if (verdict === undefined || verdict === ASK) return ASK;
    return verdict === REFUSED || oneDigit(text, at, end, n) ? REFUSED : SAME;
  }
  return ASK;
}

/**
 * `value` in E.164 when its shape answers for it, null when its shape is refused (or it is a run of one digit),
 * undefined when libphonenumber must be asked.
 */
export function byShape(value: string): string | null | undefined {
  const verdict = verdictOf(value, 0, value.length);
  return verdict === SAME ? value : verdict === REFUSED ? null : undefined;
}

/** Whether the number in `text` from `at` to before `end` is kept as written (byShape would give it back as it is). */
export function keptByShape(text: string, at: number, end: number): boolean {
  return verdictOf(text, at, end) === SAME;
}

/** Remembers what libphonenumber made of `value` (parsed as written) for its shape. */
export function learnShape(value: string, parsed: PhoneNumber | undefined): void {
  if (!parsed || !international(value, 0, value.length)) return;
  const n = parsed.countryCallingCode.length;
  if (!value.startsWith(`+${parsed.countryCallingCode}`)) return;
  const code = codeKey(value, 0, n);
  codes.add(code);
  if (shapeCount >= MAX_SHAPES) return;
  const verdict = !parsed.isPossible() ? REFUSED : parsed.number === value ? SAME : ASK;
  const ofCode = shapes.get(code) ?? new Map<number, Verdict>();
  shapes.set(code, ofCode);
  const shape = shapeKey(value, 0, value.length, n);
  if (!ofCode.has(shape)) shapeCount++;
  ofCode.set(shape, verdict);
}
