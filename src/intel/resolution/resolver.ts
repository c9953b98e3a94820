import { BLOCKING_RULES, type BlockCount, Blocker, type BlockingRule, ruleByName } from './blocking.ts';
import { Clusters } from './cluster.ts';
import { COMPARISONS, comparePair, levelOf } from './comparisons.ts';
import { emRun, estimateLambda, estimateU, type PatternCounts } from './estimate.ts';
import {
  bayesFactors,
  defaultModel,
  logit2,
  type Model,
  patternEvidence,
  probabilityOf,
  tfAdjustment,
} from './model.ts';
import { expectedBearers, otherBearers, unambiguousKeys } from './name-alone.ts';
import { PairTable } from './pairs.ts';
import { addInParallel, PARALLEL_FROM } from './parallel.ts';
import { RecordStore } from './store.ts';
import { type Decision, type PersonRecord, ResolutionInputError, type ScoredPair } from './types.ts';

export interface ResolverOptions {
  /** Only compare records of different sources (linking files) rather than deduplicating. */
  link?: boolean;
  /** Blocking rules by name (default: all). */
  rules?: readonly string[];
  /** Blocks with more records than this are not compared (reported by `blockCounts`). Default 1000. */
  maxBlock?: number;
  /** Random pairs drawn to estimate u. Default 300,000. */
  uSamples?: number;
  /** Overrides the model's clustering threshold (a probability). */
  threshold?: number;
  /** A merge that would join more than this many cross pairs to check is refused (sent to review). */
  maxGuardChecks?: number;
  /**
   * A pair links records only when fields other than the name give at least this log2 Bayes factor for it (a
   * date of birth, a phone, a document…). A number is a fixed requirement. `'name-frequency'` asks as much as the
   * name's commonness calls for: two records bearing a name that E other people can be expected to bear are the
   * same person with odds 1 : E on the name alone, so the rest must bring log2(E · t / (1 − t)) for the
   * threshold t — nothing more for a name no one else bears, a great deal for Nguyen Van Nam among millions.
   * E is measured on the records themselves (`expectedBearers`); below `NAME_FREQUENCY_FROM` records names'
   * frequencies cannot be measured and `FIXED_CORROBORATION` is asked instead. Off when not given.
   */
  corroboration?: number | 'name-frequency';
  /**
   * With `corroboration`: a pair that has only its name (the same name key, nothing against it) still links when
   * the name is rare and unambiguous (`name-alone.ts`): so few people can be expected to bear it that the two
   * records are the same person with at least the model's threshold probability, and in every source one
   * identity alone bears it. A common name, or one two identities of a source bear, never joins records on its
   * own. Needs enough records to measure how common names are; off when not given.
   */
  rareNames?: boolean;
  /**
   * Prepare records on two threads (a worker finds names' forms and phones' readings with this thread) when
   * there are PARALLEL_FROM or more. Default true; the results are the same either way.
   */
  parallel?: boolean;
}

/** A record's cluster: named by its earliest record's id. */
export interface Membership {
  recordId: string;
  cluster: string;
}

export interface BatchResult {
  /** New records with their clusters. */
  memberships: Membership[];
  /** Clusters that absorbed another (`from` no longer exists). */
  merged: { into: string; from: string }[];
  pairsScored: number;
  /** Merges the chaining guard refused: pairs above the threshold left to review. */
  refused: number;
  millis: number;
}

export interface ReviewItem extends ScoredPair {
  /** How much a decision changes the picture: uncertainty × records whose cluster it decides. */
  impact: number;
  sameCluster: boolean;
}

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
const TF_FIELDS = COMPARISONS.map((c, k) => ({ k, levels: new Set(c.tfLevels) })).filter(
  (x) => x.levels.size > 0,
);

/**
 * Entity resolution over person records: prepares them, blocks, scores pairs with a Fellegi–Sunter model
 * (trained without labels when none is given), and clusters them with a guard against chaining. The records are
 * never changed; clusters only group them. Later batches are resolved against what is already resolved.
 */
export class Resolver {
  readonly store = new RecordStore();
  readonly pairs = new PairTable();
  readonly clusters = new Clusters();
  readonly blocker: Blocker;
  readonly rules: readonly BlockingRule[];
  model: Model;
  blockCounts: BlockCount[] = [];
  readonly timings: Record<string, number> = {};
  private bf: Float64Array;
  private evidenceCache = new Map<number, number>();
  private readonly mustLink = new Map<number, Set<number>>();
  private readonly cannotLink = new Map<number, Set<number>>();
  private readonly tfScratch = new Float64Array(COMPARISONS.length);
  private refused = 0;

  readonly options: ResolverOptions;

  private constructor(model: Model, options: ResolverOptions) {
    this.options = options;
    this.model = structuredClone(model);
    if (options.threshold !== undefined) this.model.threshold = options.threshold;
    this.bf = bayesFactors(this.model);
    this.rules = options.rules ? options.rules.map(ruleByName) : BLOCKING_RULES;
    this.blocker = new Blocker(this.store, this.rules, options.maxBlock ?? 1000, options.link ?? false);
  }

  /**
   * Resolves a set of records from nothing. Without a model one is estimated from the records themselves (u from
   * random pairs, m by EM); analysts' decisions both constrain the clusters and inform the estimate.
   */
  static resolve(
    records: Iterable<PersonRecord>,
    options: ResolverOptions & { model?: Model; decisions?: readonly Decision[] } = {},
  ): Resolver {
    const r = new Resolver(options.model ?? defaultModel(), options);
    r.time('prepare', () => {
      const list = Array.isArray(records) ? (records as readonly PersonRecord[]) : [...records];
      r.time('prepare: records', () => {
        if (list.length >= PARALLEL_FROM && options.parallel !== false)
          addInParallel(r.store, list, (k) => `record ${k + 1}`);
        else
          list.forEach((rec, k) => {
            r.store.add(rec, `record ${k + 1}`);
          });
      });
      r.time('prepare: block keys', () => r.blocker.fileNew());
      r.time('prepare: block index', () => r.blocker.build());
    });
    r.blockCounts = r.time('count', () => r.blocker.count());
    const decisions = r.decisionIndexes(options.decisions ?? []);
    if (!options.model)
      r.time('estimate u', () =>
        estimateU(r.model, r.store, options.uSamples ?? 300_000, options.link ?? false),
      );
    r.time('compare', () => r.blocker.allPairs((i, j, rule) => r.score(i, j, rule)));
    if (!options.model) r.time('estimate m', () => r.train(decisions));
    r.setModel(r.model);
    r.time('cluster', () => {
      r.clusters.grow(r.store.size);
      for (const d of decisions) r.constrain(d);
      r.clusterEdges(0);
    });
    return r;
  }

  /** Resolves new records against everything resolved so far, without a full rerun. */
  add(records: Iterable<PersonRecord>): BatchResult {
    const t0 = performance.now();
    const batch = [...records];
    // A batch goes in whole or not at all: every record is checked before any is added.
    const seen = new Set<string>();
    batch.forEach((rec, k) => {
      this.store.check(rec, `record ${k + 1} of the batch`);
      const id = String(rec.id).trim();
      if (seen.has(id))
        throw new ResolutionInputError(
          `record ${k + 1} of the batch: the record id is used twice (ids must be unique)`,
        );
      seen.add(id);
    });
    const from = this.store.size;
    for (const [k, rec] of batch.entries()) this.store.add(rec, `record ${k + 1} of the batch`);
    this.blocker.fileNew();
    const firstPair = this.pairs.length;
    this.blocker.newPairs(from, (i, j, rule) => this.score(i, j, rule));
    this.clusters.grow(this.store.size);
    const refusedBefore = this.refused;
    const merged: BatchResult['merged'] = [];
    this.clusterEdges(firstPair, (into, fromRoot) => {
      merged.push({ into: this.clusterName(into), from: this.clusterName(fromRoot) });
    });
    // Keep the blocks' side index small: fold it into the sorted one when it grows past a tenth.
    if (this.store.size - this.blocker.indexedRecords > this.blocker.indexedRecords / 10)
      this.blocker.build();
    const memberships: Membership[] = [];
    for (let i = from; i < this.store.size; i++)
      memberships.push({
        recordId: this.store.ids[i] as string,
        cluster: this.clusterName(this.clusters.find(i)),
      });
    return {
      memberships,
      merged: merged.filter((m) => m.into !== m.from),
      pairsScored: this.pairs.length - firstPair,
      refused: this.refused - refusedBefore,
      millis: performance.now() - t0,
    };
  }

  /**
   * Analysts' decisions: a confirmed pair is a must-link, a rejected one a cannot-link, both kept for every later
   * batch. The clusters they touch are rebuilt from their pairs; returns the records whose cluster changed.
   */
  decide(decisions: readonly Decision[]): Membership[] {
    const idx = this.decisionIndexes(decisions);
    const touched = new Set<number>();
    for (const d of idx) {
      for (const x of this.clusters.members(this.clusters.find(d.a))) touched.add(x);
      for (const x of this.clusters.members(this.clusters.find(d.b))) touched.add(x);
    }
    // Reversing a decision: the opposite constraint on the same pair is dropped first.
    for (const d of idx) {
      (d.same ? this.cannotLink : this.mustLink).get(d.a)?.delete(d.b);
      (d.same ? this.cannotLink : this.mustLink).get(d.b)?.delete(d.a);
    }
    const before = new Map([...touched].map((i) => [i, this.clusterName(this.clusters.find(i))]));
    this.recluster(touched, idx);
    const out: Membership[] = [];
    for (const [i, name] of before) {
      const now = this.clusterName(this.clusters.find(i));
      if (now !== name) out.push({ recordId: this.store.ids[i] as string, cluster: now });
    }
    return out;
  }

  /** Withdraws decisions (an analyst's undo): the pairs go back to what the model says. */
  withdraw(pairs: readonly { a: string; b: string }[]): Membership[] {
    const touched = new Set<number>();
    for (const p of pairs) {
      const a = this.indexOf(p.a, 'a');
      const b = this.indexOf(p.b, 'b');
      for (const m of [this.mustLink, this.cannotLink]) {
        m.get(a)?.delete(b);
        m.get(b)?.delete(a);
      }
      for (const x of this.clusters.members(this.clusters.find(a))) touched.add(x);
      for (const x of this.clusters.members(this.clusters.find(b))) touched.add(x);
    }
    const before = new Map([...touched].map((i) => [i, this.clusterName(this.clusters.find(i))]));
    // Records that only the decision held together may now rejoin others: their pairs decide again.
    this.recluster(touched, []);
    const out: Membership[] = [];
    for (const [i, name] of before) {
      const now = this.clusterName(this.clusters.find(i));
      if (now !== name) out.push({ recordId: this.store.ids[i] as string, cluster: now });
    }
    return out;
  }

  /** Every record with its cluster, in the order the records were given. */
  memberships(): Membership[] {
    const out: Membership[] = new Array(this.store.size);
    for (let i = 0; i < this.store.size; i++)
      out[i] = { recordId: this.store.ids[i] as string, cluster: this.clusterName(this.clusters.find(i)) };
    return out;
  }

  clusterOf(recordId: string): string {
    return this.clusterName(this.clusters.find(this.indexOf(recordId, 'record')));
  }

  /** The records of a cluster, named by any of its records. */
  clusterMembers(recordId: string): string[] {
    return this.clusters
      .membersOf(this.clusters.find(this.indexOf(recordId, 'record')))
      .map((i) => this.store.ids[i] as string);
  }

  /** Scored pairs at or above a probability, each with its explanation, strongest first. */
  scoredPairs(minProbability = this.model.threshold, maxProbability = 1): ScoredPair[] {
    const lo = logit2(Math.min(Math.max(minProbability, 1e-12), 1 - 1e-12));
    const hi = maxProbability >= 1 ? Number.POSITIVE_INFINITY : logit2(Math.max(maxProbability, 1e-12));
    const picked: { k: number; w: number }[] = [];
    for (let k = 0; k < this.pairs.length; k++) {
      const w = this.weightOf(k);
      if (w >= lo && w <= hi) picked.push({ k, w });
    }
    picked.sort((x, y) => y.w - x.w);
    return picked.map(({ k }) =>
      this.explainIndexes(this.pairs.a.get(k), this.pairs.b.get(k), this.pairs.rule.get(k)),
    );
  }

  /** Why two records are (or are not) the same person: every field's level and log2 Bayes factor. */
  explain(a: string, b: string): ScoredPair {
    return this.explainIndexes(this.indexOf(a, 'a'), this.indexOf(b, 'b'), -1);
  }

  /**
   * Pairs in the uncertain band, ordered by how much deciding them changes the picture: the uncertainty p(1−p)
   * times the records whose grouping the decision settles (both clusters' sizes).
   */
  reviewQueue(minProbability = 0.2, maxProbability = 0.98, limit = 100): ReviewItem[] {
    const items = this.scoredPairs(minProbability, maxProbability).map((p) => {
      const ra = this.clusters.find(this.indexOf(p.a, 'a'));
      const rb = this.clusters.find(this.indexOf(p.b, 'b'));
      const records =
        ra === rb ? this.clusters.size.get(ra) : this.clusters.size.get(ra) + this.clusters.size.get(rb);
      return { ...p, impact: p.probability * (1 - p.probability) * records, sameCluster: ra === rb };
    });
    items.sort((x, y) => y.impact - x.impact);
    return items.slice(0, limit);
  }

  // ——— inside ———

  private time<T>(label: string, fn: () => T): T {
    const t = performance.now();
    const out = fn();
    this.timings[label] = (this.timings[label] ?? 0) + Math.round(performance.now() - t);
    return out;
  }

  private indexOf(id: string, what: string): number {
    const i = this.store.index.get(id);
    if (i === undefined) throw new ResolutionInputError(`${what}: no record with this id in the resolution`);
    return i;
  }

  private decisionIndexes(decisions: readonly Decision[]) {
    return decisions.map((d, k) => {
      const a = this.store.index.get(d.a);
      const b = this.store.index.get(d.b);
      if (a === undefined || b === undefined)
        throw new ResolutionInputError(`decision ${k + 1}: names a record that is not in the resolution`);
      if (a === b) throw new ResolutionInputError(`decision ${k + 1}: pairs a record with itself`);
      return { a, b, same: d.same };
    });
  }

  private score(i: number, j: number, rule: number): void {
    const pattern = comparePair(this.store, i, j, this.tfScratch);
    this.pairs.push(i, j, rule, pattern, this.tfOf(pattern, this.tfScratch));
  }

  private tfOf(pattern: number, counts: Float64Array): number {
    let adj = 0;
    for (const { k, levels } of TF_FIELDS) {
      const l = levelOf(pattern, k);
      if (levels.has(l)) adj += tfAdjustment(this.model, k, l, counts[k] as number, this.store.size);
    }
    return adj;
  }

  private train(decisions: { a: number; b: number; same: boolean }[]): void {
    const perRule: PatternCounts[] = this.rules.map(() => new Map());
    const union: PatternCounts = new Map();
    // Each rule's EM sees every pair that rule proposes, not only those no earlier rule found (those would be a
    // biased remainder): the pairs are scored once, and each is counted for every rule whose blocks hold it.
    for (let k = 0; k < this.pairs.length; k++) {
      const p = this.pairs.pattern.get(k);
      const a = this.pairs.a.get(k);
      const b = this.pairs.b.get(k);
      const first = this.pairs.rule.get(k);
      for (let r = first; r < this.rules.length; r++) {
        if (r !== first && !this.blocker.shares(r, a, b)) continue;
        const m = perRule[r] as PatternCounts;
        m.set(p, (m.get(p) ?? 0) + 1);
      }
      union.set(p, (union.get(p) ?? 0) + 1);
    }
    const confirmed: PatternCounts = new Map();
    const rejected: PatternCounts = new Map();
    for (const d of decisions) {
      const p = comparePair(this.store, d.a, d.b);
      const set = d.same ? confirmed : rejected;
      set.set(p, (set.get(p) ?? 0) + 1);
    }
    const sums = COMPARISONS.map((c) => new Float64Array(c.levels.length));
    const runs = COMPARISONS.map(() => 0);
    let iterations = 0;
    this.rules.forEach((rule, r) => {
      const patterns = perRule[r] as PatternCounts;
      let n = 0;
      for (const v of patterns.values()) n += v;
      if (n < 50) return;
      const run = emRun(this.model, patterns, rule.uses, confirmed, rejected);
      iterations += run.iterations;
      run.m.forEach((m, c) => {
        if (!m) return;
        runs[c] = (runs[c] as number) + 1;
        const sum = sums[c] as Float64Array;
        for (let l = 0; l < m.length; l++) sum[l] = (sum[l] as number) + (m[l] as number);
      });
    });
    this.model.comparisons.forEach((c, k) => {
      if (runs[k] === 0) return;
      c.levels.forEach((l, i) => {
        if (i > 0) l.m = ((sums[k] as Float64Array)[i] as number) / (runs[k] as number);
      });
    });
    // The prior: the expected matches among the blocked pairs, over every pair there could be.
    const lambda = estimateLambda(this.model, union, confirmed, rejected);
    const possible = this.possiblePairs();
    this.model.prior = Math.min(0.5, Math.max((lambda * this.pairs.length) / Math.max(possible, 1), 1e-12));
    this.model.trainedOn = {
      records: this.store.size,
      pairs: this.pairs.length,
      patterns: union.size,
      emIterations: iterations,
      decisions: decisions.length,
    };
  }

  private possiblePairs(): number {
    const n = this.store.size;
    if (!this.options.link) return (n * (n - 1)) / 2;
    const bySource = new Map<number, number>();
    for (let i = 0; i < n; i++)
      bySource.set(this.store.source.get(i), (bySource.get(this.store.source.get(i)) ?? 0) + 1);
    let same = 0;
    for (const c of bySource.values()) same += (c * (c - 1)) / 2;
    return (n * (n - 1)) / 2 - same;
  }

  private setModel(m: Model): void {
    this.model = m;
    this.bf = bayesFactors(m);
    this.evidenceCache.clear();
    // Term-frequency adjustments depend on u alone, which EM leaves as the random pairs gave it.
  }

  private evidence(pattern: number): number {
    let e = this.evidenceCache.get(pattern);
    if (e === undefined) {
      e = patternEvidence(this.bf, pattern);
      this.evidenceCache.set(pattern, e);
    }
    return e;
  }

  private weightOf(k: number): number {
    return logit2(this.model.prior) + this.evidence(this.pairs.pattern.get(k)) + (this.pairs.tf[k] as number);
  }

  private explainIndexes(i: number, j: number, rule: number): ScoredPair {
    const pattern = comparePair(this.store, i, j, this.tfScratch);
    const fields = COMPARISONS.map((c, k) => {
      const l = levelOf(pattern, k);
      const tf = c.tfLevels.includes(l)
        ? tfAdjustment(this.model, k, l, this.tfScratch[k] as number, this.store.size)
        : 0;
      return {
        field: c.field,
        level: c.levels[l] as string,
        log2BayesFactor: round((this.bf[k * 8 + l] as number) + tf),
      };
    });
    const weight = logit2(this.model.prior) + fields.reduce((s, f) => s + f.log2BayesFactor, 0);
    return {
      a: this.store.ids[i] as string,
      b: this.store.ids[j] as string,
      weight: round(weight),
      probability: probabilityOf(weight),
      rule: rule >= 0 ? (this.rules[rule]?.name ?? '') : 'asked',
      fields,
    };
  }

  private clusterName(root: number): string {
    return this.store.ids[this.clusters.first.get(root)] as string;
  }

  private constrain(d: { a: number; b: number; same: boolean }): void {
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
  private clusterEdges(
    firstPair: number,
    onMerge?: (into: number, from: number) => void,
    only?: Set<number>,
  ): void {
    const cut = logit2(this.model.threshold);
    const needed = this.corroborationOf();
    const corroborated = (k: number) => {
      if (needed === undefined) return true;
      const pattern = this.pairs.pattern.get(k);
      const rest =
        this.evidence(pattern) - (this.bf[NAME_FIELD * 8 + levelOf(pattern, NAME_FIELD)] as number);
      return rest >= needed(this.pairs.a.get(k), this.pairs.b.get(k));
    };
    const picked: number[] = [];
    const weights = new Float64Array(this.pairs.length - firstPair);
    for (let k = firstPair; k < this.pairs.length; k++) {
      const w = this.weightOf(k);
      weights[k - firstPair] = w;
      if (
        w >= cut &&
        (!only || (only.has(this.pairs.a.get(k)) && only.has(this.pairs.b.get(k)))) &&
        corroborated(k)
      )
        picked.push(k);
    }
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
    if (needed !== undefined && this.options.rareNames) this.linkRareNames(firstPair, onMerge, only);
  }

  /** The evidence besides the name a pair of records must have (log2 Bayes factor), or undefined for none. */
  private corroborationOf(): ((a: number, b: number) => number) | undefined {
    const c = this.options.corroboration;
    if (c === undefined) return undefined;
    if (typeof c === 'number') return () => c;
    if (this.store.size < NAME_FREQUENCY_FROM) return () => FIXED_CORROBORATION;
    const t = this.model.threshold;
    const odds = t / (1 - t);
    const byKey = new Map<number, number>();
    const of = (i: number) => {
      const key = this.store.nameKey.get(i);
      let e = byKey.get(key);
      if (e === undefined) {
        e = expectedBearers(this.store, i);
        byKey.set(key, e);
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
    // expected to bear it: the threshold t allows E ≤ (1 − t) / t.
    const t = this.model.threshold;
    const allowed = (1 - t) / t;
    const candidates: { k: number; others: number }[] = [];
    const keys = new Set<number>();
    for (let k = firstPair; k < this.pairs.length; k++) {
      const p = this.pairs.pattern.get(k);
      const level = levelOf(p, NAME_FIELD);
      if (level !== 1 && level !== 2) continue;
      const a = this.pairs.a.get(k);
      const b = this.pairs.b.get(k);
      if (only && !(only.has(a) && only.has(b))) continue;
      if (this.clusters.find(a) === this.clusters.find(b)) continue;
      if (this.evidence(p) - (this.bf[NAME_FIELD * 8 + level] as number) < 0) continue;
      const key = this.store.nameKey.get(a);
      let own = 0;
      for (const r of [this.clusters.find(a), this.clusters.find(b)])
        for (const x of this.clusters.members(r)) if (this.store.nameKey.get(x) === key) own++;
      const others = otherBearers(this.store, a, own);
      if (others > allowed) continue;
      candidates.push({ k, others });
      keys.add(key);
    }
    if (candidates.length === 0) return;
    const clear = unambiguousKeys(this.store, this.clusters, keys);
    candidates.sort((x, y) => x.others - y.others);
    for (const { k } of candidates) {
      const a = this.pairs.a.get(k);
      if (!clear.has(this.store.nameKey.get(a))) continue;
      const ra = this.clusters.find(a);
      const rb = this.clusters.find(this.pairs.b.get(k));
      if (ra === rb) continue;
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
   * The chaining guard: two clusters may not merge when any record of one has a cannot-link with, or strong
   * evidence against, any record of the other (A≈B and B≈C do not make A≈C when A and C disagree).
   */
  private conflicts(ra: number, rb: number, forced: boolean): boolean {
    const sa = this.clusters.size.get(ra);
    const sb = this.clusters.size.get(rb);
    const checkEvidence = !forced && (sa > 1 || sb > 1);
    if (checkEvidence && sa * sb > (this.options.maxGuardChecks ?? 40_000)) return true;
    const B = this.clusters.membersOf(rb);
    for (const x of this.clusters.members(ra)) {
      const cl = this.cannotLink.get(x);
      for (const y of B) {
        if (cl?.has(y)) return true;
        if (checkEvidence && !this.mustLink.get(x)?.has(y)) {
          const p = comparePair(this.store, x, y, this.tfScratch);
          if (this.evidence(p) + this.tfOf(p, this.tfScratch) < this.model.conflictWeight) return true;
          for (const c of HARD_FIELDS)
            if ((this.bf[c * 8 + levelOf(p, c)] as number) < this.model.fieldConflictWeight) return true;
        }
      }
    }
    return false;
  }

  private recluster(touched: Set<number>, decisions: { a: number; b: number; same: boolean }[]): void {
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

const round = (x: number) => Math.round(x * 1000) / 1000;
