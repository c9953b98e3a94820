import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../platform/errors.ts';
import { checkedBatches, transferables } from './checked-rows.ts';
import { DecodeError } from './decode.ts';
import type { ColumnMapping, ImportKindName } from './mapping.ts';

// The worker thread of read-off-thread.ts: reads and checks the file, posting each batch, and waits whenever
// AHEAD batches are not yet taken, so that a slow load never lets the file pile up in memory.

const AHEAD = 4;
const { path, fileName, mapping, kind, prefix } = workerData as {
  path: string;
  fileName: string;
  mapping: ColumnMapping;
  kind: ImportKindName;
  prefix: string;
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
try {
  for await (const batch of checkedBatches(path, fileName, mapping, kind, prefix)) {
    port.postMessage({ batch }, transferables(batch));
    posted++;
    while (posted - taken >= AHEAD) await new Promise<void>((r) => (wake = r));
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
