import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { startSourceWorker } from '../../platform/source-worker.ts';
import type { NameForms } from './name-parts.ts';
import {
  chunkCount,
  NAME_CHUNK,
  NAME_FIELDS,
  PHONE_CHUNK,
  type PrepareJob,
  workChunk,
} from './prepare-work.ts';
import { phoneRegionOf, phoneValuesOf, type RecordStore } from './store.ts';
import type { PersonRecord } from './types.ts';

// Preparing many records on two threads: the names' forms and the phones' readings (most of the preparing
// time, and pure) are shared out in chunks between this thread and one worker, each taking the next chunk from
// a shared counter; the records then go into the store here, in order, so that every id and count is what the
// one-thread path gives. The resolver's API stays synchronous: this thread waits on the shared counter
// (Atomics.wait) and reads the worker's results with receiveMessageOnPort. A worker that fails to start or
// stops answering costs nothing but time: its chunks are done here.

/** From this many records a worker pays for its start (about a second to load the romanisers). */
export const PARALLEL_FROM = 50_000;
/** How long to wait for the worker's next chunk before doing its chunks here. */
const STALL_MS = 10_000;

let warned = false;

/** Starts a worker on one of this folder's TypeScript modules, as the app runs them; `data` joins its workerData. */
export function startWorker(
  module: string,
  data: Record<string, unknown>,
  transferList: readonly MessagePort[],
): Worker {
  const worker = startSourceWorker(new URL(module, import.meta.url), data, transferList);
  // An error in the worker is not this thread's: its work is done here. It is said once, without the records
  // (the worker's errors are of loading or of its own code, never of a record's values).
  worker.on('error', (e) => {
    if (!warned)
      process.emitWarning(`a resolution worker stopped (${e.name}); its work is done on the main thread`);
    warned = true;
  });
  worker.unref();
  return worker;
}

/**
 * Runs every chunk of a job on this thread and a worker: the chunks' results in order, and how many the worker
 * did. `workerOnly` leaves every chunk to the worker (to test that it starts), unless it stalls.
 */
export function runShared(
  job: PrepareJob,
  useWorker = true,
  workerOnly = false,
): { results: string[][]; byWorker: number } {
  const { total } = chunkCount(job);
  // [0] the next chunk to take, [1] the chunks the worker has finished (it posts a chunk, then counts it).
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const results: (string[] | undefined)[] = new Array(total).fill(undefined);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  if (useWorker && total > 1) {
    try {
      worker = startWorker('./prepare-worker.ts', { port: port2, shared }, [port2]);
      port1.postMessage(job);
    } catch {
      worker = undefined;
    }
  }
  let byWorker = 0;
  const drain = () => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { c, out } = m.message as { c: number; out: string[] };
      results[c] = out;
      byWorker++;
    }
  };
  for (;;) {
    if (worker && workerOnly) break;
    const c = Atomics.add(shared, 0, 1);
    if (c >= total) break;
    results[c] = workChunk(job, c);
  }
  if (worker) {
    drain();
    while (results.includes(undefined)) {
      const seen = Atomics.load(shared, 1);
      drain();
      if (!results.includes(undefined)) break;
      if (Atomics.wait(shared, 1, seen, STALL_MS) === 'timed-out') break;
    }
    void worker.terminate();
  }
  port1.close();
  return { results: results.map((r, c) => r ?? workChunk(job, c)), byWorker };
}

/**
 * Adds records to a store as `store.add` one by one would (same ids, counts and errors), with the dear part of
 * the work done on two threads.
 */
export function addInParallel(
  store: RecordStore,
  records: readonly PersonRecord[],
  where: (k: number) => string,
  useWorker = true,
): void {
  const names: string[] = [];
  const seen = new Set<string>();
  const phones: string[] = [];
  const regions: string[] = [];
  // Record k's phones are phones[phoneFrom[k] .. phoneTo[k]), or were not read ahead (phoneFrom[k] = -1).
  const phoneFrom = new Int32Array(records.length);
  const phoneTo = new Int32Array(records.length);
  records.forEach((r, k) => {
    phoneFrom[k] = -1;
    try {
      const name = typeof r.name === 'string' ? r.name.trim() : '';
      if (name !== '' && !seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
      const values = phoneValuesOf(r);
      const region = phoneRegionOf(r);
      if (values.every((v) => typeof v === 'string')) {
        phoneFrom[k] = phones.length;
        for (const v of values) {
          phones.push(v);
          regions.push(region);
        }
        phoneTo[k] = phones.length;
      }
    } catch {
      // A record that cannot be read ahead is left to `add`, which says what is wrong with it.
    }
  });
  const job: PrepareJob = { names, phones, regions };
  const out = runShared(job, useWorker).results;
  const nameChunks = chunkCount(job).names;

  const forms: NameForms[] = names.map((_, x) => {
    const o = out[Math.floor(x / NAME_CHUNK)] as string[];
    const at = (x % NAME_CHUNK) * NAME_FIELDS;
    const parts = o[at + 4] as string;
    return {
      key: o[at] as string,
      folded: o[at + 1] as string,
      joined: o[at + 2] as string,
      joinedSorted: o[at + 3] as string,
      parts: parts === '' ? [] : parts.split(' '),
    };
  });
  store.addNames(names, forms);

  records.forEach((r, k) => {
    const from = phoneFrom[k] as number;
    let keys: string[] | undefined;
    if (from >= 0) {
      const to = phoneTo[k] as number;
      keys = [];
      for (let x = from; x < to; x++) {
        const read = (out[nameChunks + Math.floor(x / PHONE_CHUNK)] as string[])[x % PHONE_CHUNK] as string;
        if (read !== '') for (const e of read.split(' ')) keys.push(e);
      }
    }
    store.add(r, where(k), keys);
  });
}
