import { Agent, request } from 'node:http';
import { buildMix, type LoadRequest } from './load-mix.ts';
import { startLoadServer } from './load-server.ts';
import { latencyFigures, type MemorySample, memoryTrend } from './load-stats.ts';
import { report } from './results.ts';

// `npm run bench -- load`: signed-in demo users of several roles at a fixed arrival rate against a Lantern it
// starts itself, for a while; every answer must be a 2xx, and the server's memory should stay flat.

interface Outcome {
  route: string;
  status: number;
  error?: string;
  ms: number;
}

/**
 * Sends one request and resolves with its status and latency. The latency is counted from when the request was
 * due, not from when it left, so that a client running late does not hide a slow server.
 */
function send(agent: Agent, baseUrl: string, r: LoadRequest, dueAt: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { cookie: r.cookie };
    if (r.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(r.body));
    }
    const req = request(`${baseUrl}${r.path}`, { method: r.method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ route: r.route, status: res.statusCode ?? 0, ms: performance.now() - dueAt }),
      );
      res.on('error', (e: NodeJS.ErrnoException) =>
        resolve({ route: r.route, status: 0, error: e.code ?? e.message, ms: performance.now() - dueAt }),
      );
    });
    req.setTimeout(30_000, () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ route: r.route, status: 0, error: e.code ?? e.message, ms: performance.now() - dueAt }),
    );
    req.end(r.body);
  });
}

/** Sends `rate` requests a second for `durationS` seconds, each at its due time whatever the previous did. */
async function fixedRate(next: () => LoadRequest, baseUrl: string, rate: number, durationS: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(rate * durationS);
  const start = performance.now();
  const pending: Promise<Outcome>[] = [];
  let sent = 0;
  let maxLagMs = 0;
  let lastProgress = start;
  while (sent < total) {
    const now = performance.now();
    while (sent < total && start + (sent * 1000) / rate <= now) {
      const due = start + (sent * 1000) / rate;
      maxLagMs = Math.max(maxLagMs, now - due);
      pending.push(send(agent, baseUrl, next(), due));
      sent++;
    }
    if (now - lastProgress >= 10_000) {
      lastProgress = now;
      process.stderr.write(`load: ${Math.round((now - start) / 1000)} s, ${sent} requests sent\n`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const sendingS = (performance.now() - start) / 1000;
  const outcomes = await Promise.all(pending);
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  return { outcomes, sendingS, elapsedS, maxLagMs };
}

export async function loadBenchmark(opts: Record<string, string>): Promise<void> {
  const rate = Number(opts.rate ?? 200);
  const durationS = Number(opts.duration ?? 600);
  const sampleMs = Number(opts['sample-ms'] ?? 5000);
  const databaseUrl = opts['database-url'] ?? process.env.DATABASE_URL;
  if (!(rate > 0) || !(durationS > 0)) throw new Error('--rate and --duration: positive numbers');
  process.stderr.write(
    `load: loading the demo into ${databaseUrl ? 'a new PostgreSQL database' : 'a new embedded database'}\n`,
  );
  const server = await startLoadServer({ ...(databaseUrl ? { databaseUrl } : {}), sampleMs });
  let failed = false;
  try {
    const mix = await buildMix(server.baseUrl);
    process.stderr.write(
      `load: ${mix.users.length} users signed in; ${rate} requests/s for ${durationS} s\n`,
    );
    const from = Date.now();
    const run = await fixedRate(mix.next, server.baseUrl, rate, durationS);
    const samples = server.samples.filter((s) => s.at >= from - sampleMs && s.at <= Date.now());
    const figures = summarise(run, samples, {
      rate,
      durationS,
      database: server.database,
      users: mix.users.length,
    });
    failed = figures.some((f) => f.failed === true);
    report('load', figures);
  } finally {
    await server.stop();
  }
  if (failed) {
    process.stderr.write(
      'load: FAILED: some requests were refused, failed or not answered (see errors above)\n',
    );
    process.exitCode = 1;
  }
}

function summarise(
  run: Awaited<ReturnType<typeof fixedRate>>,
  samples: MemorySample[],
  setting: { rate: number; durationS: number; database: string; users: number },
): Record<string, unknown>[] {
  const { outcomes } = run;
  const statusErrors: Record<string, number> = {};
  const socketErrors: Record<string, number> = {};
  const byRoute = new Map<string, number[]>();
  for (const o of outcomes) {
    if (o.error) socketErrors[`${o.error} ${o.route}`] = (socketErrors[`${o.error} ${o.route}`] ?? 0) + 1;
    else if (o.status < 200 || o.status > 299)
      statusErrors[`${o.status} ${o.route}`] = (statusErrors[`${o.status} ${o.route}`] ?? 0) + 1;
    const list = byRoute.get(o.route) ?? [];
    list.push(o.ms);
    byRoute.set(o.route, list);
  }
  const errors =
    Object.values(statusErrors).reduce((a, b) => a + b, 0) +
    Object.values(socketErrors).reduce((a, b) => a + b, 0);
  const regular = samples.filter((s) => !s.afterGc);
  const memory = (pick: (s: MemorySample) => number) => memoryTrend(regular, pick);
  // The live heap after each minute's full collection, the first (the server warming its caches) left out.
  const collected = samples.filter((s) => s.afterGc).slice(1);
  return [
    {
      figure: 'overall',
      ...setting,
      requests: outcomes.length,
      achievedRate: Math.round((outcomes.length / run.sendingS) * 10) / 10,
      elapsedS: Math.round(run.elapsedS * 10) / 10,
      maxSendLagMs: Math.round(run.maxLagMs * 10) / 10,
      errors,
      statusErrors,
      socketErrors,
      ...latencyFigures(outcomes.map((o) => o.ms)),
      failed: errors > 0 || outcomes.length === 0,
    },
    ...[...byRoute.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, ms]) => ({ figure: 'route', route, ...latencyFigures(ms) })),
    {
      figure: 'server memory',
      samples: regular.length,
      everyS:
        regular.length > 1
          ? Math.round(((regular.at(-1)?.at ?? 0) - (regular[0]?.at ?? 0)) / (regular.length - 1) / 100) / 10
          : null,
      liveHeapAfterGc: { readings: collected.length, ...memoryTrend(collected, (s) => s.heapUsed) },
      rss: memory((s) => s.rss),
      heapUsed: memory((s) => s.heapUsed),
      heapTotal: memory((s) => s.heapTotal),
      arrayBuffers: memory((s) => s.arrayBuffers),
      // Memory outside the JavaScript heap; with the embedded database it is mostly PGlite's WebAssembly memory,
      // which lives in the server process (on PostgreSQL the database's memory is the PostgreSQL server's).
      ...(setting.database === 'embedded'
        ? { embeddedDatabase: { measure: 'external', ...memory((s) => s.external) } }
        : { external: memory((s) => s.external) }),
    },
  ];
}
