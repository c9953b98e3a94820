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

/** Calling codes met so far: no code is the start of another, so the first that fits a number is its own. */
const codes = new Set<string>();
const shapes = new Map<string, Verdict>();

const shapeOf = (code: string, national: string) =>
  `${code}|${national.length}|${national.slice(0, LEADING)}`;

/**
 * `value` in E.164 when its shape answers for it, null when its shape is refused (or it is a run of one digit),
 * undefined when libphonenumber must be asked.
 */
export function byShape(value: string): string | null | undefined {
  if (!INTERNATIONAL.test(value)) return undefined;
  for (let n = 1; n <= 3; n++) {
    const code = value.slice(1, 1 + n);
    if (!codes.has(code)) continue;
    const national = value.slice(1 + n);
    const verdict = shapes.get(shapeOf(code, national));
    if (verdict === undefined || verdict === ASK) return undefined;
    if (verdict === REFUSED || /^(\d)\1+$/.test(national)) return null;
    return value;
  }
  return undefined;
}

/** Remembers what libphonenumber made of `value` (parsed as written) for its shape. */
export function learnShape(value: string, parsed: PhoneNumber | undefined): void {
  if (!parsed || !INTERNATIONAL.test(value)) return;
  const code = parsed.countryCallingCode;
  if (!value.startsWith(`+${code}`)) return;
  codes.add(code);
  if (shapes.size >= MAX_SHAPES) return;
  const verdict = !parsed.isPossible() ? REFUSED : parsed.number === value ? SAME : ASK;
  shapes.set(shapeOf(code, value.slice(1 + code.length)), verdict);
}
