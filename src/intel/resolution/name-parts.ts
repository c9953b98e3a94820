import { namePartKeys } from '../name-key.ts';
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

// A million records hold a few hundred thousand distinct names: each distinct string is keyed once.
export const partKeysOf = (name: string): string[] => namePartKeys(name);

function joinedOf(name: string): [string, string] {
  const words = foldLatin(LATIN_ONLY.test(name) ? name : romaniseName(name))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const written = phoneticPart(words.join(''));
  return [written, words.length > 1 ? phoneticPart(words.sort().join('')) : written];
}

const cache = new Map<string, NameForms>();

export function nameForms(name: string): NameForms {
  const hit = cache.get(name);
  if (hit) return hit;
  const parts = [...new Set(partKeysOf(name))];
  const [joined, joinedSorted] = joinedOf(name);
  const forms: NameForms = {
    key: [...parts].sort().join(' '),
    folded: foldLatin(name)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .sort()
      .join(' '),
    parts,
    joined,
    joinedSorted,
  };
  if (cache.size >= 300_000) cache.clear();
  cache.set(name, forms);
  return forms;
}
