// Figures of the load benchmark: latency percentiles of a set of samples and the trend of the server's memory.

/** p50/p95/p99/max of latencies in milliseconds, rounded to 0.1 ms. */
export function latencyFigures(ms: number[]): {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
} {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => {
    if (sorted.length === 0) return 0;
    return round1(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
  };
  return {
    count: sorted.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: round1(sorted.at(-1) ?? 0),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** One reading of the server's memory (process.memoryUsage() in the server process), in bytes. */
export interface MemorySample {
  at: number;
  /** Read just after a full collection (once a minute): the live heap, without the garbage not yet collected. */
  afterGc?: boolean;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/**
 * First, last and largest reading of one measure in MB, and the slope of a least-squares line through all the
 * readings in MB per minute: near zero when memory is flat over the run.
 */
export function memoryTrend(samples: MemorySample[], pick: (s: MemorySample) => number) {
  const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
  if (samples.length === 0) return { firstMb: 0, lastMb: 0, maxMb: 0, slopeMbPerMin: 0 };
  const t0 = samples[0]?.at ?? 0;
  const xs = samples.map((s) => (s.at - t0) / 60_000);
  const ys = samples.map((s) => pick(s) / 1024 / 1024);
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    den += ((xs[i] ?? 0) - mx) ** 2;
  }
  return {
    firstMb: mb(pick(samples[0] as MemorySample)),
    lastMb: mb(pick(samples.at(-1) as MemorySample)),
    maxMb: mb(Math.max(...samples.map(pick))),
    slopeMbPerMin: den > 0 ? Math.round((num / den) * 100) / 100 : 0,
  };
}
