import anyAscii from 'any-ascii';
import { romaniseName } from './names/index.ts';
import { phoneticPart } from './names/phonetic.ts';
import { dropTitles } from './names/titles.ts';
import { foldVietnamese } from './names/vietnamese.ts';

// A hyphen inside a word joins the syllables of one name (Thai Chan-o-cha, Silpa-archa; Wade–Giles Ying-jeou),
// as the name's script writes it.
const INNER_HYPHEN = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

/**
 * One word's part key (diacritics folded, ASCII letters and digits, phonetic), '' when nothing is left. Names
 * share their words (a million records hold some 90,000 distinct ones), so each word is keyed once: the memory
 * holds at most WORD_MEMO words and starts again when full.
 */
const WORD_MEMO = 200_000;
const wordKeys = new Map<string, string>();
function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    const plain = anyAscii(foldVietnamese(word)).toLowerCase().replace(NOT_ASCII_WORD, '');
    key = plain === '' ? '' : phoneticPart(plain);
    if (wordKeys.size >= WORD_MEMO) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

/**
 * The parts of a name as they are matched, in written order: romanised from its script (Thai, Lao, Khmer,
 * Burmese, Chinese), diacritics folded (Nguyễn → nguyen, Đặng → dang), titles before it dropped (U, Daw, Nai,
 * Mr…), and each part reduced to its phonetic key (names/phonetic.ts), so that Kyaw/Gyaw/Chaw and
 * Phromma/Prommah meet. Each part is keyed alone, so the search's vocabulary of parts stays a vocabulary.
 */
export function namePartKeys(name: string): string[] {
  return partKeysOfRomanised(romaniseName(name));
}

/** namePartKeys of a name already romanised (romaniseName), for callers that need the romanised form too. */
export function partKeysOfRomanised(romanised: string): string[] {
  // Titles are told by their written form (Bà is a title, Ba a name), so they go before the marks are folded.
  const words = romanised.normalize('NFC').toLowerCase().replace(INNER_HYPHEN, '').split(NOT_WORD);
  const kept: string[] = [];
  for (const w of words) if (w !== '') kept.push(w);
  const out: string[] = [];
  for (const w of dropTitles(kept)) {
    const key = wordKey(w);
    if (key !== '') out.push(key);
  }
  return out;
}

/**
 * The key a name is stored and matched by: its part keys sorted, so that "Nguyen Thi Lan" and "Lan Thi Nguyen"
 * meet, and so do "Somchai Jaidee", "Somchay Chaidee" and "สมชาย ใจดี". Stored beside every name in search_keys:
 * when it changes, NAME_KEY_VERSION changes and stored keys are rebuilt at start (name-rekey.ts).
 */
export function nameKey(name: string): string {
  return namePartKeys(name).sort().join(' ');
}

/** Numbers and plates are matched on their letters and digits only. */
export const plainKey = (value: string): string =>
  anyAscii(value)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
