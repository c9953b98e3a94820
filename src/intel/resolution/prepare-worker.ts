import { type MessagePort, workerData } from 'node:worker_threads';
import { chunkCount, type PrepareJob, workChunk } from './prepare-work.ts';

// The worker's side of parallel.ts: takes chunks from the shared counter until none is left, posting each
// chunk's result and then counting it done (so the main thread, waiting on that count, finds the message).

const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };

port.once('message', (job: PrepareJob) => {
  const { total } = chunkCount(job);
  for (;;) {
    const c = Atomics.add(shared, 0, 1);
    if (c >= total) break;
    port.postMessage({ c, out: workChunk(job, c) });
    Atomics.add(shared, 1, 1);
    Atomics.notify(shared, 1);
  }
  port.close();
});
