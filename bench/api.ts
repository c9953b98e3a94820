import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { hashPassword } from '../src/access/passwords.ts';
import { insertAgency, insertUser } from '../src/access/users-store.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { report } from './results.ts';

const PASSWORD = 'benchmark passphrase 2026';

async function prepare(dataDir: string): Promise<void> {
  const database = await openDatabase({ dataDir });
  await migrateToLatest(database.db);
  const agencyId = await insertAgency(database.db, 'Benchmark agency', 'coordination');
  const id = await insertUser(database.db, {
    agencyId,
    username: 'bench',
    displayName: 'Benchmark user',
    roles: ['me_officer'],
  });
  await database.db
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD) })
    .where('id', '=', id)
    .execute();
  await database.close();
}

function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/lantern.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      LANTERN_DATA_DIR: dataDir,
      // The key beside the data folder, not in the user's configuration folder.
      LANTERN_KEY_FILE: `${dataDir}.key`,
      LANTERN_LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return resolve(child);
      } catch {}
      if (Date.now() > deadline) return reject(new Error('server did not start'));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function load(
  url: string,
  connections: number,
  duration: number,
  headers: Record<string, string> = {},
) {
  const r = await autocannon({ url, connections, duration, headers });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

/**
 * Requests/s and p99 of an authenticated read (`GET /api/me` with a session cookie) against the bare
 * `GET /api/health`, measured in the same run against one server, and their ratio.
 */
export async function apiBenchmark(opts: Record<string, string>): Promise<void> {
  const connections = Number(opts.connections ?? 50);
  const duration = Number(opts.duration ?? 10);
  const port = Number(opts.port ?? 4690);
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
  await prepare(dataDir);
  const server = await startServer(dataDir, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password: PASSWORD }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if (!signIn.ok || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);
    // Warm both routes, then measure them one after the other on the same server.
    await load(`${base}/api/health`, connections, 2);
    await load(`${base}/api/me`, connections, 2, { cookie });
    const bare = await load(`${base}/api/health`, connections, duration);
    const authed = await load(`${base}/api/me`, connections, duration, { cookie });
    const ratio = Math.round((authed.requestsPerSecond / bare.requestsPerSecond) * 1000) / 1000;
    report('api', [
      { route: 'GET /api/health (bare)', connections, durationS: duration, ...bare },
      { route: 'GET /api/me (authenticated)', connections, durationS: duration, ...authed },
      {
        figure: 'authenticated / bare',
        throughputRatio: ratio,
        authenticatedP99Ms: authed.p99Ms,
        target: 'ratio >= 0.5 and authenticated p99 < 20 ms at 50 connections',
        met: ratio >= 0.5 && authed.p99Ms < 20 && authed.non2xx === 0,
      },
    ]);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.key`, { force: true });
  }
}
