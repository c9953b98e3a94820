import type { Worker } from 'node:worker_threads';
import { startSourceWorker } from '../../platform/source-worker.ts';
import type { Decision, Model } from '../resolution/index.ts';
import { type Grouping, resolveRecords } from './engine-adapter.ts';
import type { LoadedRecord } from './persist.ts';

// Resolving an agency's records is seconds to minutes of computing: done on a worker thread, so that the server
// goes on answering while it runs. Same code and same result as on this thread, which it falls back to should the
// worker fail to start or stop.

/** Below this many records the worker is not worth its start (about a second to load the romanisers). */
export const THREAD_FROM = 20_000;

/** How many resolutions a worker has answered (and not this thread, falling back). */
export const workerRuns = { count: 0 };

export function resolveOffThread(
  records: LoadedRecord[],
  decisions: Decision[],
  model?: Model,
  from = THREAD_FROM,
): Promise<Grouping> {
  if (records.length < from) return Promise.resolve(resolveRecords(records, decisions, model));
  return new Promise<Grouping>((resolve) => {
    let done = false;
    const here = () => {
      if (done) return;
      done = true;
      resolve(resolveRecords(records, decisions, model));
    };
    let worker: Worker;
    try {
      worker = startSourceWorker(new URL('./resolve-worker.ts', import.meta.url), {
        records,
        decisions,
        model,
      });
    } catch {
      here();
      return;
    }
    worker.once('message', (g: Grouping) => {
      if (done) return;
      done = true;
      workerRuns.count++;
      resolve(g);
      void worker.terminate();
    });
    worker.once('error', here);
    worker.once('exit', here);
  });
}
