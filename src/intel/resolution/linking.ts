import type { Clusters } from './cluster.ts';
import { COMPARISONS, comparePair, LEVEL_SLOTS, levelOf } from './comparisons.ts';
import { DOCUMENTS_OF_ONE_KIND_APART, documentsOfOneKind, documentsTellApart } from './document-kinds.ts';
import { logit2, type Model } from './model.ts';
import { Namesakes, PartFrequencies, unambiguousKeys } from './name-alone.ts';
import type { PairTable } from './pairs.ts';
import type { ResolverOptions } from './resolver-options.ts';
import type { RecordStore } from './store.ts';

/** Fields a person does not change: a strong disagreement on one of them alone forbids joining (names may be aliases). */
const HARD_FIELDS = ['birthDate', 'sex'].map((f) => COMPARISONS.findIndex((c) => c.field === f));
const NAME_FIELD = COMPARISONS.findIndex((c) => c.field === 'name');
/** Records from which names' frequencies are measured (fewer say too little of how common a name is). */
export const NAME_FREQUENCY_FROM = 1000;
/**
 * What is asked besides the name when names' frequencies cannot be measured: log2 odds of 8 to 1 — a date of
 * birth, a phone, a document or an account, not nationality and sex alone.
 */
export const FIXED_CORROBORATION = 3;

/**
 * Fields a name already speaks for: names are drawn from a nationality's names and most given names are a
 * man's or a woman's, so two records of one name agree on these about as often whether or not they are one
 * person. Their agreement does not corroborate a name (their disagreement still counts against).
 */
const IMPLIED_BY_NAME = ['nationality', 'sex'].map((f) => COMPARISONS.findIndex((c) => c.field === f));

/**
 * A pair's evidence besides its name (log2 Bayes factor), agreement on what the name implies left out. Summed
 * field by field, not the whole evidence less the name's: a pair with nothing besides its name must come to 0
 * exactly (the difference came to −4e-16 for some, which refused them every rare name).
 */
export function besidesName(scores: PairScores, pattern: number): number {
  let rest = 0;
  for (let c = 0; c < COMPARISONS.length; c++) {
    if (c === NAME_FIELD) continue;
    const bf = scores.bf[c * LEVEL_SLOTS + levelOf(pattern, c)] as number;
    rest += IMPLIED_BY_NAME.includes(c) ? Math.min(bf, 0) : bf;
  }
  return rest;
}

/** An analyst's decision on two records (by index): the same person or not. */
export interface IndexDecision {
  a: number;
  b: number;
  same: boolean;
}

/**
 * What linking reads of the resolver's scoring: the current model (it changes once m is estimated), its Bayes
 * factors and a pattern's evidence, a pair's weight and its term-frequency adjustment.
 */
export interface PairScores {
  readonly model: Model;
  readonly bf: Float64Array;
  readonly scratch: Float64Array;
  evidence(pattern: number): number;
  tfOf(pattern: number, counts: Float64Array): number;
  weightOf(k: number): number;
}

/**
 * Clustering of scored pairs: links pairs above the threshold, strongest first, each merge checked by the
 * chaining guard, and keeps analysts' must-links and cannot-links for every later batch.
 */
export class Linker {
  readonly mustLink = new Map<number, Set<number>>();
  readonly cannotLink = new Map<number, Set<number>>();
  /** Merges the chaining guard refused so far. */
  refused = 0;
  /**
   * Whether documents of one kind with other numbers keep records apart: yes until the matches show one person's
   * records holding such documents often (document-kinds.ts).
   */
  documentsTellApart = true;

  private readonly store: RecordStore;
  private readonly pairs: PairTable;
  private readonly clusters: Clusters;
  private readonly options: ResolverOptions;
  private readonly scores: PairScores;
  /** Name parts' frequencies per nationality, brought up to date with the records before each use. */
  private readonly frequencies: PartFrequencies;

  constructor(
    store: RecordStore,
    pairs: PairTable,
    clusters: Clusters,
    options: ResolverOptions,
    scores: PairScores,
  ) {
    this.store = store;
    this.pairs = pairs;
    this.clusters = clusters;
    this.options = options;
    this.scores = scores;
    this.frequencies = new PartFrequencies(store);
  }

  constrain(d: IndexDecision): void {
    const m = d.same ? this.mustLink : this.cannotLink;
    if (!m.has(d.a)) m.set(d.a, new Set());
    if (!m.has(d.b)) m.set(d.b, new Set());
    m.get(d.a)?.add(d.b);
    m.get(d.b)?.add(d.a);
    if (d.same) {
      const ra = this.clusters.find(d.a);
      const rb = this.clusters.find(d.b);
      if (ra !== rb && !this.conflicts(ra, rb, true)) this.clusters.union(ra, rb);
    }
  }

  /** Links pairs from `firstPair` on, strongest first, each merge checked by the chaining guard. */
  clusterEdges(firstPair: number, onMerge?: (into: number, from: number) => void, only?: Set<number>): void {
    const cut = logit2(this.scores.model.threshold);
    const needed = this.corroborationOf();
    const corroborated = (k: number) => {
      if (needed === undefined) return true;
      const pattern = this.pairs.pattern.get(k);
      return besidesName(this.scores, pattern) >= needed(this.pairs.a.get(k), this.pairs.b.get(k));
    };
    const picked: number[] = [];
    const weights = new Float64Array(this.pairs.length - firstPair);
    for (let k = firstPair; k < this.pairs.length; k++) {
      const w = this.scores.weightOf(k);
      weights[k - firstPair] = w;
      if (
        w >= cut &&
        (!only || (only.has(this.pairs.a.get(k)) && only.has(this.pairs.b.get(k)))) &&
        corroborated(k)
      )
        picked.push(k);
    }
    // Measured on the batch's matches; a batch with too few to tell keeps what the last one showed.
    this.documentsTellApart = documentsTellApart(this.store, this.pairs, picked) ?? this.documentsTellApart;
    const order = Int32Array.from(picked);
    order.sort((x, y) => (weights[y - firstPair] as number) - (weights[x - firstPair] as number));
    for (const k of order) {
      const ra = this.clusters.find(this.pairs.a.get(k));
      const rb = this.clusters.find(this.pairs.b.get(k));
      if (ra === rb) continue;
      if (this.conflicts(ra, rb, false)) {
        this.refused++;
        continue;
      }
      const fa = this.clusters.first.get(ra) <= this.clusters.first.get(rb) ? ra : rb;
      const other = fa === ra ? rb : ra;
      const root = this.clusters.union(ra, rb);
      onMerge?.(root, other);
    }
    // A name's rarity is measured on the records: too few say too little of it.
    if (needed !== undefined && this.options.rareNames && this.store.size >= NAME_FREQUENCY_FROM)
      this.linkRareNames(firstPair, onMerge, only);
  }

  /** The evidence besides the name a pair of records must have (log2 Bayes factor), or undefined for none. */
  private corroborationOf(): ((a: number, b: number) => number) | undefined {
    const c = this.options.corroboration;
    if (c === undefined) return undefined;
    if (typeof c === 'number') return () => c;
    if (this.store.size < NAME_FREQUENCY_FROM) return () => FIXED_CORROBORATION;
    const t = this.scores.model.threshold;
    const odds = t / (1 - t);
    const freq = this.frequencies.update();
    // Two records drawn at random are one person's with probability prior ≈ (k − 1) / n, k records a person.
    const peoplePerRecord = 1 / (1 + this.scores.model.prior * this.store.size);
    // Other people expected to bear either record's name: the record itself left out of the counts (a name
    // seen only in the pair's records is not made common by the person's own record), the other kept (were
    // they two people, it would be a second bearer).
    const byRecord = new Map<number, number>();
    const of = (i: number) => {
      let e = byRecord.get(i);
      if (e === undefined) {
        // The records bearing the whole name, its letters run together (a name written apart, Huang Xiu Lan, or
        // with a slip, Suksaat, has parts of its own that make it look rare beside Huang Xiulan or Suksawat),
        // as people: the model's prior says how many records a person has.
        const named = (this.store.joinedKeys.countOf(this.store.joined.get(i)) - 1) * peoplePerRecord;
        e = Math.max(freq.bearers(i, [i]), named);
        byRecord.set(i, e);
      }
      return e;
    };
    return (a, b) => Math.log2(Math.max(of(a), of(b)) * odds);
  }

  /**
   * The second pass: pairs that share a rare, unambiguous full name and have nothing else for or against them
   * (a subscriber and an account holder, say), strongest name first, each through the chaining guard.
   */
  private linkRareNames(
    firstPair: number,
    onMerge?: (into: number, from: number) => void,
    only?: Set<number>,
  ): void {
    // Two records bearing a name are one person with probability about 1 / (1 + E), E the people besides one
    // expected to bear it: the threshold t allows E ≤ (1 − t) / t. Names' frequencies are counted over records;
    // the people who bear them are fewer (a person is recorded two or three times), and the clusters found so
    // far count them from above.
    const t = this.scores.model.threshold;
    const allowed = (1 - t) / t;
    const perRecord = this.clusters.roots() / Math.max(this.store.size, 1);
    const candidates: { k: number; others: number }[] = [];
    const keys = new Set<number>();
    for (let k = firstPair; k < this.pairs.length; k++) {
      const p = this.pairs.pattern.get(k);
      const level = levelOf(p, NAME_FIELD);
      if (level !== 1 && level !== 2) continue;
      const a = this.pairs.a.get(k);
      const b = this.pairs.b.get(k);
      if (only && !(only.has(a) && only.has(b))) continue;
      const ra = this.clusters.find(a);
      const rb = this.clusters.find(b);
      if (ra === rb) continue;
      if (besidesName(this.scores, p) < 0) continue;
      const key = this.store.nameKey.get(a);
      const own: number[] = [];
      for (const r of [ra, rb])
        for (const x of this.clusters.members(r)) if (this.store.nameKey.get(x) === key) own.push(x);
      const parts = this.frequencies.update().bearers(a, own);
      const others =
        Math.max(parts, this.writtenOtherwise(a, ra, rb), this.writtenOtherwise(b, ra, rb)) * perRecord;
      if (others > allowed) continue;
      candidates.push({ k, others });
      keys.add(key);
    }
    if (candidates.length === 0) return;
    const clear = unambiguousKeys(this.store, this.clusters, keys);
    const namesakes = new Namesakes(
      this.pairs,
      NAME_FIELD,
      candidates.map((c) => c.k),
    );
    const against = (x: number, y: number) =>
      besidesName(this.scores, comparePair(this.store, x, y, this.scores.scratch)) < 0;
    candidates.sort((x, y) => x.others - y.others);
    for (const { k } of candidates) {
      const a = this.pairs.a.get(k);
      const b = this.pairs.b.get(k);
      if (!clear.has(this.store.nameKey.get(a))) continue;
      const ra = this.clusters.find(a);
      const rb = this.clusters.find(b);
      if (ra === rb) continue;
      if (namesakes.seen(a, b, ra, rb, this.clusters, against)) continue;
      if (this.conflicts(ra, rb, false)) {
        this.refused++;
        continue;
      }
      const fa = this.clusters.first.get(ra) <= this.clusters.first.get(rb) ? ra : rb;
      const root = this.clusters.union(ra, rb);
      onMerge?.(root, fa === ra ? rb : ra);
    }
  }

  /**
   * Records of other identities than clusters ra and rb with record i's letters run together but cut into other
   * parts: a name whose syllables are written apart (Huang Xiu Lan, Kimm Srey Leak) has parts of its own that
   * make it look rare, while the name written together (Huang Xiulan) is common. The clusters' own records
   * written otherwise are one person's (Kyaw Ye Yan, Kyawyeyan).
   */
  private writtenOtherwise(i: number, ra: number, rb: number): number {
    const s = this.store;
    const j = s.joined.get(i);
    const key = s.nameKey.get(i);
    let own = 0;
    for (const r of ra === rb ? [ra] : [ra, rb])
      for (const x of this.clusters.members(r))
        if (s.nameKey.get(x) !== key && (s.joined.get(x) === j || s.joinedSorted.get(x) === j)) own++;
    return Math.max(s.joinedKeys.countOf(j) - s.nameKeys.countOf(key) - own, 0);
  }

  /**
   * The chaining guard: two clusters may not merge when any record of one has a cannot-link with, or strong
   * evidence against, any record of the other (A≈B and B≈C do not make A≈C when A and C disagree).
   */
  conflicts(ra: number, rb: number, forced: boolean): boolean {
    const sa = this.clusters.size.get(ra);
    const sb = this.clusters.size.get(rb);
    const checkEvidence = !forced && (sa > 1 || sb > 1);
    if (checkEvidence && sa * sb > (this.options.maxGuardChecks ?? 40_000)) return true;
    const B = this.clusters.membersOf(rb);
    for (const x of this.clusters.members(ra)) {
      const cl = this.cannotLink.get(x);
      for (const y of B) {
        if (cl?.has(y)) return true;
        if (forced || this.mustLink.get(x)?.has(y)) continue;
        // Documents of one kind with other numbers (two identity cards): a person holds one at a time, so no
        // cluster may hold both whatever the rest says, where the records bear that out (documentsTellApart).
        if (this.documentsTellApart && documentsOfOneKind(this.store, x, y) === DOCUMENTS_OF_ONE_KIND_APART)
          return true;
        if (checkEvidence) {
          const p = comparePair(this.store, x, y, this.scores.scratch);
          if (
            this.scores.evidence(p) + this.scores.tfOf(p, this.scores.scratch) <
            this.scores.model.conflictWeight
          )
            return true;
          for (const c of HARD_FIELDS)
            if (
              (this.scores.bf[c * LEVEL_SLOTS + levelOf(p, c)] as number) <
              this.scores.model.fieldConflictWeight
            )
              return true;
        }
      }
    }
    return false;
  }

  recluster(touched: Set<number>, decisions: IndexDecision[]): void {
    this.clusters.reset([...touched]);
    // Every constraint among these records, old and new.
    for (const d of decisions) this.constrain(d);
    for (const x of touched)
      for (const y of this.mustLink.get(x) ?? [])
        if (touched.has(y)) {
          const rx = this.clusters.find(x);
          const ry = this.clusters.find(y);
          if (rx !== ry && !this.conflicts(rx, ry, true)) this.clusters.union(rx, ry);
        }
    this.clusterEdges(0, undefined, touched);
  }
}
