import anyAscii from 'any-ascii';
import { romaniseBurmese } from './burmese.ts';
import { romaniseChinese } from './chinese.ts';
import { romaniseKhmer } from './khmer.ts';
import { romaniseLao } from './lao.ts';
import { normaliseText } from './normalise.ts';
import { type Script, scriptOf } from './script.ts';
import { romaniseThai } from './thai.ts';

export { normaliseText } from './normalise.ts';
export { type Script, scriptOf } from './script.ts';

const ROMANISERS: Partial<Record<Script, (text: string) => string>> = {
  thai: romaniseThai,
  lao: romaniseLao,
  khmer: romaniseKhmer,
  burmese: romaniseBurmese,
  han: romaniseChinese,
};

const SCRIPT_RANGES = [
  '\\u0E00-\\u0E7F',
  '\\u0E80-\\u0EFF',
  '\\u1780-\\u17FF\\u19E0-\\u19FF',
  '\\u1000-\\u109F\\uAA60-\\uAA7F\\uA9E0-\\uA9FF',
  '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF',
];
const RUNS = new RegExp(
  [...SCRIPT_RANGES.map((r) => `[${r}]+(?:[\\s.]+[${r}]+)*\\.?`), `[^${SCRIPT_RANGES.join('')}]+`].join('|'),
  'g',
);

/**
 * A name in Latin letters as people of its country spell it: each run of a script is romanised by that script's
 * rules (titles split off), Latin text is kept; diacritics stay (they are folded by the keys).
 */
export function romaniseName(name: string): string {
  const text = normaliseText(name);
  // Runs of one script: a record may hold "Ko Aung (အောင်)". A run keeps the spaces and dots between its own
  // letters, so abbreviated titles (น.ส., ທ.) and names written apart reach their romaniser whole.
  const runs = text.match(RUNS) ?? [];
  return runs
    .map((run) => {
      const r = ROMANISERS[scriptOf(run)];
      return r ? ` ${r(run)} ` : run;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Latin text folded to plain lower-case ASCII words (Quốc → quoc, Đặng → dang). */
export function foldLatin(text: string): string {
  return anyAscii(text.normalize('NFKC')).toLowerCase();
}
