import { createRequire } from 'node:module';
import { type MessagePort, Worker } from 'node:worker_threads';

// Worker threads run the app's TypeScript sources as the app does: by Node.js itself where it strips types (22.18
// and newer, as bin/lantern.js), else through tsx, which the worker registers itself. (On Node 20, registering tsx
// again where the parent had registered it failed to find tsx's own module, and every worker fell back.)

const require = createRequire(import.meta.url);
const BOOT = `
const { workerData } = require('node:worker_threads');
if (!process.features.typescript) require(workerData.tsx).register();
import(workerData.url);
`;

/** Starts a worker thread on the TypeScript module at `url`; `data` joins its workerData. */
export function startSourceWorker(
  url: URL,
  data: Record<string, unknown>,
  transferList: readonly MessagePort[] = [],
): Worker {
  return new Worker(BOOT, {
    eval: true,
    workerData: { tsx: require.resolve('tsx/esm/api'), url: url.href, ...data },
    transferList: [...transferList],
  });
}
