import type { BlockingRule } from './blocking-rules.ts';
import { MultiColumn } from './columns.ts';
import type { RecordStore } from './store.ts';

export { BLOCKING_RULES, type BlockingRule, ruleByName } from './blocking-rules.ts';

const REC = 2 ** 22;

/** What each rule would produce, counted before any pair is compared. */
export interface BlockCount {
  rule: string;
  /** Pairs in its blocks (a pair an earlier rule already found is counted again here). */
  pairs: number;
  /** Pairs no earlier rule proposes: what this rule adds to the comparisons. */
  newPairs?: number;
  blocks: number;
  largestBlock: number;
  /** Blocks larger than the limit are not compared (a key too common to tell people apart). */
  skippedBlocks: number;
  skippedRecords: number;
}

/**
 * The blocks of every rule, over a store that grows: keys of each record kept per rule (to recognise a pair an
 * earlier rule found), a sorted index of the records resolved so far and a small index of those added since.
 */
export class Blocker {
  readonly keys: MultiColumn[];
  /** Per rule: key * 2^22 + record, ascending (the records indexed at the last full build). */
  sorted: Float64Array[];
  readonly added: Map<number, number[]>[];
  /** Per rule: keys whose blocks are over the limit (their pairs are not proposed, so they do not hide others). */
  readonly oversized: Set<number>[];
  private indexed = 0;
  private scratch: number[] = [];

  readonly store: RecordStore;
  readonly rules: readonly BlockingRule[];
  readonly maxBlock: number;
  readonly link: boolean;

  constructor(store: RecordStore, rules: readonly BlockingRule[], maxBlock: number, link: boolean) {
    this.store = store;
    this.rules = rules;
    this.maxBlock = maxBlock;
    this.link = link;
    this.keys = rules.map(() => new MultiColumn());
    this.sorted = rules.map(() => new Float64Array(0));
    this.added = rules.map(() => new Map());
    this.oversized = rules.map(() => new Set());
  }

  /** Files keys for the records added to the store since the last call. */
  fileNew(): number {
    const from = this.keys[0]?.start.length ? this.keys[0].start.length - 1 : 0;
    const rules = this.rules;
    for (let i = from; i < this.store.size; i++) {
      for (let r = 0; r < rules.length; r++) {
        this.scratch.length = 0;
        (rules[r] as BlockingRule).keys(this.store, i, this.scratch);
        (this.keys[r] as MultiColumn).add(this.scratch);
      }
    }
    return from;
  }

  /** Builds the sorted index over every record filed so far. */
  build(): void {
    if (this.store.size >= REC) throw new Error(`more than ${REC} records in one resolution`);
    this.rules.forEach((_, r) => {
      const entries = sortedEntries(this.keys[r] as MultiColumn, this.store.size);
      this.sorted[r] = entries;
      const over = this.oversized[r] as Set<number>;
      over.clear();
      forEachRun(entries, (lo, hi) => {
        if (hi - lo > this.limit(r)) over.add(Math.floor((entries[lo] as number) / REC));
      });
      (this.added[r] as Map<number, number[]>).clear();
    });
    this.indexed = this.store.size;
  }

  /** Counts each rule's pairs without comparing any (and, with `exact`, the pairs new to each rule). */
  count(exact = false): BlockCount[] {
    return this.rules.map((rule, r) => {
      const entries = this.sorted[r] as Float64Array;
      const out: BlockCount = {
        rule: rule.name,
        pairs: 0,
        blocks: 0,
        largestBlock: 0,
        skippedBlocks: 0,
        skippedRecords: 0,
      };
      let newPairs = 0;
      forEachRun(entries, (lo, hi) => {
        const n = hi - lo;
        if (n < 2) return;
        out.blocks++;
        out.largestBlock = Math.max(out.largestBlock, n);
        if (n > this.limit(r)) {
          out.skippedBlocks++;
          out.skippedRecords += n;
          return;
        }
        out.pairs += this.pairsIn(entries, lo, hi, r);
        if (exact)
          this.walkBlock(entries, lo, hi, r, () => {
            newPairs++;
          });
      });
      if (exact) out.newPairs = newPairs;
      return out;
    });
  }

  /** Every pair of the indexed records, once, with the first rule that proposes it. */
  allPairs(emit: (i: number, j: number, rule: number) => void): void {
    this.rules.forEach((_, r) => {
      const entries = this.sorted[r] as Float64Array;
      forEachRun(entries, (lo, hi) => {
        if (hi - lo >= 2 && hi - lo <= this.limit(r)) this.walkBlock(entries, lo, hi, r, emit);
      });
    });
  }

  /**
   * The walk of `allPairs` cut into pieces of about `size` candidate pairs, in its order: [rule, from, to) over
   * the rule's index entries, whole blocks only (so that two threads can share it and their pairs be put back in
   * its order).
   */
  pieces(size: number): number[][] {
    const out: number[][] = [];
    this.rules.forEach((_, r) => {
      const entries = this.sorted[r] as Float64Array;
      let from = -1;
      let pairs = 0;
      forEachRun(entries, (lo, hi) => {
        const n = hi - lo;
        if (n < 2 || n > this.limit(r)) return;
        if (from < 0) from = lo;
        pairs += (n * (n - 1)) / 2;
        if (pairs >= size) {
          out.push([r, from, hi]);
          from = -1;
          pairs = 0;
        }
      });
      if (from >= 0) out.push([r, from, entries.length]);
    });
    return out;
  }

  /** The pairs `allPairs` emits from one piece (`pieces`). */
  piecePairs([r, from, to]: readonly number[], emit: (i: number, j: number, rule: number) => void): void {
    const entries = this.sorted[r as number] as Float64Array;
    forEachRun(
      entries,
      (lo, hi) => {
        if (hi - lo >= 2 && hi - lo <= this.limit(r as number))
          this.walkBlock(entries, lo, hi, r as number, emit);
      },
      from,
      to,
    );
  }

  /** The pairs a block holds for its rule: all of them, or those across the rule's two sides. */
  private pairsIn(entries: Float64Array, lo: number, hi: number, r: number): number {
    const side = this.rules[r]?.across;
    if (!side) return ((hi - lo) * (hi - lo - 1)) / 2;
    let one = 0;
    for (let x = lo; x < hi; x++) if (side(this.store, (entries[x] as number) % REC)) one++;
    return one * (hi - lo - one);
  }

  private walkBlock(
    entries: Float64Array,
    lo: number,
    hi: number,
    r: number,
    emit: (i: number, j: number, rule: number) => void,
  ) {
    const key = Math.floor((entries[lo] as number) / REC);
    const side = this.rules[r]?.across;
    if (side) {
      // Only pairs across the two sides: the few records of one side against the others, never all the pairs.
      const ones: number[] = [];
      const others: number[] = [];
      for (let x = lo; x < hi; x++) {
        const i = (entries[x] as number) % REC;
        (side(this.store, i) ? ones : others).push(i);
      }
      for (const a of ones)
        for (const b of others) {
          const i = Math.min(a, b);
          const j = Math.max(a, b);
          if (this.accept(i, j, r, key, hi - lo)) emit(i, j, r);
        }
      return;
    }
    for (let x = lo; x < hi; x++) {
      const i = (entries[x] as number) % REC;
      for (let y = x + 1; y < hi; y++) {
        const j = (entries[y] as number) % REC;
        if (this.accept(i, j, r, key, hi - lo)) emit(i, j, r);
      }
    }
  }

  /** A pair is emitted by the first rule and the smallest key it shares (so never twice); linking skips a source with itself. */
  private accept(i: number, j: number, r: number, key: number, size: number): boolean {
    const s = this.store;
    if (this.link) {
      const si = s.source.get(i);
      if (si !== -1 && si === s.source.get(j)) return false;
    }
    const rule = this.rules[r];
    if (rule?.across && rule.across(s, i) === rule.across(s, j)) return false;
    const filter = rule?.pairs;
    if (filter && (size > 20 || rule?.onlyItsPairs) && !filter(s, i, j)) return false;
    for (let q = 0; q < r; q++)
      if (
        shareBelow(
          this.keys[q] as MultiColumn,
          i,
          j,
          Number.POSITIVE_INFINITY,
          this.oversized[q] as Set<number>,
        )
      )
        return false;
    return !shareBelow(this.keys[r] as MultiColumn, i, j, key, this.oversized[r] as Set<number>);
  }

  /**
   * Files the records added since the last build in the small index and emits each one's pairs with every
   * record before it (the resolved ones and the earlier new ones).
   */
  newPairs(from: number, emit: (i: number, j: number, rule: number) => void): void {
    for (let i = from; i < this.store.size; i++) {
      this.rules.forEach((_, r) => {
        const col = this.keys[r] as MultiColumn;
        const added = this.added[r] as Map<number, number[]>;
        for (let x = col.from(i); x < col.to(i); x++) {
          const key = col.values.get(x);
          let list = added.get(key);
          const [lo, hi] = range(this.sorted[r] as Float64Array, key);
          const size = hi - lo + (list?.length ?? 0) + 1;
          if (size > this.limit(r)) (this.oversized[r] as Set<number>).add(key);
          else {
            const entries = this.sorted[r] as Float64Array;
            for (let y = lo; y < hi; y++) {
              const j = (entries[y] as number) % REC;
              if (this.accept(j, i, r, key, size)) emit(j, i, r);
            }
            if (list) for (const j of list) if (this.accept(j, i, r, key, size)) emit(j, i, r);
          }
          if (!list) {
            list = [];
            added.set(key, list);
          }
          list.push(i);
        }
      });
    }
  }

  private limit(r: number): number {
    return Math.min(this.maxBlock, this.rules[r]?.maxBlock ?? Number.POSITIVE_INFINITY);
  }

  /** Whether rule r files two records under a common key (so its blocks propose the pair). */
  shares(r: number, i: number, j: number): boolean {
    return shareBelow(
      this.keys[r] as MultiColumn,
      i,
      j,
      Number.POSITIVE_INFINITY,
      this.oversized[r] as Set<number>,
    );
  }

  get indexedRecords(): number {
    return this.indexed;
  }
}

/**
 * One rule's index: key * 2^22 + record for every key of every record, ascending. Records are read in order, so
 * a stable sort on the key alone gives that order: two passes of a radix sort on 16 bits of the key (the second
 * writing the entries), several times faster than sorting the numbers for the ten million keys of a million
 * records' numbers. Keys are compared as signed 32-bit integers, as the key columns hold them.
 */
function sortedEntries(col: MultiColumn, records: number): Float64Array {
  const values = col.values.data;
  const n = col.values.length;
  const entries = new Float64Array(n);
  const low = new Int32Array(65537);
  const high = new Int32Array(65537);
  for (let x = 0; x < n; x++) {
    const u = ((values[x] as number) ^ 0x80000000) >>> 0;
    const l = (u & 0xffff) + 1;
    const h = (u >>> 16) + 1;
    low[l] = (low[l] as number) + 1;
    high[h] = (high[h] as number) + 1;
  }
  for (let d = 0; d < 65536; d++) {
    low[d + 1] = (low[d + 1] as number) + (low[d] as number);
    high[d + 1] = (high[d + 1] as number) + (high[d] as number);
  }
  const keys = new Int32Array(n);
  const recs = new Int32Array(n);
  for (let i = 0; i < records; i++)
    for (let x = col.from(i); x < col.to(i); x++) {
      const k = values[x] as number;
      const d = ((k ^ 0x80000000) >>> 0) & 0xffff;
      const at = low[d] as number;
      low[d] = at + 1;
      keys[at] = k;
      recs[at] = i;
    }
  for (let y = 0; y < n; y++) {
    const k = keys[y] as number;
    const d = ((k ^ 0x80000000) >>> 0) >>> 16;
    const at = high[d] as number;
    high[d] = at + 1;
    entries[at] = k * REC + (recs[y] as number);
  }
  return entries;
}

function forEachRun(
  entries: Float64Array,
  fn: (lo: number, hi: number) => void,
  from = 0,
  to = entries.length,
): void {
  let lo = from;
  while (lo < to) {
    const key = Math.floor((entries[lo] as number) / REC);
    let hi = lo + 1;
    while (hi < to && Math.floor((entries[hi] as number) / REC) === key) hi++;
    fn(lo, hi);
    lo = hi;
  }
}

/** The entries of one key in a sorted index (binary search). */
function range(entries: Float64Array, key: number): [number, number] {
  const lo = lowerBound(entries, key * REC);
  const hi = lowerBound(entries, (key + 1) * REC);
  return [lo, hi];
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether two records share a key below `limit` in one rule's ascending key lists. */
function shareBelow(col: MultiColumn, i: number, j: number, limit: number, skip: Set<number>): boolean {
  const v = col.values.data;
  let a = col.from(i);
  const ae = col.to(i);
  let b = col.from(j);
  const be = col.to(j);
  while (a < ae && b < be) {
    const x = v[a] as number;
    const y = v[b] as number;
    if (x >= limit || y >= limit) return false;
    if (x === y) {
      if (skip.size === 0 || !skip.has(x)) return true;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return false;
}
