import anyAscii from 'any-ascii';
import { romaniseName } from './names/index.ts';

// Spellings that vary between romanisations of the region's names: Somchai/Somchay, Jaidee/Chaidee,
// Phommavong/Pommavong, Nguyễn/Nguyen, Thida/Thidar. Applied in order to a lower-case ASCII form.
const RULES: [RegExp, string][] = [
  [/ph/g, 'p'],
  [/th/g, 't'],
  [/kh/g, 'k'],
  [/ch/g, 'c'],
  [/j/g, 'c'],
  [/ee|ie|ey/g, 'i'],
  [/ay/g, 'ai'],
  [/y/g, 'i'],
  [/oo|ou/g, 'u'],
  [/w/g, 'v'],
  [/([a-z])\1+/g, '$1'],
  [/([aeiou])r\b/g, '$1'],
  [/h\b/g, ''],
  [/([^aeiou ])e\b/g, '$1'],
];

/**
 * The key a name is matched by: transliterated to ASCII, lower-cased, spelling variants folded, and its parts
 * sorted, so "Nguyen Thi Lan" and "Lan Thi Nguyen" meet, and so do "Somchai Jaidee" and "Somchay Chaidee".
 */
export function nameKey(name: string): string {
  // Transliterated syllables arrive joined (王伟 → WangWei): split them where a capital follows a small letter.
  let s = anyAscii(romaniseName(name).normalize('NFKC'))
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ');
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s.split(/\s+/).filter(Boolean).sort().join(' ');
}

/** Numbers and plates are matched on their letters and digits only. */
export const plainKey = (value: string): string =>
  anyAscii(value)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
