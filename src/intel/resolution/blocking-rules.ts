import type { MultiColumn } from './columns.ts';
import type { RecordStore } from './store.ts';

/**
 * A blocking rule: the keys a record is filed under; only records sharing a key are compared. `uses` names the
 * fields the rule already makes agree, whose m cannot be learnt from its pairs (EM leaves them out there).
 */
export interface BlockingRule {
  name: string;
  uses: readonly string[];
  /** EM learns nothing from the rule's pairs (they are chosen so that they would teach it wrong). */
  untaught?: boolean;
  /** A lower block limit than the resolver's, for rules whose common keys say little. */
  maxBlock?: number;
  /**
   * In a block larger than 20 records, the pairs the rule is for (the others are left to the rules that find
   * them better); a small block's pairs are all compared.
   */
  pairs?(s: RecordStore, i: number, j: number): boolean;
  /** `pairs` holds in blocks of every size: the rule proposes no other pair. */
  onlyItsPairs?: boolean;
  /**
   * Two sides: the rule proposes only pairs of a record of one side (`across` true) and one of the other, and
   * walks only those (a block's few records of the one side against the rest, not every pair of it).
   */
  across?(s: RecordStore, i: number): boolean;
  keys(s: RecordStore, i: number, out: number[]): void;
}

const YEARS_FROM = 1850;

export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: 'name key + birth year',
    uses: ['name', 'birthDate'],
    keys(s, i, out) {
      const dob = s.dob.get(i);
      if (dob !== 0) out.push(s.nameKey.get(i) * 256 + Math.floor(dob / 10000) - YEARS_FROM);
    },
  },
  { name: 'phone', uses: ['phone'], keys: multiKeys((s) => s.phones) },
  { name: 'document', uses: ['document'], keys: multiKeys((s) => s.documents) },
  { name: 'account', uses: ['account'], keys: multiKeys((s) => s.accounts) },
  {
    // The full date (day and month in either order) with the first and last initials of the name's parts in
    // alphabetical order: finds pairs whose parts are spelt differently, or romanised from another script.
    name: 'birth date + initials',
    uses: ['birthDate'],
    keys(s, i, out) {
      const dob = s.dob.get(i);
      if (dob % 10000 === 0) return;
      const y = Math.floor(dob / 10000) - YEARS_FROM;
      const m = Math.floor(dob / 100) % 100;
      const d = dob % 100;
      const date = y * 1024 + Math.min(m, d) * 32 + Math.max(m, d);
      const col = s.nameParts;
      let lo = 26;
      let hi = 0;
      for (let x = col.from(i); x < col.to(i); x++) {
        const c = (s.parts.values[col.values.get(x)] as string).charCodeAt(0) - 97;
        const k = c >= 0 && c < 26 ? c : 26;
        if (k < lo) lo = k;
        if (k > hi) hi = k;
      }
      out.push((date * 27 + lo) * 27 + hi);
    },
  },
  {
    // The name's letters run together (as written, and with its parts sorted) with the year of birth: the same
    // name written in one word and in several (Kyawyeyan, Kyaw Ye Yan) has other part keys.
    name: 'joined name + birth year',
    uses: ['name', 'birthDate'],
    keys(s, i, out) {
      const dob = s.dob.get(i);
      if (dob === 0) return;
      const year = Math.floor(dob / 10000) - YEARS_FROM;
      const w = s.joined.get(i);
      const j = s.joinedSorted.get(i);
      out.push(w * 256 + year);
      if (j !== w) out.push(j * 256 + year);
    },
  },
  {
    // Numbers one edit apart (a digit typed wrong, left out, doubled or two swapped): two such numbers share a
    // deletion neighbour (the number with one character removed). Phones, documents and accounts each in their
    // own key space; short numbers are left out (too many neighbours to tell apart).
    name: 'a number one edit apart',
    uses: ['phone', 'document', 'account'],
    maxBlock: 20,
    keys(s, i, out) {
      nearKeys(s.phones, s.phonesDict.values, 1, i, out);
      nearKeys(s.documents, s.docsDict.values, 2, i, out);
      nearKeys(s.accounts, s.accountsDict.values, 3, i, out);
    },
  },
  {
    // The two rarest name parts, each with the year of birth: a misspelt part or a year-only date still meet.
    // Blocks of common parts (Nguyen, Wang) are over the limit and left to the other rules.
    name: 'rare name part + birth year',
    uses: ['name', 'birthDate'],
    maxBlock: 20,
    keys(s, i, out) {
      const dob = s.dob.get(i);
      if (dob === 0) return;
      const year = Math.floor(dob / 10000) - YEARS_FROM;
      const col = s.nameParts;
      let first = -1;
      let second = -1;
      let c1 = Number.POSITIVE_INFINITY;
      let c2 = Number.POSITIVE_INFINITY;
      for (let x = col.from(i); x < col.to(i); x++) {
        const p = col.values.get(x);
        const c = s.parts.countOf(p);
        if (c < c1 || (c === c1 && p < first)) {
          second = first;
          c2 = c1;
          first = p;
          c1 = c;
        } else if (c < c2 || (c === c2 && p < second)) {
          second = p;
          c2 = c;
        }
      }
      if (first >= 0) out.push(first * 256 + year);
      if (second >= 0) out.push(second * 256 + year);
    },
  },
  {
    // The name alone, for pairs where a date of birth is missing; a common name's block is over the limit (two
    // records that share only a common name are not compared at all).
    name: 'name key (a date of birth missing)',
    uses: ['name'],
    maxBlock: 100,
    pairs: (s, i, j) => s.dob.get(i) === 0 || s.dob.get(j) === 0,
    keys(s, i, out) {
      out.push(s.nameKey.get(i));
    },
  },
  {
    // The same for the name's letters run together (as written, and with its parts sorted).
    name: 'joined name (a date of birth missing)',
    uses: ['name'],
    maxBlock: 100,
    pairs: (s, i, j) => s.dob.get(i) === 0 || s.dob.get(j) === 0,
    keys(s, i, out) {
      const w = s.joined.get(i);
      const j = s.joinedSorted.get(i);
      out.push(w);
      if (j !== w) out.push(j);
    },
  },
  {
    // The full date (day and month in either order) with each part's first two consonants: finds a given name
    // written alone against the full name (Bouaphanh, Siprasert Buaphan), and parts whose vowels or endings were
    // romanised otherwise (Lumduan, Lamduan), which share no part key and no initials.
    name: "birth date + a part's consonants",
    // Its pairs are chosen by their names' form: EM learns nothing of names from them.
    uses: ['birthDate', 'name'],
    maxBlock: 20,
    // Only pairs where one name is a single part: two fuller names born the same day that share a part's
    // consonants (Nguyen, Thanh) are most often two people, and the other rules find those that are one. Last
    // of the rules: a pair it leaves out shares its key, and a later rule would take it for one found here.
    onlyItsPairs: true,
    pairs: (s, i, j) => onePart(s, i) || onePart(s, j),
    keys(s, i, out) {
      const dob = s.dob.get(i);
      if (dob % 10000 === 0) return;
      const m = Math.floor(dob / 100) % 100;
      const d = dob % 100;
      const date = (Math.floor(dob / 10000) - YEARS_FROM) * 1024 + Math.min(m, d) * 32 + Math.max(m, d);
      const col = s.nameParts;
      for (let x = col.from(i); x < col.to(i); x++) {
        const k = date * 729 + consonants(s.parts.values[col.values.get(x)] as string);
        if (!out.includes(k)) out.push(k);
      }
    },
  },
  {
    // The full date alone (day and month in either order), for a name of one part against the others: a
    // nickname like none of the full name's parts (Arm, Surachai Mankong; Bee, Ampai Wongsawat) meets its bearer
    // only by the date. Only pairs across the two sides are walked: at a million records a date's block holds
    // about fifty records, of which a few go by one name. Last, for the reason said of the rule before it.
    name: 'birth date (a one-part name against the others)',
    uses: ['birthDate'],
    // EM learns nothing from its pairs: chosen by their names' form and their agreeing nationality and sex, and
    // nearly all two people born the same day, they taught it that phones and documents missing or different say
    // little against (the world's medium preset lost 0.005 of F1 when they were learnt from).
    untaught: true,
    maxBlock: 200,
    across: (s, i) => onePart(s, i),
    // Nor a pair whose nationalities or sexes are both recorded and differ: with a name that says nothing for
    // them, the date alone would not join them, and they are most of a date's block.
    onlyItsPairs: true,
    pairs: (s, i, j) =>
      agree(s.nationality.get(i), s.nationality.get(j), -1) && agree(s.sex.get(i), s.sex.get(j), 0),
    keys(s, i, out) {
      const dob = s.dob.get(i);
      if (dob % 10000 === 0) return;
      const m = Math.floor(dob / 100) % 100;
      const d = dob % 100;
      out.push((Math.floor(dob / 10000) - YEARS_FROM) * 1024 + Math.min(m, d) * 32 + Math.max(m, d));
    },
  },
];

// a, e, i, o, u, y: letters 0, 4, 8, 14, 20, 24.
const VOWELS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24);

/** Two codes that do not disagree: equal, or one of them not recorded (`none`). */
const agree = (a: number, b: number, none: number) => a === b || a === none || b === none;
const onePart = (s: RecordStore, i: number) => s.nameParts.to(i) - s.nameParts.from(i) === 1;

/** A part key's first two consonants (a–z), as a number below 27²; 26 stands for none. */
function consonants(part: string): number {
  let out = 0;
  let n = 0;
  for (let c = 0; c < part.length && n < 2; c++) {
    const k = part.charCodeAt(c) - 97;
    if (k < 0 || k >= 26 || (VOWELS >> k) & 1) continue;
    out = out * 27 + k;
    n++;
  }
  for (; n < 2; n++) out = out * 27 + 26;
  return out;
}

/**
 * Deletion neighbours of a record's numbers, hashed (FNV-1a, 31 bits) with the kind of number: a collision only
 * proposes a pair more, which its comparison then judges.
 */
function nearKeys(col: MultiColumn, values: readonly string[], kind: number, i: number, out: number[]): void {
  for (let x = col.from(i); x < col.to(i); x++) {
    const v = values[col.values.get(x)] as string;
    if (v.length < 6) continue;
    // The number itself too (skip = −1): a number with a digit left out is a deletion neighbour of the whole one.
    for (let skip = -1; skip < v.length; skip++) {
      // A run of one digit gives one neighbour whichever of its digits is removed.
      if (skip > 0 && v.charCodeAt(skip) === v.charCodeAt(skip - 1)) continue;
      let h = (0x811c9dc5 ^ kind) >>> 0;
      for (let c = 0; c < v.length; c++) {
        if (c === skip) continue;
        h = Math.imul(h ^ v.charCodeAt(c), 0x01000193) >>> 0;
      }
      out.push(h >>> 1);
    }
  }
}

function multiKeys(pick: (s: RecordStore) => MultiColumn) {
  return (s: RecordStore, i: number, out: number[]) => {
    const col = pick(s);
    for (let x = col.from(i); x < col.to(i); x++) out.push(col.values.get(x));
  };
}

export const ruleByName = (name: string): BlockingRule => {
  const r = BLOCKING_RULES.find((b) => b.name === name);
  if (!r) throw new Error(`no blocking rule named "${name}"`);
  return r;
};
