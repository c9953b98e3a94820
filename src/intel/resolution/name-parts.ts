import { partKeysOfRomanised } from '../name-key.ts';
import { foldLatin, romaniseName } from '../names/index.ts';
import { phoneticPart } from '../names/phonetic.ts';

export interface NameForms {
  /** The whole-name key: part keys sorted, so order-free (the same as nameKey). */
  key: string;
  /** The spelling as written, folded to lower-case ASCII, parts sorted: "the same spelling" level. */
  folded: string;
  /** Distinct part keys (namePartKeys: phonetic, across scripts). */
  parts: string[];
  /**
   * The name's letters run together, as written and with its parts sorted, each keyed as one word: records write
   * the syllables of one name apart or together as they please (Kyaw Ye Yan, Kyawyeyan; Su Thandar Mya Su,
   * Suthandarmyasu; Phon Savanh, Phonsavanh), and a part-by-part comparison sees different parts. Titles stay:
   * a name written in one word cannot have them split off, so the spaced form keeps them too.
   */
  joined: string;
  joinedSorted: string;
}

// A name in Latin letters (with marks, digits, punctuation) needs no romanising for its joined form.
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]*$/u;

const NOT_ASCII_WORD = /[^a-z0-9]+/;

function joinedOf(name: string, romanised: string): [string, string] {
  const words = foldLatin(LATIN_ONLY.test(name) ? name : romanised)
    .split(NOT_ASCII_WORD)
    .filter(Boolean);
  const written = phoneticPart(words.join(''));
  return [written, words.length > 1 ? phoneticPart(words.sort().join('')) : written];
}

/**
 * A name's forms. Not memoised here: the record store keys each distinct written name once (a million records
 * hold some 450,000 distinct names), and remembers the dictionary ids, not these strings.
 */
export function nameForms(name: string): NameForms {
  // Romanising is the dearest step (a Thai, Khmer or Chinese name costs over 100 µs): done once for both forms.
  const romanised = romaniseName(name);
  const parts = [...new Set(partKeysOfRomanised(romanised))];
  const [joined, joinedSorted] = joinedOf(name, romanised);
  return {
    key: [...parts].sort().join(' '),
    folded: foldLatin(name).split(NOT_ASCII_WORD).filter(Boolean).sort().join(' '),
    parts,
    joined,
    joinedSorted,
  };
}
