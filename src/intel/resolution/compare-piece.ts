import type { Blocker } from './blocking.ts';
import { COMPARISONS, comparePair } from './comparisons.ts';
import { PairTable } from './pairs.ts';
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
  // Term-frequency adjustments are made by the thread that keeps the pairs (they depend on its model): 0 here.
  const table = new PairTable(w);
  const scratch = new Float64Array(COMPARISONS.length);
  const counts = new Float64Array(w);
  blocker.piecePairs(piece, (i, j, rule) => {
    const pattern = comparePair(store, i, j, scratch);
    for (let f = 0; f < w; f++) counts[f] = scratch[fields[f] as number] as number;
    table.push(i, j, rule, pattern, 0, counts);
  });
  const n = table.length;
  return {
    n,
    a: table.a.data.subarray(0, n),
    b: table.b.data.subarray(0, n),
    rule: table.rule.data.subarray(0, n),
    pattern: table.pattern.data.subarray(0, n),
    counts: table.counts.subarray(0, n * w),
  };
}
