import { nameKey } from '../src/intel/name-key.ts';
import { parseBirthDate } from '../src/intel/resolution/index.ts';
import type { TruthRecord } from './people-records.ts';

// Pairwise accuracy of a grouping against the truth. Predicted pairs: every pair of records in one group; true
// pairs: every pair of records of one person. precision = |predicted ∩ true| / |predicted|, recall = |predicted ∩
// true| / |true|, F1 = 2PR / (P + R). Counted from the group × person table (a cell of n records holds n(n−1)/2
// pairs), so a person with hundreds of records costs nothing. Per script pair: the same counts restricted to
// pairs whose two names are written in those two scripts.

const SCRIPTS: [string, RegExp][] = [
  ['Thai', /\p{Script=Thai}/u],
  ['Burmese', /\p{Script=Myanmar}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Chinese', /\p{Script=Han}/u],
];
export const scriptOf = (name: string): string => SCRIPTS.find(([, re]) => re.test(name))?.[0] ?? 'Latin';

export interface Counts {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

export const f1Of = (c: Counts) => {
  const precision = c.correctPairs / (c.predictedPairs || 1);
  const recall = c.correctPairs / (c.truePairs || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const r = (x: number) => Math.round(x * 10_000) / 10_000;
  return { precision: r(precision), recall: r(recall), f1: r(f1), ...c };
};

/** Pairs within a bag of records, per script pair: the bag's script counts taken two at a time. */
function pairsByScript(bag: Map<string, number>, into: Map<string, number>) {
  const scripts = [...bag.keys()].sort();
  for (let x = 0; x < scripts.length; x++) {
    const sx = scripts[x] as string;
    const nx = bag.get(sx) ?? 0;
    into.set(`${sx}–${sx}`, (into.get(`${sx}–${sx}`) ?? 0) + (nx * (nx - 1)) / 2);
    for (let y = x + 1; y < scripts.length; y++) {
      const sy = scripts[y] as string;
      const key = `${sx}–${sy}`;
      into.set(key, (into.get(key) ?? 0) + nx * (bag.get(sy) ?? 0));
    }
  }
}

function bags(records: TruthRecord[], keyOf: (r: TruthRecord, i: number) => string) {
  const out = new Map<string, Map<string, number>>();
  records.forEach((r, i) => {
    const k = keyOf(r, i);
    let bag = out.get(k);
    if (!bag) {
      bag = new Map();
      out.set(k, bag);
    }
    const s = scriptOf(r.name);
    bag.set(s, (bag.get(s) ?? 0) + 1);
  });
  return out;
}

const sumPairs = (groups: Map<string, Map<string, number>>) => {
  const out = new Map<string, number>();
  for (const bag of groups.values()) pairsByScript(bag, out);
  return out;
};

/** Overall and per-script-pair counts for a grouping (`groupOf[i]`: record i's group). */
export function pairwise(records: TruthRecord[], groupOf: ArrayLike<number>) {
  const truth = sumPairs(bags(records, (r) => r.person));
  const predicted = sumPairs(bags(records, (_, i) => String(groupOf[i])));
  const correct = sumPairs(bags(records, (r, i) => `${groupOf[i]}|${r.person}`));
  const keys = new Set([...truth.keys(), ...predicted.keys()]);
  const perScript: Record<string, ReturnType<typeof f1Of>> = {};
  const all: Counts = { truePairs: 0, predictedPairs: 0, correctPairs: 0 };
  for (const k of [...keys].sort()) {
    const c = {
      truePairs: truth.get(k) ?? 0,
      predictedPairs: predicted.get(k) ?? 0,
      correctPairs: correct.get(k) ?? 0,
    };
    all.truePairs += c.truePairs;
    all.predictedPairs += c.predictedPairs;
    all.correctPairs += c.correctPairs;
    if (c.truePairs + c.predictedPairs > 0) perScript[k] = f1Of(c);
  }
  return { overall: f1Of(all), perScript };
}

/** Values two records could agree on besides the name: a birth date, a phone, a document, an account, a site. */
function identifiers(r: TruthRecord): string[] {
  const out: string[] = [];
  const dob = parseBirthDate(r.birth_date ?? '');
  if (dob && dob.packed % 10_000 !== 0) out.push(`d:${dob.packed}`);
  if (r.phone) out.push(`p:${r.phone.replace(/\D/g, '')}`);
  if (r.document) out.push(`n:${r.document.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase()}`);
  if (r.account) out.push(`a:${r.account.toUpperCase()}`);
  if (r.site_id) out.push(`s:${r.site_id}`);
  return out;
}

/** The year of a record's birth date, and whether the record holds the year alone. */
function yearOf(r: TruthRecord): { year: number; alone: boolean } | null {
  const dob = parseBirthDate(r.birth_date ?? '');
  return dob ? { year: Math.floor(dob.packed / 10_000), alone: dob.packed % 10_000 === 0 } : null;
}

/** Whether two records agree on anything besides the name: an identifier, or a year of birth one holds alone. */
function shareSomething(a: TruthRecord, b: TruthRecord): boolean {
  const ids = new Set(identifiers(a));
  if (identifiers(b).some((v) => ids.has(v))) return true;
  const ya = yearOf(a);
  const yb = yearOf(b);
  return !!ya && !!yb && (ya.alone || yb.alone) && ya.year === yb.year;
}

/**
 * Merges of different people on a shared name, counted as distinct pairs of people put in one group whose true
 * persons differ and two of whose records bear identical full name keys; "common" ones are those whose name key
 * is held by records of at least `common` different people in the input.
 * - `nameOnlyMerges`, `commonNameOnlyMerges` (the "two different people who share a common full name and
 *   nothing else"): no record of one person in the group agrees with any record of the other on anything besides
 *   the name (birth date, a year held alone, phone, document, account, site).
 * - `recordNameOnlyMerges`, `commonRecordNameOnlyMerges` (stricter): the two records bearing the name agree on
 *   nothing else, whatever the people's other records in the group share (namesakes born the same day count).
 */
export function nameOnlyMerges(records: TruthRecord[], groupOf: ArrayLike<number>, common = 3) {
  const keys = records.map((r) => nameKey(r.name));
  const peopleOfKey = new Map<string, Set<string>>();
  records.forEach((r, i) => {
    const k = keys[i] as string;
    if (!peopleOfKey.has(k)) peopleOfKey.set(k, new Set());
    peopleOfKey.get(k)?.add(r.person);
  });
  const byGroup = new Map<number, number[]>();
  for (let i = 0; i < records.length; i++) {
    const g = groupOf[i] as number;
    const list = byGroup.get(g);
    if (list) list.push(i);
    else byGroup.set(g, [i]);
  }
  const sets = {
    people: new Set<string>(),
    commonPeople: new Set<string>(),
    records: new Set<string>(),
    commonRecords: new Set<string>(),
  };
  const examples: string[] = [];
  for (const members of byGroup.values()) {
    if (members.length < 2) continue;
    const byPerson = new Map<string, TruthRecord[]>();
    for (const i of members) {
      const r = records[i] as TruthRecord;
      byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), r]);
    }
    if (byPerson.size < 2) continue;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = records[members[x] as number] as TruthRecord;
        const b = records[members[y] as number] as TruthRecord;
        if (a.person === b.person) continue;
        const ka = keys[members[x] as number] as string;
        if (ka === '' || ka !== keys[members[y] as number]) continue;
        const isCommon = (peopleOfKey.get(ka)?.size ?? 0) >= common;
        const pair = [a.person, b.person].sort().join('|');
        if (!shareSomething(a, b)) {
          sets.records.add(pair);
          if (isCommon) sets.commonRecords.add(pair);
        }
        const ofA = byPerson.get(a.person) ?? [];
        const ofB = byPerson.get(b.person) ?? [];
        if (ofA.some((ra) => ofB.some((rb) => shareSomething(ra, rb)))) continue;
        sets.people.add(pair);
        if (isCommon) {
          if (!sets.commonPeople.has(pair) && examples.length < 5)
            examples.push(`${a.source}:${a.name} / ${b.source}:${b.name}`);
          sets.commonPeople.add(pair);
        }
      }
  }
  return {
    nameOnlyMerges: sets.people.size,
    commonNameOnlyMerges: sets.commonPeople.size,
    recordNameOnlyMerges: sets.records.size,
    commonRecordNameOnlyMerges: sets.commonRecords.size,
    examples,
  };
}
