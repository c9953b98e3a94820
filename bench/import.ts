import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { registerAuditKeys } from '../src/access/audit-keys.ts';
import { keyId } from '../src/access/crypto.ts';
import { SYSTEM_CLI } from '../src/access/policy.ts';
import { insertAgency } from '../src/access/users-store.ts';
import { runBulk } from '../src/db/bulk.ts';
import { connectPostgres, type Db, openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { importCalls } from '../src/intel/imports/calls-import.ts';
import { BUILT_IN_MAPPINGS } from '../src/intel/imports/mapping.ts';
import { generateWorld } from '../src/world/generate.ts';
import { report } from './results.ts';
import { scratchDatabase } from './server-db.ts';

const COLUMNS = [
  'agency_id',
  'import_id',
  'caller',
  'callee',
  'started_at',
  'duration_s',
  'kind',
  'cell_id',
  'cell_lat',
  'cell_lon',
];

/**
 * The baseline: the same rows straight into COPY into a table with no index (the file's columns already fit,
 * nothing checked), then the two lookup indexes built over them, as psql would do it. Rolled back.
 */
async function rawCopy(database: Db, file: string, agencyId: string): Promise<number> {
  const importId = randomUUID();
  return runBulk(database, async (tx) => {
    await tx.query('CREATE TABLE bench_raw_calls (LIKE call_records INCLUDING DEFAULTS)');
    const writer = await tx.copyInto('bench_raw_calls', COLUMNS);
    let buffer = '';
    let rows = 0;
    let header = true;
    for await (const line of createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }) })) {
      if (header) {
        header = false;
        continue;
      }
      buffer += `${agencyId},${importId},${line.slice(line.indexOf(',') + 1)}\n`;
      rows++;
      if (buffer.length > 1 << 20) {
        await writer.write(buffer);
        buffer = '';
      }
    }
    await writer.write(buffer);
    await writer.end();
    await tx.query('CREATE INDEX ON bench_raw_calls (agency_id, caller, started_at)');
    await tx.query('CREATE INDEX ON bench_raw_calls (agency_id, callee, started_at)');
    return { commit: false, result: rows };
  });
}

async function serverUrl(): Promise<string | null> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return url;
  } catch {
    return null;
  }
}

async function freshServerDb(url: string): Promise<Db> {
  const scratch = await scratchDatabase(url, 'lantern_bench');
  const db = connectPostgres(scratch.url);
  return {
    ...db,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}

async function measure(engine: string, database: Db, file: string) {
  await migrateToLatest(database.db);
  // The import audits itself: its entries are sealed with a key of the benchmark's own.
  const key = randomBytes(32);
  registerAuditKeys(database.db, [{ id: keyId(key), key }]);
  const agencyId = await insertAgency(database.db, `Bench ${engine}`, 'police');
  const t0 = performance.now();
  const rows = await rawCopy(database, file, agencyId);
  const rawMs = performance.now() - t0;
  const t1 = performance.now();
  const r = await importCalls(database, {
    actor: SYSTEM_CLI,
    agencyId,
    path: file,
    mapping: BUILT_IN_MAPPINGS.lantern ?? (undefined as never),
    acceptSkips: false,
  });
  const importMs = performance.now() - t1;
  if (r.status !== 'completed' || r.rowsImported !== rows)
    throw new Error(`import ${r.status}: ${r.rowsImported} of ${rows}`);
  return {
    engine,
    rows,
    rawCopyRowsPerSecond: Math.round(rows / (rawMs / 1000)),
    importRowsPerSecond: Math.round(rows / (importMs / 1000)),
    ratio: Math.round((rawMs / importMs) * 1000) / 1000,
    rawCopySeconds: +(rawMs / 1000).toFixed(1),
    importSeconds: +(importMs / 1000).toFixed(1),
  };
}

/**
 * Importing call records end to end (hash, decode, parse, check, normalise, COPY) against a raw COPY of the same
 * rows into the same database, in the same run, on PGlite and on the PostgreSQL server.
 */
export async function importBenchmark(opts: Record<string, string>): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'lantern-import-bench-'));
  try {
    let file = opts.file;
    if (!file) {
      await generateWorld({ preset: (opts.preset as 'medium') ?? 'medium', seed: 1, out: work });
      file = join(work, 'calls.csv');
    }
    if (!existsSync(file)) throw new Error(`no file ${file}`);
    const results: Record<string, unknown>[] = [];
    // `--engine pglite` or `--engine postgresql` measures one engine only (ten million calls on the server, say).
    if (opts.engine !== 'postgresql') {
      const embedded = await openDatabase({ dataDir: join(work, 'db') });
      try {
        results.push(await measure('pglite', embedded, file));
      } finally {
        await embedded.close();
      }
    }
    const url = await serverUrl();
    if (url && opts.server !== 'no' && opts.engine !== 'pglite') {
      const server = await freshServerDb(url);
      try {
        results.push(await measure('postgresql', server, file));
      } finally {
        await server.close();
      }
    }
    results.push({
      figure: 'import end to end / (COPY into a table with no index + the two lookup indexes built after)',
      target: 'at least 0.5 on each engine',
      met: results.every((r) => typeof r.ratio !== 'number' || r.ratio >= 0.5),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    report('import', results);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
