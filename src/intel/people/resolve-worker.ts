import { parentPort, workerData } from 'node:worker_threads';
import type { Decision, Model } from '../resolution/index.ts';
import { resolveRecords } from './engine-adapter.ts';
import type { LoadedRecord } from './persist.ts';

// The worker of resolve-thread.ts: resolves the records it is given and sends the grouping back.
const { records, decisions, model } = workerData as {
  records: LoadedRecord[];
  decisions: Decision[];
  model: Model | undefined;
};
parentPort?.postMessage(resolveRecords(records, decisions, model));
