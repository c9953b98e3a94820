import type { Blocker } from './blocking.ts';
import { COMPARISONS, comparePair } from './comparisons.ts';
import type { RecordStore } from './store.ts';

/** One piece of the walk's pairs, compared: each pair's records, rule, pattern and term-frequency counts. */
export interface ComparedPiece {
  n: number;
  a: Int32Array;
  b: Int32Array;
  rule: Int32Array;
  pattern: Int32Array;
  /** `fields.length` counts per pair: the records holding the value each term-frequency field agreed on. */
  counts: Float32Array;
}

/** Compares the pairs of one piece of the blocker's walk (`Blocker.pieces`); `fields` are the term-frequency fields. */
export function comparePiece(
  store: RecordStore,
  blocker: Blocker,
  piece: readonly number[],
  fields: readonly number[],
): ComparedPiece {
  const w = fields.length;
  let cap = 1024;
  let out: ComparedPiece = {
    n: 0,
    a: new Int32Array(cap),
    b: new Int32Array(cap),
    rule: new Int32Array(cap),
    pattern: new Int32Array(cap),
    counts: new Float32Array(cap * w),
  };
  const scratch = new Float64Array(COMPARISONS.length);
  blocker.piecePairs(piece, (i, j, rule) => {
    if (out.n === cap) {
      cap *= 2;
      out = grow(out, cap, w);
    }
    const k = out.n++;
    out.a[k] = i;
    out.b[k] = j;
    out.rule[k] = rule;
    out.pattern[k] = comparePair(store, i, j, scratch);
    for (let f = 0; f < w; f++) out.counts[k * w + f] = scratch[fields[f] as number] as number;
  });
  const n = out.n;
  return {
    n,
    a: out.a.subarray(0, n),
    b: out.b.subarray(0, n),
    rule: out.rule.subarray(0, n),
    pattern: out.pattern.subarray(0, n),
    counts: out.counts.subarray(0, n * w),
  };
}

function grow(p: ComparedPiece, cap: number, w: number): ComparedPiece {
  const copy = <T extends Int32Array | Float32Array>(a: T, make: (n: number) => T, n: number): T => {
    const next = make(n);
    next.set(a.subarray(0, Math.min(a.length, n)));
    return next;
  };
  const ints = (n: number) => new Int32Array(n);
  return {
    n: p.n,
    a: copy(p.a, ints, cap),
    b: copy(p.b, ints, cap),
    rule: copy(p.rule, ints, cap),
    pattern: copy(p.pattern, ints, cap),
    counts: copy(p.counts, (n) => new Float32Array(n), cap * w),
  };
}
