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
import { startDemoOperation } from './demo-start.ts';
import type { MemorySample } from './load-stats.ts';
import { scratchDatabase } from './server-db.ts';
import { TYPESCRIPT } from './typescript.ts';

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
 * demo operation in planning into execution through the application, as its commander would once its gaps were
 * closed (demo-start.ts), so that its log is open. Done before the server starts: the embedded database has one user at a time.
 */
async function prepare(env: NodeJS.ProcessEnv): Promise<void> {
  const config = loadConfig(env);
  const database = await openDatabase(config);
  try {
    await migrateWithAuditKeys(database.db, config);
    await ensureFirstAdministrator(database.db, SYSTEM_CLI);
    await loadDemo(database.db);
    await loadDemoIntelligence(database, config.secretKeys);
    await startDemoOperation(database, LOGGED_OPERATION);
  } finally {
    await database.close();
  }
}

/** A new demo database (and the environment of a server on it) that servers can be started on, again and again. */
export interface DemoSetup {
  env: NodeJS.ProcessEnv;
  baseUrl: string;
  database: 'embedded' | 'postgres';
  dataDir: string;
  /** Removes the data folder, and drops the PostgreSQL database. */
  cleanUp: () => Promise<void>;
}

/**
 * Makes a data folder (and, with `databaseUrl`, a new database on that server named `prefix`_time), loads the demo
 * into it as `prepare` does, and returns the environment a `lantern serve` on it runs with.
 */
export async function demoSetup(opts: {
  databaseUrl?: string;
  prefix: string;
  sampleMs?: number;
}): Promise<DemoSetup> {
  const dataDir = mkdtempSync(join(tmpdir(), `${opts.prefix.replaceAll('_', '-')}-`));
  const scratch = opts.databaseUrl ? await scratchDatabase(opts.databaseUrl, opts.prefix) : null;
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
  try {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LANTERN_DATA_DIR: dataDir,
      LANTERN_SECRET_KEY: randomBytes(32).toString('hex'),
      LANTERN_LOG_LEVEL: 'warn',
      LANTERN_LOAD_SAMPLE_MS: String(opts.sampleMs ?? 5000),
    };
    delete env.LANTERN_KEY_FILE;
    delete env.LANTERN_RETIRED_KEYS;
    delete env.DATABASE_URL;
    if (scratch) env.DATABASE_URL = scratch.url;
    await prepare(env);
    return {
      env,
      baseUrl: `http://127.0.0.1:${port}`,
      database: scratch ? 'postgres' : 'embedded',
      dataDir,
      cleanUp,
    };
  } catch (e) {
    await cleanUp();
    throw e;
  }
}

/** Starts `lantern serve` on a prepared database in a child process, and waits until it answers. */
export async function spawnServer(setup: DemoSetup, samples?: MemorySample[]): Promise<ChildProcess> {
  const server = fork(join(ROOT, 'bench', 'load-serve.ts'), [], {
    cwd: ROOT,
    env: setup.env,
    execArgv: [...TYPESCRIPT, '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  server.on('message', (m: { memory?: MemorySample }) => {
    if (m.memory) samples?.push(m.memory);
  });
  try {
    await waitForHealth(setup.baseUrl, server);
  } catch (e) {
    await terminate(server);
    throw e;
  }
  return server;
}

/** Starts the server on a new demo database; `stop` ends it and removes what was made for it. */
export async function startLoadServer(opts: { databaseUrl?: string; sampleMs: number }): Promise<LoadServer> {
  const setup = await demoSetup({ ...opts, prefix: 'lantern_load' });
  try {
    const samples: MemorySample[] = [];
    const server = await spawnServer(setup, samples);
    return {
      baseUrl: setup.baseUrl,
      database: setup.database,
      samples,
      stop: async () => {
        await terminate(server);
        await setup.cleanUp();
      },
    };
  } catch (e) {
    await setup.cleanUp();
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
export async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
