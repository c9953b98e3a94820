import { FieldError, toCoordinate } from '../imports/fields.ts';

/** How a value is written in FtM and read back, where the two differ. */
export interface Convert {
  toFtm(value: string): string;
  /** Throws a FieldError when the value cannot be ours. */
  fromFtm(value: string): string;
}

const TWO_LETTERS = /^[A-Za-z]{2}$/;

/** FtM countries are lower-case ISO codes; ours are upper-case. Anything else is kept as written. */
export const COUNTRY: Convert = {
  toFtm: (v) => (TWO_LETTERS.test(v) ? v.toLowerCase() : v),
  fromFtm: (v) => (TWO_LETTERS.test(v) ? v.toUpperCase() : v),
};

const TO_GENDER: Record<string, string> = { M: 'male', F: 'female' };
const FROM_GENDER: Record<string, string> = { male: 'M', female: 'F' };
/** FtM genders are male, female and other; ours are M and F. Anything else is kept as written. */
export const GENDER: Convert = {
  toFtm: (v) => TO_GENDER[v.toUpperCase()] ?? v,
  fromFtm: (v) => FROM_GENDER[v.toLowerCase()] ?? v,
};

/** A latitude (max 90) or longitude (max 180): refused on import unless it is one. */
export const coordinate = (max: number): Convert => ({
  toFtm: (v) => v,
  fromFtm: (v) => {
    toCoordinate(v, max);
    return v.trim();
  },
});

/** Text a fact may hold: what the API's text rules allow, at most `max` characters. */
export function factText(value: string, max = 1000): string {
  if (value.length > max) throw new FieldError(`is longer than ${max} characters`);
  if (value.includes('\u0000')) throw new FieldError('must not contain the NUL character');
  if (/[\uD800-\uDFFF]/u.test(value))
    throw new FieldError('must be valid Unicode (it holds a lone surrogate)');
  return value;
}
