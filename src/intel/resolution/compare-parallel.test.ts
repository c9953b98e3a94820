import { describe, expect, it } from 'vitest';
import { syntheticPeople } from '../../../bench/resolve-synthetic.ts';
import { BLOCKING_RULES, Blocker } from './blocking.ts';
import { compareInParallel } from './compare-parallel.ts';
import type { ComparedPiece } from './compare-piece.ts';
import { COMPARISONS, comparePair } from './comparisons.ts';
import { addInParallel } from './parallel.ts';
import { RecordStore } from './store.ts';

const FIELDS = COMPARISONS.flatMap((c, k) => (c.tfLevels.length > 0 ? [k] : []));

function indexed(n: number) {
  const store = new RecordStore();
  addInParallel(store, syntheticPeople(n, 'compare-parallel').records, (k) => `record ${k + 1}`, false);
  // Blocks over 3 records are left out: their keys hide no pair of another rule (the snapshot carries them).
  const blocker = new Blocker(store, BLOCKING_RULES, 3, false);
  blocker.fileNew();
  blocker.build();
  return { store, blocker };
}

/** Each pair as one line: records, rule, pattern, term-frequency counts. */
function oneThread(store: RecordStore, blocker: Blocker): string[] {
  const out: string[] = [];
  const scratch = new Float64Array(COMPARISONS.length);
  blocker.allPairs((i, j, rule) => {
    const pattern = comparePair(store, i, j, scratch);
    out.push([i, j, rule, pattern, ...FIELDS.map((f) => Math.fround(scratch[f] as number))].join(' '));
  });
  return out;
}

function lines(pieces: ComparedPiece[]): string[] {
  const out: string[] = [];
  const w = FIELDS.length;
  for (const p of pieces)
    for (let k = 0; k < p.n; k++)
      out.push(
        [p.a[k], p.b[k], p.rule[k], p.pattern[k], ...Array.from(p.counts.subarray(k * w, k * w + w))].join(
          ' ',
        ),
      );
  return out;
}

describe('comparing the blocks’ pairs on two threads', () => {
  it('gives the pairs one thread gives, in its order, whichever thread compared them', () => {
    const { store, blocker } = indexed(4000);
    const want = oneThread(store, blocker);
    expect(want.length).toBeGreaterThan(2000);
    const pieces = blocker.pieces(500);
    expect(pieces.length).toBeGreaterThan(4);
    // The worker alone (it starts, reads the snapshot and walks as this thread does), this thread alone, both.
    for (const how of [
      { workerOnly: true, pieceSize: 500 },
      { useWorker: false, pieceSize: 500 },
      { pieceSize: 500 },
    ]) {
      const got: ComparedPiece[] = [];
      const byWorker = compareInParallel(store, blocker, FIELDS, (p) => got.push(p), how);
      expect(lines(got)).toEqual(want);
      if (how.workerOnly) expect(byWorker).toBe(pieces.length);
      if (how.useWorker === false) expect(byWorker).toBe(0);
    }
  }, 60_000);
});
