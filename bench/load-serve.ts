// The server of the load benchmark: `lantern serve` itself, run in a child process that also tells its parent
// (over the IPC channel of fork) how much memory it uses every LANTERN_LOAD_SAMPLE_MS milliseconds.
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { serve } from '../src/cli/serve.ts';

const every = Number(process.env.LANTERN_LOAD_SAMPLE_MS ?? 5000);
const sample = (afterGc = false) => {
  const m = process.memoryUsage();
  process.send?.({
    memory: {
      at: Date.now(),
      afterGc,
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
    },
  });
};
setInterval(() => sample(), every).unref();
// Once a minute (the parent starts this process with --expose-gc) a full collection, then a reading: what the heap
// holds live, which is what "memory flat" is about; the readings between collections move with the garbage.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  setInterval(
    () => {
      gc();
      sample(true);
    },
    Number(process.env.LANTERN_LOAD_GC_MS ?? 60_000),
  ).unref();
}
// `kill -USR2 <pid>` writes a heap snapshot into LANTERN_LOAD_SNAPSHOT_DIR, to compare two of them when memory grows.
const snapshots = process.env.LANTERN_LOAD_SNAPSHOT_DIR;
if (snapshots)
  process.on('SIGUSR2', () => writeHeapSnapshot(join(snapshots, `load-${Date.now()}.heapsnapshot`)));
await serve({ demo: false });
sample();
