import { normaliseText } from './names/index.ts';

/**
 * How free text (report items, tips) is cut into what it is found by, in every script of the region.
 *
 * Latin, Cyrillic and other spaced scripts are cut into words by Unicode word boundaries. Chinese, Thai, Lao,
 * Khmer and Burmese are written without spaces between words, and a dictionary segmenter cuts names
 * unpredictably ("张超" becomes 张 + 超, "พรหมมา" becomes พรหม + มา, depending on the words around them), so
 * runs of those scripts are indexed by overlapping character n-grams instead: Han by single characters and
 * pairs (most Chinese words and given names are one or two characters), the Southeast Asian scripts by pairs
 * and triples of code points. A query's run is then found wherever its n-grams all occur, and checked as a
 * whole against the text (n-grams alone could come from different places).
 */

// Han (with kana, which behaves the same in running text) and the unspaced Southeast Asian scripts, one run per
// script so that a Thai word next to a Lao one is two runs.
const HAN = '\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{2FA1F}';
const THAI = '\\u0E00-\\u0E7F';
const LAO = '\\u0E80-\\u0EFF';
const KHMER = '\\u1780-\\u17FF\\u19E0-\\u19FF';
const BURMESE = '\\u1000-\\u109F\\uA9E0-\\uA9FF\\uAA60-\\uAA7F';
const RUNS = new RegExp(
  `([${HAN}]+)|([${THAI}]+|[${LAO}]+|[${KHMER}]+|[${BURMESE}]+)|([^${HAN}${THAI}${LAO}${KHMER}${BURMESE}]+)`,
  'gu',
);

/** The shortest query part searched on its own, in characters of its script. */
export const MIN_CHARS = { word: 3, han: 2, abugida: 2 } as const;
/** Word beginnings from PREFIX_MIN characters are findable ("karao" finds "karaoke"), up to PREFIX_MAX. */
const PREFIX_MIN = 3;
const PREFIX_MAX = 16;

/** Letters that carry no combining mark to strip but are written for a plain one (Vietnamese đ above all). */
const PLAIN: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const PLAIN_RE = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');

/**
 * Text as it is indexed and searched: Burmese in Zawgyi converted to Unicode, lower-case, and Latin diacritics
 * folded (Quốc → quoc, Đặng → dang). Only the combining diacritical marks of U+0300–U+036F are stripped: the
 * vowel signs and tone marks of Thai, Lao, Khmer and Burmese are letters of those scripts and stay. The same
 * steps are done in SQL for tips (lantern_fold in the migration 20261203_1100), so the two must agree.
 */
export function foldText(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(PLAIN_RE, (c) => PLAIN[c] ?? c);
}

export type Part = { kind: 'word' | 'han' | 'abugida'; text: string };

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words and unspaced runs of a folded text, in order. */
export function partsOf(folded: string): Part[] {
  const out: Part[] = [];
  for (const m of folded.matchAll(RUNS)) {
    if (m[1]) out.push({ kind: 'han', text: m[1] });
    else if (m[2]) out.push({ kind: 'abugida', text: m[2] });
    else if (m[3])
      for (const s of segmenter.segment(m[3])) if (s.isWordLike) out.push({ kind: 'word', text: s.segment });
  }
  return out;
}

/** The n-grams of `n` characters of a run (the run itself when shorter). */
function grams(chars: string[], n: number): string[] {
  if (chars.length <= n) return [chars.join('')];
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}

/** Everything a text is findable by: words and their beginnings; Han characters and pairs; SEA pairs and triples. */
export function indexTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of partsOf(foldText(text))) {
    const chars = [...p.text];
    if (p.kind === 'word') {
      out.add(p.text);
      for (let n = PREFIX_MIN; n < Math.min(chars.length, PREFIX_MAX + 1); n++)
        out.add(chars.slice(0, n).join(''));
    } else if (p.kind === 'han') {
      for (const g of grams(chars, 1)) out.add(g);
      if (chars.length > 1) for (const g of grams(chars, 2)) out.add(g);
    } else {
      if (chars.length > 1) for (const g of grams(chars, 2)) out.add(g);
      if (chars.length > 2) for (const g of grams(chars, 3)) out.add(g);
    }
  }
  return out;
}

export interface TextQuery {
  /** Terms that must all be present (each a word, a word's beginning, or an n-gram). */
  terms: string[];
  /** Unspaced runs to find whole in the folded text, since their n-grams may come from different places. */
  runs: string[];
  /** Parts of the query as folded, each to be found in the text (for substring search of text held in clear). */
  parts: string[];
  /** False when no part is long enough to search by (e.g. "ab", or a single Chinese character). */
  searchable: boolean;
}

/**
 * What a query looks for: each word whole or as a word's beginning, each Han run by its pairs (a single character
 * by itself), each Southeast Asian run by its triples (a pair by itself). The query is searched only when one of
 * its parts reaches the script's minimum length (MIN_CHARS); shorter parts still narrow it.
 */
export function parseQuery(query: string): TextQuery {
  const terms = new Set<string>();
  const runs: string[] = [];
  const parts: string[] = [];
  let searchable = false;
  for (const p of partsOf(foldText(query))) {
    const chars = [...p.text];
    if (chars.length >= MIN_CHARS[p.kind]) searchable = true;
    parts.push(p.text);
    if (p.kind === 'word') terms.add(p.text);
    else if (p.kind === 'han') {
      for (const g of grams(chars, 2)) terms.add(g);
      runs.push(p.text);
    } else if (chars.length > 1) {
      for (const g of grams(chars, 3)) terms.add(g);
      runs.push(p.text);
    }
  }
  return { terms: [...terms], runs, parts, searchable };
}
