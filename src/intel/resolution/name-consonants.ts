import type { Dictionary } from './columns.ts';
import type { RecordStore } from './store.ts';

// Vowels spelt otherwise: the region's romanisations agree on a name's consonants far more than on its vowels
// (Khmer Lim/Lem/Loem and Chenda/Chinda, Cantonese and pinyin So/Su), which Jaro–Winkler on short parts calls
// different. A part's consonants are its phonetic key (already lower-case ASCII, y written i) less a, e, i, o, u.

/** Fewest consonants the shorter name must have in all: Ly Na against Le Nu says nothing. */
const MIN_CONSONANTS = 3;

/** Per dictionary of part keys: each part's consonants as a number (its own dictionary), and their lengths. */
interface Skeletons {
  ids: Map<string, number>;
  of: number[];
  length: number[];
}

const byDictionary = new WeakMap<Dictionary, Skeletons>();

/** The parts' consonants, each part's found once (a million records hold some 500,000 distinct parts). */
function skeletonsOf(dict: Dictionary): Skeletons {
  let k = byDictionary.get(dict);
  if (!k) {
    k = { ids: new Map(), of: [], length: [] };
    byDictionary.set(dict, k);
  }
  while (k.of.length < dict.values.length) {
    const c = (dict.values[k.of.length] as string).replace(/[aeiou]/g, '');
    let id = k.ids.get(c);
    if (id === undefined) {
      id = k.ids.size;
      k.ids.set(c, id);
    }
    k.of.push(id);
    k.length.push(c.length);
  }
  return k;
}

/**
 * Whether every part of the shorter name (`short`) has the consonants, in order, of some part of the other
 * (`long`), none of them without consonants, and at least three in all.
 */
export function sameConsonants(s: RecordStore, short: number, long: number): boolean {
  const col = s.nameParts;
  const v = col.values.data;
  const k = skeletonsOf(s.parts);
  let total = 0;
  for (let a = col.from(short); a < col.to(short); a++) {
    const pa = v[a] as number;
    const n = k.length[pa] as number;
    if (n === 0) return false;
    const ca = k.of[pa];
    let found = false;
    for (let b = col.from(long); b < col.to(long) && !found; b++) found = k.of[v[b] as number] === ca;
    if (!found) return false;
    total += n;
  }
  return total >= MIN_CONSONANTS;
}
