import type { Rng } from '../rng.ts';

// Letter- and digit-level slips of a clerk: a doubled, dropped or swapped letter, or a neighbouring key.

/** QWERTY neighbours of each lower-case letter a…z. */
const NEIGHBOURS: readonly string[] = [
  'qwsz', // a
  'vghn', // b
  'xdfv', // c
  'serfcx', // d
  'wsdr', // e
  'drtgvc', // f
  'ftyhbv', // g
  'gyujnb', // h
  'ujko', // i
  'huikmn', // j
  'jiolm', // k
  'kop', // l
  'njk', // m
  'bhjm', // n
  'iklp', // o
  'ol', // p
  'wa', // q
  'edft', // r
  'awedxz', // s
  'rfgy', // t
  'yhji', // u
  'cfgb', // v
  'qase', // w
  'zsdc', // x
  'tghu', // y
  'asx', // z
];

function isLetterCode(c: number): boolean {
  // Latin letters, with or without diacritics; not spaces, hyphens, apostrophes, commas or digits
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)
  );
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter that sits on the keyboard next to `ch`, in the same case; `ch` itself if it has no neighbours. */
function neighbour(rng: Rng, ch: string): string {
  const lower = ch.toLowerCase();
  const code = lower.charCodeAt(0);
  if (code < 97 || code > 122) return ch;
  const keys = NEIGHBOURS[code - 97] as string;
  const k = keys.charAt(Math.floor(rng.next() * keys.length));
  return lower === ch ? k : k.toUpperCase();
}

/** A position in `s` whose character passes `ok`, starting from a random one; -1 if there is none. */
function randomPosition(rng: Rng, s: string, ok: (c: number) => boolean): number {
  const n = s.length;
  let i = Math.floor(rng.next() * n);
  for (let k = 0; k < n; k++, i = (i + 1) % n) if (ok(s.charCodeAt(i))) return i;
  return -1;
}

/** One typing slip in a name: a letter doubled, dropped, swapped with the next, or a neighbouring key hit. */
export function letterTypo(rng: Rng, s: string): string {
  if (s.length < 3) return s;
  const i = randomPosition(rng, s, isLetterCode);
  if (i < 0) return s;
  const kind = Math.floor(rng.next() * 4);
  const ch = s.charAt(i);
  const before = i > 0 && isLetterCode(s.charCodeAt(i - 1));
  const after = i + 1 < s.length && isLetterCode(s.charCodeAt(i + 1));
  if (kind === 1 && (before || after)) return s.slice(0, i) + s.slice(i + 1);
  if (kind === 2 && after) return s.slice(0, i) + s.charAt(i + 1) + ch + s.slice(i + 2);
  if (kind === 3) {
    const k = neighbour(rng, ch);
    if (k !== ch) return s.slice(0, i) + k + s.slice(i + 1);
  }
  return s.slice(0, i + 1) + ch.toLowerCase() + s.slice(i + 1);
}

/** One slip in a number: a digit changed, two neighbouring digits swapped, or a digit dropped. */
export function digitTypo(rng: Rng, s: string): string {
  const i = randomPosition(rng, s, isDigitCode);
  if (i < 0) return s;
  const kind = Math.floor(rng.next() * 3);
  const d = s.charCodeAt(i) - 48;
  if (kind === 1 && i + 1 < s.length && isDigitCode(s.charCodeAt(i + 1)) && s.charAt(i + 1) !== s.charAt(i)) {
    return s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
  }
  if (kind === 2) return s.slice(0, i) + s.slice(i + 1);
  const other = (d + 1 + Math.floor(rng.next() * 9)) % 10;
  return s.slice(0, i) + String(other) + s.slice(i + 1);
}

/** Digits `digits` written in groups of the given sizes (the last group takes the rest), joined by `sep`. */
export function groupDigits(digits: string, sizes: readonly number[], sep: string): string {
  let out = '';
  let at = 0;
  for (let g = 0; g < sizes.length && at < digits.length; g++) {
    const end = g === sizes.length - 1 ? digits.length : Math.min(digits.length, at + (sizes[g] as number));
    out += (at === 0 ? '' : sep) + digits.slice(at, end);
    at = end;
  }
  if (at < digits.length) out += sep + digits.slice(at);
  return out;
}
