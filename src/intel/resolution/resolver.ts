import { BLOCKING_RULES, type BlockCount, Blocker, ruleByName } from './blocking.ts';
import type { BlockingRule } from './blocking-rules.ts';
import { Clusters } from './cluster.ts';
import { compareInParallel } from './compare-parallel.ts';
import type { ComparedPiece } from './compare-piece.ts';
import { COMPARISONS, comparePair, levelOf } from './comparisons.ts';
import { estimateU, type PatternCounts } from './estimate.ts';
import { explainPair } from './explain.ts';
import { type IndexDecision, Linker } from './linking.ts';
import { bayesFactors, defaultModel, logit2, type Model, patternEvidence, tfAdjustment } from './model.ts';
import { PairTable } from './pairs.ts';
import { addInParallel, PARALLEL_FROM } from './parallel.ts';
import type { BatchResult, Membership, ResolverOptions, ReviewItem } from './resolver-options.ts';
import { RecordStore } from './store.ts';
import { trainModel } from './training.ts';
import { type Decision, type PersonRecord, ResolutionInputError, type ScoredPair } from './types.ts';

export { FIXED_CORROBORATION, NAME_FREQUENCY_FROM } from './linking.ts';
export type { BatchResult, Membership, ResolverOptions, ReviewItem } from './resolver-options.ts';
export { LINKING_POLICY } from './resolver-options.ts';

const TF_FIELDS = COMPARISONS.map((c, k) => ({ k, levels: new Set(c.tfLevels) })).filter(
  (x) => x.levels.size > 0,
);
const TF_KS = TF_FIELDS.map((f) => f.k);

/**
 * Entity resolution over person records: prepares them, blocks, scores pairs with a Fellegi–Sunter model
 * (trained without labels when none is given), and clusters them with a guard against chaining. The records are
 * never changed; clusters only group them. Later batches are resolved against what is already resolved.
 */
export class Resolver {
  readonly store = new RecordStore();
  readonly pairs = new PairTable(TF_FIELDS.length);
  readonly clusters = new Clusters();
  readonly blocker: Blocker;
  readonly rules: readonly BlockingRule[];
  model: Model;
  blockCounts: BlockCount[] = [];
  readonly timings: Record<string, number> = {};
  private bf: Float64Array;
  private evidenceCache = new Map<number, number>();
  private readonly tfScratch = new Float64Array(COMPARISONS.length);
  private readonly pairCounts = new Float64Array(TF_FIELDS.length);
  private readonly linker: Linker;

  readonly options: ResolverOptions;

  private constructor(model: Model, options: ResolverOptions) {
    this.options = options;
    this.model = structuredClone(model);
    if (options.threshold !== undefined) this.model.threshold = options.threshold;
    this.bf = bayesFactors(this.model);
    this.rules = options.rules ? options.rules.map(ruleByName) : BLOCKING_RULES;
    this.blocker = new Blocker(this.store, this.rules, options.maxBlock ?? 1000, options.link ?? false);
    // Getters: the model and its Bayes factors are replaced once m is estimated.
    const resolver = this;
    this.linker = new Linker(this.store, this.pairs, this.clusters, options, {
      get model() {
        return resolver.model;
      },
      get bf() {
        return resolver.bf;
      },
      scratch: this.tfScratch,
      evidence: (p) => this.evidence(p),
      tfOf: (p, counts) => this.tfOf(p, counts),
      weightOf: (k) => this.weightOf(k),
    });
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
    const random = options.model
      ? undefined
      : r.time('estimate u', () =>
          estimateU(r.model, r.store, options.uSamples ?? 300_000, options.link ?? false),
        );
    r.time('compare', () => {
      if (r.store.size >= PARALLEL_FROM && options.parallel !== false)
        compareInParallel(r.store, r.blocker, TF_KS, (p) => r.takePiece(p));
      else r.blocker.allPairs((i, j, rule) => r.score(i, j, rule));
    });
    if (random) r.time('estimate m', () => r.train(decisions, random));
    r.setModel(r.model);
    r.time('cluster', () => {
      r.clusters.grow(r.store.size);
      for (const d of decisions) r.linker.constrain(d);
      r.linker.clusterEdges(0);
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
    const refusedBefore = this.linker.refused;
    const merged: BatchResult['merged'] = [];
    this.linker.clusterEdges(firstPair, (into, fromRoot) => {
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
      refused: this.linker.refused - refusedBefore,
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
      (d.same ? this.linker.cannotLink : this.linker.mustLink).get(d.a)?.delete(d.b);
      (d.same ? this.linker.cannotLink : this.linker.mustLink).get(d.b)?.delete(d.a);
    }
    const before = new Map([...touched].map((i) => [i, this.clusterName(this.clusters.find(i))]));
    this.linker.recluster(touched, idx);
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
      for (const m of [this.linker.mustLink, this.linker.cannotLink]) {
        m.get(a)?.delete(b);
        m.get(b)?.delete(a);
      }
      for (const x of this.clusters.members(this.clusters.find(a))) touched.add(x);
      for (const x of this.clusters.members(this.clusters.find(b))) touched.add(x);
    }
    const before = new Map([...touched].map((i) => [i, this.clusterName(this.clusters.find(i))]));
    // Records that only the decision held together may now rejoin others: their pairs decide again.
    this.linker.recluster(touched, []);
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
    const counts = this.tfScratch;
    for (let f = 0; f < TF_FIELDS.length; f++)
      this.pairCounts[f] = counts[(TF_FIELDS[f] as { k: number }).k] as number;
    this.pairs.push(i, j, rule, pattern, this.tfOf(pattern, counts), this.pairCounts);
  }

  /** A piece of pairs compared on either thread (compare-parallel.ts), added as `score` adds one. */
  private takePiece(p: ComparedPiece): void {
    const w = TF_KS.length;
    for (let k = 0; k < p.n; k++) {
      for (let f = 0; f < w; f++) {
        const c = p.counts[k * w + f] as number;
        this.pairCounts[f] = c;
        this.tfScratch[TF_KS[f] as number] = c;
      }
      const pattern = p.pattern[k] as number;
      this.pairs.push(
        p.a[k] as number,
        p.b[k] as number,
        p.rule[k] as number,
        pattern,
        this.tfOf(pattern, this.tfScratch),
        this.pairCounts,
      );
    }
  }

  private tfOf(pattern: number, counts: Float64Array): number {
    let adj = 0;
    for (const { k, levels } of TF_FIELDS) {
      const l = levelOf(pattern, k);
      if (levels.has(l)) adj += tfAdjustment(this.model, k, l, counts[k] as number, this.store.size);
    }
    return adj;
  }

  private train(decisions: IndexDecision[], random: PatternCounts): void {
    const u = this.model.comparisons.map((c) => c.levels.map((l) => l.u));
    trainModel(
      this.model,
      this.store,
      this.pairs,
      this.rules,
      this.blocker,
      decisions,
      this.options.link ?? false,
      random,
    );
    // Term-frequency adjustments depend on u: the pairs' are made again, from their counts, where training
    // changed it.
    if (this.model.comparisons.some((c, k) => c.levels.some((l, i) => l.u !== u[k]?.[i]))) {
      const scratch = this.tfScratch;
      const { counts, width } = this.pairs;
      for (let k = 0; k < this.pairs.length; k++) {
        for (let f = 0; f < width; f++)
          scratch[(TF_FIELDS[f] as { k: number }).k] = counts[k * width + f] as number;
        this.pairs.tf[k] = this.tfOf(this.pairs.pattern.get(k), scratch);
      }
    }
  }

  private setModel(m: Model): void {
    this.model = m;
    this.bf = bayesFactors(m);
    this.evidenceCache.clear();
    // Term-frequency adjustments depend on u alone: `train` made the pairs' again for the u it settled on.
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
    return explainPair(this.store, this.model, this.bf, this.rules, this.tfScratch, i, j, rule);
  }

  private clusterName(root: number): string {
    return this.store.ids[this.clusters.first.get(root)] as string;
  }
}
