import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../platform/errors.ts';
import { type CheckedBatch, checkedBatches, transferables } from './checked-rows.ts';
import { DecodeError } from './decode.ts';
import { LineBreaks, regionsOf } from './file-regions.ts';
import type { ColumnMapping, ImportKindName } from './mapping.ts';

// A worker thread of read-off-thread.ts: reads and checks the file (or, beside other readers, its share of the
// file's regions: file-regions.ts), posting each batch, and waits whenever AHEAD batches are not yet taken, so
// that a slow load never lets the file pile up in memory.

const AHEAD = 4;
const { path, fileName, mapping, kind, prefix, split } = workerData as {
  path: string;
  fileName: string;
  mapping: ColumnMapping;
  kind: ImportKindName;
  prefix: string;
  /** This reader's share of the regions: reader `index` of `readers`. */
  split?: { index: number; readers: number; regionBytes: number; size: number };
};
const port = parentPort;
if (!port) throw new Error('read-worker.ts runs as a worker thread');

let taken = 0;
let wake: (() => void) | null = null;
port.on('message', (m: { took: number }) => {
  taken = m.took;
  wake?.();
});

let posted = 0;
async function post(batch: CheckedBatch) {
  port?.postMessage({ batch }, transferables(batch));
  posted++;
  while (posted - taken >= AHEAD) await new Promise<void>((r) => (wake = r));
}

try {
  if (!split)
    for await (const batch of checkedBatches(path, fileName, mapping, kind, { prefix })) await post(batch);
  else
    for await (const region of regionsOf(path, split.size, split.regionBytes, split.index, split.readers)) {
      const breaks = new LineBreaks();
      const options = { prefix, region, onChunk: (c: Uint8Array) => breaks.add(c) };
      for await (const batch of checkedBatches(path, fileName, mapping, kind, options)) {
        // Bytes of the file read so far, as a reader of the whole file would count them.
        batch.bytes += region.start;
        await post(batch);
      }
      port.postMessage({ region: region.k, lines: breaks.end() });
    }
  port.postMessage({ done: true });
} catch (e) {
  // What the import says of the file (a mapping that does not fit, bytes that are not text) crosses as such.
  const known = e instanceof AppError ? 'app' : e instanceof DecodeError ? 'decode' : null;
  port.postMessage({
    failed: {
      kind: known,
      code: e instanceof AppError ? e.code : null,
      message: e instanceof Error ? e.message : String(e),
    },
  });
}
port.close();
