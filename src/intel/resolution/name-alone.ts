import type { Clusters } from './cluster.ts';
import { levelOf } from './comparisons.ts';
import type { PairTable } from './pairs.ts';
import { PartNeighbours } from './part-neighbours.ts';
import type { RecordStore } from './store.ts';

/**
 * Name keys that name one identity only in every source: within each source (subscribers, account holders,
 * travellers… — where a person's records are already held together by their phone, account or document), every
 * record bearing the key is in one cluster. A name two identities of one source bear (two accounts, two
 * travellers with other birth dates and documents) is ambiguous: it may not join records on its own. Only the
 * keys asked about are counted.
 */
export function unambiguousKeys(store: RecordStore, clusters: Clusters, keys: Set<number>): Set<number> {
  // key → source → the one cluster seen, or -1 once a second is seen.
  const seen = new Map<number, Map<number, number>>();
  for (let i = 0; i < store.size; i++) {
    const k = store.nameKey.get(i);
    if (!keys.has(k)) continue;
    let bySource = seen.get(k);
    if (!bySource) {
      bySource = new Map();
      seen.set(k, bySource);
    }
    const src = store.source.get(i);
    const root = clusters.find(i);
    const held = bySource.get(src);
    if (held === undefined) bySource.set(src, root);
    else if (held !== root) bySource.set(src, -1);
  }
  const out = new Set<number>();
  for (const [k, bySource] of seen) if (![...bySource.values()].includes(-1)) out.add(k);
  return out;
}

/** How much more common than a part a part one edit from it must be for the first to be taken as its slip. */
const SLIP_RATIO = 5;

/**
 * Name parts counted per nationality (records of unknown nationality in a group of their own): names are not
 * made of independent parts across a region — Kem and Vannu are both Khmer, and a Khmer name is drawn from
 * Khmer parts — so a name's commonness is estimated within each group and summed (a mixture of groups whose
 * parts are independent). Taken over all records at once, a name of a small group's common parts looks
 * several times rarer than it is, and namesakes are merged.
 */
export class PartFrequencies {
  /** group → part id → records of that group holding it. */
  private readonly counts = new Map<number, Map<number, number>>();
  private readonly sizes = new Map<number, number>();
  private counted = 0;
  private readonly store: RecordStore;
  private readonly neighbours: PartNeighbours;
  /** group → part id → records of that group holding it or a part one edit from it (until the next update). */
  private readonly near = new Map<number, Map<number, number>>();

  constructor(store: RecordStore) {
    this.store = store;
    this.neighbours = new PartNeighbours(store.parts);
  }

  /** Counts the records added since the last call. */
  update(): this {
    const s = this.store;
    const col = s.nameParts;
    for (let i = this.counted; i < s.size; i++) {
      const g = s.nationality.get(i);
      this.sizes.set(g, (this.sizes.get(g) ?? 0) + 1);
      let m = this.counts.get(g);
      if (!m) {
        m = new Map();
        this.counts.set(g, m);
      }
      for (let x = col.from(i); x < col.to(i); x++) {
        const p = col.values.get(x);
        m.set(p, (m.get(p) ?? 0) + 1);
      }
    }
    if (this.counted !== s.size) this.near.clear();
    this.counted = s.size;
    return this;
  }

  /** Records of group g holding part p or a part one edit from it (a slip of it, or it a slip of the other). */
  private countNear(g: number, m: Map<number, number>, p: number): number {
    let memo = this.near.get(g);
    if (!memo) {
      memo = new Map();
      this.near.set(g, memo);
    }
    let c = memo.get(p);
    if (c === undefined) {
      c = m.get(p) ?? 0;
      // A slip is rare beside the part it misspells; two names one edit apart that are both in use are two names.
      const own = this.store.parts.countOf(p);
      for (const q of this.neighbours.of(p))
        if (q !== p && this.store.parts.countOf(q) >= SLIP_RATIO * own) c += m.get(q) ?? 0;
      memo.set(p, c);
    }
    return c;
  }

  /**
   * People expected to bear record i's full name among as many people as there are records: per group, its
   * size times the product of its parts' frequencies in the group, summed over groups. `own` (records of the
   * identity in question) are left out of the counts, and one added to each (a part seen only in the identity's
   * own records is still possible for someone else).
   */
  bearers(i: number, own: readonly number[] = []): number {
    const s = this.store;
    const col = s.nameParts;
    let total = 0;
    for (const [g, m] of this.counts) {
      const n = this.sizes.get(g) as number;
      let mine = 0;
      for (const r of own) if (s.nationality.get(r) === g) mine++;
      let share = 1;
      for (let x = col.from(i); x < col.to(i) && share > 0; x++) {
        const c = this.countNear(g, m, col.values.get(x));
        share *= own.length > 0 ? (Math.max(c - mine, 0) + 1 / this.sizes.size) / n : c / n;
      }
      total += n * share;
    }
    return total;
  }
}

/** Name levels at which two records may bear one name as written differently (same spelling … parts very similar). */
const NAMESAKE_LEVELS = 4;
/** Records like a name past which the name is taken as common without looking further. */
const MAX_NAMESAKES = 50;

/**
 * The records whose names are like each candidate record's name (a pair scored at a close name level): a name's
 * estimated rarity is a product of its parts' frequencies, and a name whose syllables are written apart (Zi Xuan
 * Chen) looks far rarer than it is. A namesake seen in the records outweighs the estimate.
 */
export class Namesakes {
  private readonly near = new Map<number, number[]>();

  constructor(pairs: PairTable, nameField: number, candidatePairs: readonly number[]) {
    for (const k of candidatePairs) {
      this.near.set(pairs.a.get(k), []);
      this.near.set(pairs.b.get(k), []);
    }
    for (let k = 0; k < pairs.length; k++) {
      const level = levelOf(pairs.pattern.get(k), nameField);
      if (level < 1 || level > NAMESAKE_LEVELS) continue;
      const a = pairs.a.get(k);
      const b = pairs.b.get(k);
      this.near.get(a)?.push(b);
      this.near.get(b)?.push(a);
    }
  }

  /**
   * Whether two identities are known to bear a's or b's name: among the records like either name in neither
   * cluster, one with evidence against a record of either (another birth date, phone, document), or two of other
   * clusters with evidence against each other. The name is then borne by two people at least, and the two
   * records cannot be joined on it alone. Past `MAX_NAMESAKES` such records the name is taken as common.
   */
  seen(
    a: number,
    b: number,
    ra: number,
    rb: number,
    clusters: Clusters,
    against: (x: number, y: number) => boolean,
  ): boolean {
    const others = new Set<number>();
    for (const x of [a, b])
      for (const c of this.near.get(x) ?? []) {
        const rc = clusters.find(c);
        if (rc !== ra && rc !== rb) others.add(c);
      }
    if (others.size === 0) return false;
    if (others.size > MAX_NAMESAKES) return true;
    const mine = [...clusters.members(ra), ...clusters.members(rb)];
    const list = [...others];
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as number;
      for (const y of mine) if (against(c, y)) return true;
      const rc = clusters.find(c);
      for (let j = i + 1; j < list.length; j++) {
        const d = list[j] as number;
        if (clusters.find(d) !== rc && against(c, d)) return true;
      }
    }
    return false;
  }
}
