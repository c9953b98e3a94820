import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFirstAdministrator } from '../src/access/admin-service.ts';
import { migrateWithAuditKeys } from '../src/access/audit-upgrade.ts';
import { SYSTEM_CLI } from '../src/access/policy.ts';
import { openDatabase } from '../src/db/connection.ts';
import { loadConfig } from '../src/platform/config.ts';
import { loadDemo } from '../src/world/demo.ts';
import { loadDemoIntelligence } from '../src/world/demo-intel.ts';
import type { MemorySample } from './load-stats.ts';
import { scratchDatabase } from './server-db.ts';

// The server the load benchmark drives: a database holding the demo (embedded in a new data folder, or a new
// database on a PostgreSQL server), and `lantern serve` on it in a child process that reports its memory.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The demo operation whose field log the load writes to: it is in planning in the demo, so it is started here. */
export const LOGGED_OPERATION = 'NIGHTJAR';

export interface LoadServer {
  baseUrl: string;
  database: 'embedded' | 'postgres';
  /** Memory readings of the server process, one every `sampleMs`, as they arrive. */
  samples: MemorySample[];
  stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

/**
 * Loads the demo as `lantern serve` does on a first start (demo users, intelligence, operations), then puts the
 * demo operation in planning into execution, as its commander would once its gaps were closed, so that its log
 * is open. Done before the server starts: the embedded database has one user at a time.
 */
async function prepare(env: NodeJS.ProcessEnv): Promise<void> {
  const config = loadConfig(env);
  const database = await openDatabase(config);
  try {
    await migrateWithAuditKeys(database.db, config);
    await ensureFirstAdministrator(database.db, SYSTEM_CLI);
    await loadDemo(database.db);
    await loadDemoIntelligence(database, config.secretKeys);
    const started = await database.db
      .updateTable('operations')
      .set({ status: 'executing', started_at: new Date(Date.now() - 60_000) })
      .where('code_name', '=', LOGGED_OPERATION)
      .where('status', '=', 'planning')
      .executeTakeFirst();
    if (Number(started.numUpdatedRows) !== 1)
      throw new Error(`the demo has no ${LOGGED_OPERATION} in planning`);
  } finally {
    await database.close();
  }
}

/** Starts the server on a new demo database; `stop` ends it and removes what was made for it. */
export async function startLoadServer(opts: { databaseUrl?: string; sampleMs: number }): Promise<LoadServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-load-'));
  const scratch = opts.databaseUrl ? await scratchDatabase(opts.databaseUrl, 'lantern_load') : null;
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
  let child: ChildProcess | null = null;
  try {
    const key = randomBytes(32);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LANTERN_DATA_DIR: dataDir,
      LANTERN_SECRET_KEY: key.toString('hex'),
      LANTERN_LOG_LEVEL: 'warn',
      LANTERN_LOAD_SAMPLE_MS: String(opts.sampleMs),
    };
    delete env.LANTERN_KEY_FILE;
    delete env.LANTERN_RETIRED_KEYS;
    delete env.DATABASE_URL;
    if (scratch) env.DATABASE_URL = scratch.url;
    await prepare(env);
    const samples: MemorySample[] = [];
    const server = fork(join(ROOT, 'bench', 'load-serve.ts'), [], {
      cwd: ROOT,
      env,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child = server;
    server.on('message', (m: { memory?: MemorySample }) => {
      if (m.memory) samples.push(m.memory);
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl, server);
    return {
      baseUrl,
      database: scratch ? 'postgres' : 'embedded',
      samples,
      stop: async () => {
        await terminate(server);
        await cleanUp();
      },
    };
  } catch (e) {
    if (child) await terminate(child);
    await cleanUp();
    throw e;
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not answer /api/health within 120 s');
}

/** SIGTERM, then SIGKILL after 15 s. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
