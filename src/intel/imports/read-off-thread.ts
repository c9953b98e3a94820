import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import { startSourceWorker } from '../../platform/source-worker.ts';
import { type CheckedBatch, checkedBatches } from './checked-rows.ts';
import { DecodeError } from './decode.ts';
import type { ColumnMapping, ImportKindName } from './mapping.ts';

// A large file is read and checked on worker threads while this one filters duplicates and feeds COPY: checking a
// call record costs about three times what filtering and sending it does. A file with no quote (file-regions.ts)
// is read in regions by several threads side by side, its batches put back in the file's order here; any other by
// one. A small file, or a worker that cannot start, is read on this thread: the same batches.

/** From this size a file is read on a worker thread (the thread's start then pays). */
export const READ_OFF_THREAD_FROM = 16 << 20;

/** The size of the regions several threads read side by side: about four batches, as many as a reader reads ahead. */
export const REGION_BYTES = 4 << 20;

/** How many files worker threads have read to the end (none fell back to this thread), and how many in regions. */
export const offThreadReads = { count: 0, split: 0 };

type Message =
  | { batch: CheckedBatch }
  | { region: number; lines: number }
  | { done: true }
  | { failed: { kind: 'app' | 'decode' | null; code: ErrorCode | null; message: string } };

export interface ReadPlan {
  /** The file's size in bytes. */
  size: number;
  /** What goes in front of each row's text. */
  prefix: string;
  /** Whether the file can be read in regions (FileFacts.splittable). */
  splittable: boolean;
  /** From this size, off this thread (tests set it low). */
  offThreadFrom?: number;
  /** The size of the regions (tests set it low). */
  regionBytes?: number;
  /**
   * How many threads read a splittable file: by default one per core but one (four at most; one reads it whole).
   * The import's own thread and the database leave a core busy: on two cores, a million calls loaded in 6.1-6.2 s
   * with one reading thread and 6.2-6.6 s with two, and the second thread's 70 MB took ten million calls' import
   * from 297 MB at its peak to 391.
   */
  readers?: number;
}

export function readBatches(
  path: string,
  fileName: string,
  mapping: ColumnMapping,
  kind: ImportKindName,
  plan: ReadPlan,
): AsyncGenerator<CheckedBatch> {
  const { size, prefix } = plan;
  const inPlace = () => checkedBatches(path, fileName, mapping, kind, { prefix });
  if (size < (plan.offThreadFrom ?? READ_OFF_THREAD_FROM)) return inPlace();
  const readers = plan.splittable
    ? (plan.readers ?? Math.max(1, Math.min(4, availableParallelism() - 1)))
    : 1;
  const regionBytes = plan.regionBytes ?? REGION_BYTES;
  const workers: Worker[] = [];
  try {
    for (let index = 0; index < readers; index++)
      workers.push(
        startSourceWorker(new URL('./read-worker.ts', import.meta.url), {
          path,
          fileName,
          mapping,
          kind,
          prefix,
          split: readers > 1 ? { index, readers, regionBytes, size } : undefined,
        }),
      );
  } catch {
    for (const w of workers) void w.terminate();
    return inPlace();
  }
  return fromWorkers(workers);
}

/** A worker's messages, waited for one at a time. */
function inbox(worker: Worker): () => Promise<Message> {
  const queue: Message[] = [];
  let wake: (() => void) | null = null;
  let crashed: Error | null = null;
  let exited = false;
  worker.on('message', (m: Message) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    crashed = e;
    wake?.();
  });
  worker.on('exit', () => {
    exited = true;
    wake?.();
  });
  return async () => {
    for (;;) {
      const m = queue.shift();
      if (m) return m;
      if (crashed) throw crashed;
      if (exited) throw new Error('a reading thread stopped before the end of the file');
      await new Promise<void>((r) => (wake = r));
      wake = null;
    }
  };
}

/**
 * The batches of the workers in the file's order: region k from worker k mod n (a single worker reads the whole
 * file as region 0). A region's rows are numbered from its header line: their lines are moved to the file's.
 */
async function* fromWorkers(workers: Worker[]): AsyncGenerator<CheckedBatch> {
  const next = workers.map(inbox);
  const took = workers.map(() => 0);
  // The region being taken, and the line it starts on.
  let k = 0;
  let firstLine = 1;
  try {
    for (;;) {
      const w = k % workers.length;
      const m = await (next[w] as () => Promise<Message>)();
      if ('done' in m) {
        offThreadReads.count++;
        if (workers.length > 1) offThreadReads.split++;
        return;
      }
      if ('failed' in m) {
        const f = m.failed;
        if (f.kind === 'app') throw new AppError(f.code ?? 'validation_failed', f.message);
        if (f.kind === 'decode') throw new DecodeError(f.message);
        throw new Error(f.message);
      }
      if ('region' in m) {
        if (m.region !== k) throw new Error(`a reading thread ended region ${m.region} where ${k} was due`);
        firstLine += m.lines;
        k++;
        continue;
      }
      // The region's own lines: 1 is the header, 2 the region's first line.
      const shift = k === 0 ? 0 : firstLine - 2;
      if (shift !== 0) {
        for (let i = 0; i < m.batch.lines.length; i++)
          m.batch.lines[i] = (m.batch.lines[i] as number) + shift;
        for (const b of m.batch.bad) b.line += shift;
      }
      yield m.batch;
      took[w] = (took[w] as number) + 1;
      (workers[w] as Worker).postMessage({ took: took[w] });
    }
  } finally {
    // Taken to the end, stopped by a failure or by the import giving up: the threads go.
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
