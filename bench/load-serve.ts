// The server of the load benchmark: `lantern serve` itself, run in a child process that also tells its parent
// (over the IPC channel of fork) how much memory it uses every LANTERN_LOAD_SAMPLE_MS milliseconds.
import { serve } from '../src/cli/serve.ts';

const every = Number(process.env.LANTERN_LOAD_SAMPLE_MS ?? 5000);
const sample = () => {
  const m = process.memoryUsage();
  process.send?.({
    memory: {
      at: Date.now(),
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
    },
  });
};
setInterval(sample, every).unref();
await serve({ demo: false });
sample();
