import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ColumnMapping } from './mapping.ts';
import { byShape, learnShape } from './phone-shapes.ts';

/**
 * A field value that could not be read, with why; the message never repeats the value itself. It is written in
 * English as a template the server's catalogues translate (src/platform/i18n/message-sources.ts finds it), and
 * `field` names the field once the import knows which one it was.
 */
export class FieldError extends Error {
  field: string | undefined;
}

/**
 * A phone number in any written form → E.164, or an error when it cannot be a valid number: unparseable, or of a
 * length no number of its country has. Numbers in ranges newer than the library's metadata are kept, since
 * operators' records are real numbers.
 */
export function toE164(value: string, region: CountryCode): string {
  let seen = seenNumbers.get(region);
  if (!seen) {
    seen = { current: new Map(), previous: new Map() };
    seenNumbers.set(region, seen);
  }
  const hit = seen.current.get(value);
  if (hit !== undefined) return hit;
  // Already in international form: judged by its shape when one like it was read before (phone-shapes.ts).
  const shaped = byShape(value);
  if (shaped === null) throw refused(region);
  if (shaped !== undefined) return shaped;
  const e164 = seen.previous.get(value) ?? parseE164(value, region);
  // Call records name the same numbers again and again: remember them, within a bounded memory. When the
  // newer half is full it becomes the older one: numbers still in use move up again as they are read.
  if (seen.current.size >= NUMBERS_KEPT) {
    seen.previous = seen.current;
    seen.current = new Map();
  }
  // A copy of the text as the key: the value read is a slice of a whole chunk of the file, which it would keep.
  seen.current.set(` ${value}`.slice(1), e164);
  return e164;
}

/** Numbers remembered in each half (about 10 MB each). */
const NUMBERS_KEPT = 100_000;

/** Numbers read before, by region and as written: the newer half and the older one. */
const seenNumbers = new Map<string, { current: Map<string, string>; previous: Map<string, string> }>();

function parseE164(value: string, region: CountryCode): string {
  const v = value.trim();
  if (v === '') throw new FieldError('is empty');
  // Numbers written with the international prefix but without its plus (66812345678, 0066…) are common in CDRs.
  const candidates = [v];
  if (/^00[1-9]/.test(v)) candidates.unshift(`+${v.slice(2)}`);
  else if (/^[1-9]\d{9,14}$/.test(v)) candidates.unshift(`+${v}`);
  for (const c of candidates) {
    const parsed = parsePhoneNumberFromString(c, region);
    learnShape(c, parsed);
    // A run of one digit (0000000000) has a possible length but is never a subscriber's number.
    if (parsed?.isPossible() && !/^(\d)\1+$/.test(parsed.nationalNumber)) return parsed.number;
  }
  throw refused(region);
}

const refused = (region: CountryCode) => new FieldError(`cannot be a valid phone number (region ${region})`);

const two = (n: number) => String(n).padStart(2, '0');
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function year(y: number, mode: ColumnMapping['buddhistEra']): number {
  if (mode === 'always' || (mode === 'auto' && y > 2400)) return y - 543;
  return y;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] as number);
  return d <= days && y >= 1970 && y <= 2100;
}

/** The number of the digits of `v` from `from` to before `to`; NaN when one is not a digit. */
function digitsAt(v: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A time already in the form it is kept in (seconds, an offset, no fraction), read without a regular expression:
 * most import files' case, a million times an import. `v` from `at` to before `at + 25` is the time. True when it
 * is a real time as written, false when it is not, null when it is not of that form (the full reading then decides).
 */
export function keptIso(v: string, at: number, mode: ColumnMapping['buddhistEra']): boolean | null {
  const c = (i: number) => v.charCodeAt(at + i);
  if (c(4) !== 45 || c(7) !== 45 || c(10) !== 84 || c(13) !== 58 || c(16) !== 58) return null;
  if ((c(19) !== 43 && c(19) !== 45) || c(22) !== 58) return null;
  const y = digitsAt(v, at, at + 4);
  const mo = digitsAt(v, at + 5, at + 7);
  const d = digitsAt(v, at + 8, at + 10);
  const h = digitsAt(v, at + 11, at + 13);
  const mi = digitsAt(v, at + 14, at + 16);
  const s = digitsAt(v, at + 17, at + 19);
  // NaN (a character not a digit) makes the sum NaN.
  if (Number.isNaN(y + mo + d + h + mi + s + digitsAt(v, at + 20, at + 22) + digitsAt(v, at + 23, at + 25)))
    return null;
  if (year(y, mode) !== y) return null;
  return valid(y, mo, d, h, mi, s);
}

/** The length of a time in the form it is kept in: 2025-11-01T00:09:47+07:00. */
export const KEPT_TIME_CHARS = 25;

/** A time in the mapping's format → an ISO instant with an explicit offset (the mapping's, when the value has none). */
export function toInstant(
  value: string,
  mapping: Pick<ColumnMapping, 'dateFormat' | 'timeZone' | 'buddhistEra'>,
): string {
  const v = value.trim();
  let parts: number[] | null = null;
  let offset = mapping.timeZone;
  if (mapping.dateFormat === 'iso') {
    const kept = v.length === KEPT_TIME_CHARS ? keptIso(v, 0, mapping.buddhistEra) : null;
    if (kept === true) return v;
    const m = ISO.exec(v);
    if (m) {
      const y0 = Number(m[1]);
      const [mo, d, h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
      // Already as it is kept (seconds, an offset, a Common Era year): only checked, most import files' case.
      if (m[7] === undefined && m[8] !== 'Z' && year(y0, mapping.buddhistEra) === y0) {
        if (valid(y0, mo, d, h, mi, s)) return v;
        throw new FieldError(`is not a real date and time (${mapping.dateFormat})`);
      }
      parts = [y0, mo, d, h, mi, s];
      offset = m[8] === 'Z' ? '+00:00' : (m[8] ?? offset);
    }
  } else if (mapping.dateFormat === 'yyyy-mm-dd hh:mm:ss') {
    const m = YMD.exec(v);
    if (m) parts = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  } else {
    const m = DMY.exec(v);
    if (m) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const [d, mo] = mapping.dateFormat === 'dd/mm/yyyy hh:mm:ss' ? [a, b] : [b, a];
      parts = [Number(m[3]), mo, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    }
  }
  if (!parts) throw new FieldError(`is not a time in the format ${mapping.dateFormat}`);
  const [y0 = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = parts;
  const y = year(y0, mapping.buddhistEra);
  if (!valid(y, mo, d, h, mi, s))
    throw new FieldError(
      y0 !== y
        ? `is not a real date and time (${mapping.dateFormat}, Buddhist Era)`
        : `is not a real date and time (${mapping.dateFormat})`,
    );
  return `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${offset}`;
}

/** A duration in whole seconds, as text: seconds as written (at most six digits), or hh:mm:ss turned into them. */
export function toDuration(value: string): string {
  const v = value.trim();
  if (!/^\d{1,6}$/.test(v)) {
    const hms = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(v);
    if (hms) return String(Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]));
    throw new FieldError('is not a duration in seconds (or hh:mm:ss)');
  }
  // Written as the number it is (007 as 7): the same call written twice is the same row.
  return v.length > 1 && v[0] === '0' ? String(Number(v)) : v;
}

/**
 * A coordinate as text for COPY ('' when empty), always as JavaScript writes the number (so that the same place
 * written two ways is the same row): a decimal already in that form is kept as written, which spares turning it
 * into a float and back (most coordinates of a file).
 */
export function coordinateText(value: string, max: number): string {
  const n = toCoordinate(value, max);
  if (n === null) return '';
  const v = value.trim();
  // At most 15 digits (each such decimal is its own shortest form), no trailing zero, no -0, nothing written
  // with an exponent (under a millionth).
  return SHORTEST_DECIMAL.test(v) && v !== '-0' && (n === 0 || Math.abs(n) >= 1e-6) ? v : String(n);
}

const SHORTEST_DECIMAL = /^-?(0|[1-9]\d{0,2})(\.\d{0,11}[1-9])?$/;

export function toCoordinate(value: string, max: number): number | null {
  const v = value.trim();
  if (v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || Math.abs(n) > max)
    throw new FieldError(`is not a coordinate between -${max} and ${max}`);
  return n;
}
