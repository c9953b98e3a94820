import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import type { Blocker } from './blocking.ts';
import { type ComparedPiece, comparePiece } from './compare-piece.ts';
import { compareSnapshot } from './compare-snapshot.ts';
import { startWorker } from './parallel.ts';
import type { RecordStore } from './store.ts';

// Comparing the blocks' pairs on two threads: the blocker's walk is cut into pieces of whole blocks, which this
// thread and one worker (given a copy of the store's columns and the blocker's index) take from a shared counter;
// the pieces' pairs are handed on in the walk's order, so the pairs, their order and every figure after are what
// one thread gives. As in parallel.ts, the API stays synchronous, and a worker that fails to start or stops
// answering costs time only: its pieces are done here.

/** Candidate pairs a piece holds, about. */
const PIECE_PAIRS = 100_000;
/** How long to wait for the worker's next piece before doing its pieces here. */
const STALL_MS = 10_000;

/**
 * Compares every pair `blocker.allPairs` would emit, handing each piece to `take` in the walk's order. Returns how
 * many pieces the worker did. `workerOnly` leaves every piece to the worker (to test it), unless it stalls.
 */
export function compareInParallel(
  store: RecordStore,
  blocker: Blocker,
  fields: readonly number[],
  take: (p: ComparedPiece) => void,
  { useWorker = true, workerOnly = false, pieceSize = PIECE_PAIRS } = {},
): number {
  const pieces = blocker.pieces(pieceSize);
  // [0] the next piece to take, [1] the pieces the worker has finished (it posts a piece, then counts it).
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const done: (ComparedPiece | undefined)[] = new Array(pieces.length).fill(undefined);
  let next = 0;
  const handOn = () => {
    for (; next < pieces.length; next++) {
      const p = done[next];
      if (!p) break;
      take(p);
      done[next] = undefined;
    }
  };
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  if (useWorker && pieces.length > 1) {
    try {
      worker = startWorker('./compare-worker.ts', { port: port2, shared }, [port2]);
      port1.postMessage({ snapshot: compareSnapshot(store, blocker), pieces, fields });
    } catch {
      worker = undefined;
    }
  }
  let byWorker = 0;
  const drain = () => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { c, p } = m.message as { c: number; p: ComparedPiece };
      done[c] = p;
      byWorker++;
    }
  };
  for (;;) {
    if (worker && workerOnly) break;
    const c = Atomics.add(shared, 0, 1);
    if (c >= pieces.length) break;
    done[c] = comparePiece(store, blocker, pieces[c] as number[], fields);
    if (worker) drain();
    handOn();
  }
  if (worker) {
    while (next < pieces.length) {
      const seen = Atomics.load(shared, 1);
      drain();
      handOn();
      if (next >= pieces.length) break;
      if (Atomics.wait(shared, 1, seen, STALL_MS) === 'timed-out') break;
    }
    void worker.terminate();
  }
  port1.close();
  // Pieces the worker took and never gave back.
  for (; next < pieces.length; next++) {
    take(done[next] ?? comparePiece(store, blocker, pieces[next] as number[], fields));
    done[next] = undefined;
  }
  return byWorker;
}
