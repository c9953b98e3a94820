import { type MessagePort, workerData } from 'node:worker_threads';
import { comparePiece } from './compare-piece.ts';
import { type CompareSnapshot, fromSnapshot } from './compare-snapshot.ts';

// The worker's side of compare-parallel.ts: takes pieces of the blocker's walk from the shared counter until
// none is left, posting each piece's pairs and then counting it done.

const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };

port.once('message', (job: { snapshot: CompareSnapshot; pieces: number[][]; fields: number[] }) => {
  const { store, blocker } = fromSnapshot(job.snapshot);
  for (;;) {
    const c = Atomics.add(shared, 0, 1);
    if (c >= job.pieces.length) break;
    const p = comparePiece(store, blocker, job.pieces[c] as number[], job.fields);
    const buffers = [p.a, p.b, p.rule, p.pattern, p.counts].map((x) => x.buffer as ArrayBuffer);
    port.postMessage({ c, p }, buffers);
    Atomics.add(shared, 1, 1);
    Atomics.notify(shared, 1);
  }
  port.close();
});
