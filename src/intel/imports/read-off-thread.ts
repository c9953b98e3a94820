import type { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import { startSourceWorker } from '../../platform/source-worker.ts';
import { type CheckedBatch, checkedBatches } from './checked-rows.ts';
import { DecodeError } from './decode.ts';
import type { ColumnMapping, ImportKindName } from './mapping.ts';

// A large file is read and checked on a worker thread while this one filters duplicates and feeds COPY: the two
// halves of an import's reading each take a core (checking a call record costs about three times what filtering
// and sending it does). A small file, or a worker that cannot start, is read on this thread: the same batches.

/** From this size a file is read on a worker thread (the thread's start, about a second, then pays). */
export const READ_OFF_THREAD_FROM = 16 << 20;

/** How many files a worker thread has read to the end (none fell back to this thread). */
export const offThreadReads = { count: 0 };

type Message =
  | { batch: CheckedBatch }
  | { done: true }
  | { failed: { kind: 'app' | 'decode' | null; code: ErrorCode | null; message: string } };

export function readBatches(
  path: string,
  fileName: string,
  mapping: ColumnMapping,
  kind: ImportKindName,
  size: number,
  prefix: string,
  from = READ_OFF_THREAD_FROM,
): AsyncGenerator<CheckedBatch> {
  if (size < from) return checkedBatches(path, fileName, mapping, kind, prefix);
  let worker: Worker;
  try {
    worker = startSourceWorker(new URL('./read-worker.ts', import.meta.url), {
      path,
      fileName,
      mapping,
      kind,
      prefix,
    });
  } catch {
    return checkedBatches(path, fileName, mapping, kind, prefix);
  }
  return fromWorker(worker);
}

async function* fromWorker(worker: Worker): AsyncGenerator<CheckedBatch> {
  const inbox: Message[] = [];
  let wake: (() => void) | null = null;
  let crashed: Error | null = null;
  let exited = false;
  worker.on('message', (m: Message) => {
    inbox.push(m);
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
  let took = 0;
  try {
    for (;;) {
      const m = inbox.shift();
      if (!m) {
        if (crashed) throw crashed;
        if (exited) throw new Error('the reading thread stopped before the end of the file');
        await new Promise<void>((r) => (wake = r));
        wake = null;
        continue;
      }
      if ('done' in m) {
        offThreadReads.count++;
        return;
      }
      if ('failed' in m) {
        const f = m.failed;
        if (f.kind === 'app') throw new AppError(f.code ?? 'validation_failed', f.message);
        if (f.kind === 'decode') throw new DecodeError(f.message);
        throw new Error(f.message);
      }
      yield m.batch;
      worker.postMessage({ took: ++took });
    }
  } finally {
    // Taken to the end, stopped by a failure or by the import giving up: the thread goes.
    await worker.terminate();
  }
}
