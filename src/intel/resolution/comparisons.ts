import { countShared, type Dictionary, type IntVector, lastShared, type MultiColumn } from './columns.ts';
import type { LevelCode } from './levels.ts';
import { sameConsonants } from './name-consonants.ts';
import { jaroWinkler, withinOneEdit } from './similarity.ts';
import type { RecordStore } from './store.ts';

/**
 * One field's comparison: levels (by their codes, levels.ts) from the strongest agreement to "else"; level 0 is
 * always "no evidence" (a value missing on either side), whose Bayes factor is 1. `tfLevels` are the levels
 * whose evidence depends on how common the agreeing value is (term-frequency adjustment): `compare` leaves that
 * value's record count in `matched.count`.
 */
export interface Comparison {
  field: string;
  levels: readonly LevelCode[];
  tfLevels: readonly number[];
  compare(s: RecordStore, i: number, j: number): number;
}

/** The count of records holding the value a term-frequency level agreed on (set by the last compare). */
export const matched = { count: 0 };

const NAME_JW_HIGH = 0.92;
const NAME_JW_LOW = 0.8;

/** Whether two records' names run together (as written or parts sorted) are the same key; its count, or -1. */
function sameJoined(s: RecordStore, i: number, j: number): number {
  const wi = s.joined.get(i);
  const si = s.joinedSorted.get(i);
  const wj = s.joined.get(j);
  const sj = s.joinedSorted.get(j);
  if (wi === wj || wi === sj) return s.joinedKeys.countOf(wi);
  if (si === wj || si === sj) return s.joinedKeys.countOf(si);
  return -1;
}

/**
 * How alike two names are whose parts do not line up one to one (a name written in one word against the same
 * written in three): the Jaro–Winkler of their joined forms, with lengths at most two letters apart (a name
 * with a part more or less is not the same name run together).
 */
function joinedSimilarity(s: RecordStore, i: number, j: number): number {
  const words = s.joinedKeys.values;
  let best = 0;
  for (const [x, y] of [
    [s.joined.get(i), s.joined.get(j)],
    [s.joinedSorted.get(i), s.joinedSorted.get(j)],
  ] as const) {
    const a = words[x] as string;
    const b = words[y] as string;
    if (Math.abs(a.length - b.length) > 2) continue;
    const sim = jaroWinkler(a, b);
    if (sim > best) best = sim;
  }
  return best;
}

/**
 * How alike two part keys are: Jaro–Winkler, or "very similar" for keys of five letters or more one edit apart
 * (a first letter lost or mistyped, Kongcharoen / ongcharoen, which Jaro–Winkler's prefix weighting misses).
 */
function partSimilarity(a: string, b: string): number {
  const jw = jaroWinkler(a, b);
  // Keys one edit apart are alike (a substitution's letter matched elsewhere costs a transposition at most).
  if (jw >= NAME_JW_HIGH || jw < NAME_JW_LOW || Math.min(a.length, b.length) < 5) return jw;
  return withinOneEdit(a, b) ? NAME_JW_HIGH : jw;
}

/**
 * The part of record `long`'s name very similar to record `one`'s one part, or −1. Two parts written next to each
 * other count as one run together: a given name of two syllables is written apart or in one word (Sokly against
 * Sen Sok Ly, Xiuying against Lin Xiu Ying); the later of the two is returned.
 */
function nearPart(s: RecordStore, one: number, long: number): number {
  const col = s.nameParts;
  const v = col.values.data;
  const words = s.parts.values;
  const word = words[v[col.from(one)] as number] as string;
  for (let b = col.from(long); b < col.to(long); b++) {
    const q = v[b] as number;
    if (partSimilarity(word, words[q] as string) >= NAME_JW_HIGH) return q;
    if (b > col.from(long)) {
      const joined = (words[v[b - 1] as number] as string) + (words[q] as string);
      if (Math.abs(joined.length - word.length) <= 1 && partSimilarity(word, joined) >= NAME_JW_HIGH)
        return q;
    }
  }
  return -1;
}

function compareName(s: RecordStore, i: number, j: number): number {
  const ki = s.nameKey.get(i);
  if (s.folded.get(i) === s.folded.get(j)) {
    matched.count = s.nameKeys.countOf(ki);
    return 1;
  }
  if (ki === s.nameKey.get(j)) {
    matched.count = s.nameKeys.countOf(ki);
    return 2;
  }
  const col = s.nameParts;
  const ni = col.to(i) - col.from(i);
  const nj = col.to(j) - col.from(j);
  // The same letters cut into other parts (Kyaw Ye Yan, Kyawyeyan). Only when the part counts differ: two names
  // of as many parts whose part keys differ are other names, whatever their letters run together give (Yang
  // Ming and Zhang Min both run together, sorted, to min-cang: "ngy" reads as Burmese gy, "zh" as c).
  const joined = ni === nj ? -1 : sameJoined(s, i, j);
  if (joined >= 0) {
    matched.count = joined;
    return 2;
  }
  const shared = countShared(col, i, j, s.parts);
  const rarest = lastShared.rarest;
  const short = Math.min(ni, nj);
  // A one-part name (a given name alone) spelt like a part of a longer name: as good as that part shared.
  if (short === 1 && ni !== nj && shared === 0) {
    const near = nearPart(s, ni === 1 ? i : j, ni === 1 ? j : i);
    if (near >= 0) {
      matched.count = s.parts.countOf(near);
      return 7;
    }
  }
  // A name that is the other's parts less some (a middle name, a title, a nickname left out).
  if (short >= 2 && shared === short) return 3;
  // Every part of the shorter name close to some part of the longer one, in any order, on the phonetic keys;
  // a one-part name only against another (a one-part name found in a longer one is "one part shared").
  let worst = 0;
  const si = ni <= nj ? i : j;
  const li = ni <= nj ? j : i;
  // Part against part: names of two parts or more, or two one-part names.
  const partwise = short >= 2 || (ni === 1 && nj === 1);
  if (partwise) {
    worst = 1;
    const v = col.values.data;
    const words = s.parts.values;
    for (let a = col.from(si); a < col.to(si) && worst >= NAME_JW_LOW; a++) {
      const pa = v[a] as number;
      let best = 0;
      for (let b = col.from(li); b < col.to(li); b++) {
        const pb = v[b] as number;
        const sim = pa === pb ? 1 : partSimilarity(words[pa] as string, words[pb] as string);
        if (sim > best) best = sim;
        if (best === 1) break;
      }
      if (best < worst) worst = best;
    }
  }
  // Parts that do not line up one to one: the syllables may be run together differently.
  if (ni !== nj && worst < NAME_JW_HIGH) worst = Math.max(worst, joinedSimilarity(s, i, j));
  if (worst >= NAME_JW_HIGH) return 4;
  if (worst >= NAME_JW_LOW) return 5;
  if (partwise && sameConsonants(s, si, li)) return 6;
  if (shared > 0) {
    matched.count = s.parts.countOf(rarest);
    // Both names have two parts or more, and one of the shorter's is like none of the other's: the family name
    // shared and the given names different (Chaiwat and Prapa Boonprasert) — kin or namesakes, not one person.
    // A one-part name inside a longer one (a given name alone, a nickname) says nothing against.
    return short >= 2 && worst < NAME_JW_LOW ? 8 : 7;
  }
  return short === 1 && ni !== nj ? 9 : 10;
}

/**
 * Two full dates at most this many days apart are near (the level of year-only dates a year apart): some files
 * move a date by days (splink's fake_1000: F1 0.9001, 0.8971 with a month, 0.8647 with none). Farther apart,
 * they are different: a person's records carry one date, mistyped by a digit or swapped at most, and namesakes
 * born weeks apart are two people (the world's medium preset, seeds 1/2: merges on a common name alone 26/28
 * with a year, 18/14 with a month).
 */
const NEAR_DAYS = 31;

function compareDob(s: RecordStore, i: number, j: number): number {
  const a = s.dob.get(i);
  const b = s.dob.get(j);
  if (a === 0 || b === 0) return 0;
  const ya = Math.floor(a / 10000);
  const yb = Math.floor(b / 10000);
  const aYear = a % 10000 === 0;
  const bYear = b % 10000 === 0;
  if (aYear || bYear) {
    if (ya === yb) return 5;
    return Math.abs(ya - yb) <= 1 ? 6 : 7;
  }
  if (a === b) return s.dobBuddhist.get(i) === s.dobBuddhist.get(j) ? 1 : 2;
  const ma = Math.floor(a / 100) % 100;
  const da = a % 100;
  const mb = Math.floor(b / 100) % 100;
  const db = b % 100;
  if (ya === yb && ma === db && da === mb) return 3;
  if (withinOneEdit(String(a), String(b))) return 4;
  const days = Math.abs(Date.UTC(ya, ma - 1, da) - Date.UTC(yb, mb - 1, db)) / 86_400_000;
  return days <= NEAR_DAYS ? 6 : 7;
}

function compareShared(
  colOf: (s: RecordStore) => MultiColumn,
  dictOf: (s: RecordStore) => Dictionary,
  fuzzy: boolean,
) {
  return (s: RecordStore, i: number, j: number): number => {
    const col = colOf(s);
    if (col.from(i) === col.to(i) || col.from(j) === col.to(j)) return 0;
    const dict = dictOf(s);
    if (countShared(col, i, j, dict) > 0) {
      matched.count = dict.countOf(lastShared.rarest);
      return 1;
    }
    if (!fuzzy) return 2;
    const v = col.values.data;
    for (let a = col.from(i); a < col.to(i); a++)
      for (let b = col.from(j); b < col.to(j); b++)
        if (withinOneEdit(dict.values[v[a] as number] as string, dict.values[v[b] as number] as string))
          return 2;
    return 3;
  };
}

function compareCode(pick: (s: RecordStore) => IntVector, none: number) {
  return (s: RecordStore, i: number, j: number): number => {
    const col = pick(s);
    const a = col.get(i);
    const b = col.get(j);
    if (a === none || b === none) return 0;
    return a === b ? 1 : 2;
  };
}

function comparePlaces(s: RecordStore, i: number, j: number): number {
  const col = s.places;
  if (col.from(i) === col.to(i) || col.from(j) === col.to(j)) return 0;
  const shared = countShared(col, i, j, s.placesDict);
  if (shared > 0) return shared >= 3 ? 1 : shared === 2 ? 2 : 3;
  // A place written with a typo (Cooventyr, Petberborough) is still the same place.
  const v = col.values.data;
  const words = s.placesDict.values;
  // Only short places (towns, districts): a long address alike in letters is not the same address.
  for (let a = col.from(i); a < col.to(i); a++) {
    const pa = words[v[a] as number] as string;
    if (pa.length > 20) continue;
    for (let b = col.from(j); b < col.to(j); b++) {
      const pb = words[v[b] as number] as string;
      if (pb.length <= 20 && jaroWinkler(pa, pb) >= 0.9) return 4;
    }
  }
  return 5;
}

// Each level by its code (levels.ts), from the strongest agreement down; the screens word the codes.
export const COMPARISONS: readonly Comparison[] = [
  {
    field: 'name',
    levels: [
      'noName',
      'sameSpelling',
      'sameNameKey',
      // All parts of one name in the other.
      'allParts',
      // Every part of the shorter name like one of the other's: Jaro–Winkler ≥ 0.92, then ≥ 0.8.
      'partsVerySimilar',
      'partsSimilar',
      // Every part of the shorter name with the consonants of one of the other's, vowels spelt otherwise.
      'vowelsOtherwise',
      // One part in both names, or a one-part name very like a part of the other.
      'onePartShared',
      'partSharedOtherDifferent',
      // A one-part name like no part of a longer one: a nickname (Bird, Nok, Chai) or a name used alone. Weaker
      // against than two full names that differ: people are recorded by their nicknames.
      'onePartUnlike',
      'different',
    ],
    tfLevels: [1, 2, 7],
    compare: compareName,
  },
  {
    field: 'birthDate',
    levels: [
      'missing',
      'sameDate',
      // The same date, one written in the Buddhist Era.
      'sameDateBuddhistEra',
      'dayMonthSwapped',
      'oneDigitDifferent',
      // The same year, one having the year only.
      'sameYear',
      // Year-only dates a year apart; full dates at most a month apart (NEAR_DAYS).
      'withinYear',
      'different',
    ],
    tfLevels: [],
    compare: compareDob,
  },
  {
    field: 'phone',
    levels: ['missing', 'phoneShared', 'phonesOneDigitApart', 'different'],
    tfLevels: [1],
    compare: compareShared(
      (s) => s.phones,
      (s) => s.phonesDict,
      true,
    ),
  },
  {
    field: 'document',
    levels: ['missing', 'documentShared', 'documentsOneEditApart', 'different'],
    tfLevels: [1],
    compare: compareShared(
      (s) => s.documents,
      (s) => s.docsDict,
      true,
    ),
  },
  {
    field: 'account',
    levels: ['missing', 'accountShared', 'accountsOneEditApart', 'different'],
    tfLevels: [1],
    compare: compareShared(
      (s) => s.accounts,
      (s) => s.accountsDict,
      true,
    ),
  },
  {
    field: 'nationality',
    levels: ['missing', 'same', 'different'],
    tfLevels: [],
    compare: compareCode((s) => s.nationality, -1),
  },
  {
    field: 'sex',
    levels: ['missing', 'same', 'different'],
    tfLevels: [],
    compare: compareCode((s) => s.sex, 0),
  },
  {
    field: 'places',
    levels: [
      'missing',
      'threePlacesShared',
      'twoPlacesShared',
      'onePlaceShared',
      // A short place (a town, a district) spelt alike: Jaro–Winkler ≥ 0.9.
      'placeSpeltAlike',
      'noneAlike',
    ],
    tfLevels: [],
    compare: comparePlaces,
  },
];

/** Bits a field's level takes in a packed pattern, and the slots per field in flattened per-level tables. */
export const LEVEL_BITS = 4;
export const LEVEL_SLOTS = 1 << LEVEL_BITS;
// Eight fields of four bits fill 32: the last field's levels must stay under 8 so a pattern stays positive.
if (COMPARISONS.length * LEVEL_BITS > 32 || (COMPARISONS.at(-1)?.levels.length ?? 0) > 8)
  throw new Error('comparison levels do not fit a packed pattern');

/** A pair's comparison vector packed into one integer (four bits a field), with the term-frequency counts. */
export function comparePair(s: RecordStore, i: number, j: number, tfCounts?: Float64Array): number {
  let pattern = 0;
  for (let c = 0; c < COMPARISONS.length; c++) {
    const cmp = COMPARISONS[c] as Comparison;
    matched.count = 0;
    const level = cmp.compare(s, i, j);
    if (tfCounts) tfCounts[c] = matched.count;
    pattern |= level << (c * LEVEL_BITS);
  }
  return pattern;
}

export const levelOf = (pattern: number, c: number): number =>
  (pattern >>> (c * LEVEL_BITS)) & (LEVEL_SLOTS - 1);
