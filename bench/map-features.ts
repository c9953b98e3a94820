// The map features route's reads on a synthetic picture: N call records over C cells, S located sites, and
// crossings at the bundled checkpoints; each read timed (median and p95 of repeated runs) on PGlite, or on
// PostgreSQL with DATABASE_URL. Run: node bench/map-features.ts [--calls 1000000] [--sites 5000] [--runs 10]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { registerAuditKeys } from '../src/access/audit-keys.ts';
import { keyId } from '../src/access/crypto.ts';
import type { Actor } from '../src/access/policy.ts';
import { permissionsOfRoles } from '../src/access/roles.ts';
import { insertAgency } from '../src/access/users-store.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { type MapKind, mapFeatures } from '../src/intel/map/features.ts';
import { parseOptions, report } from './results.ts';

const opts = parseOptions(process.argv.slice(2));
const CALLS = Number(opts.calls ?? 1_000_000);
const SITES = Number(opts.sites ?? 5000);
const RUNS = Number(opts.runs ?? 10);
const CELLS = 3000;

const dir = mkdtempSync(join(tmpdir(), 'lantern-bench-map-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir });
try {
  const db = database.db;
  await migrateToLatest(db);
  // Each read audits itself: the entries are sealed with a key of the benchmark's own.
  const key = randomBytes(32);
  registerAuditKeys(db, [{ id: keyId(key), key }]);
  const agencyId = await insertAgency(db, `Map bench ${Date.now()}`, 'police');
  const actor: Actor = {
    kind: 'user',
    userId: null,
    agencyId,
    roles: ['analyst'],
    permissions: permissionsOfRoles(['analyst']),
    label: 'bench',
  };
  const t0 = performance.now();
  // Cells spread over the region (lat 6–28, lon 93–114), calls spread over the cells.
  await sql`INSERT INTO call_records (agency_id, import_id, caller, callee, started_at, duration_s, kind, cell_id, cell_lat, cell_lon)
    SELECT ${agencyId}, gen_random_uuid(), '+6680' || (i % 50000), '+6690' || (i % 70000),
           now() - (i || ' seconds')::interval, 30, 'voice', 'C-' || (i % ${CELLS}),
           6 + ((i % ${CELLS}) * 7919 % 2200) / 100.0, 93 + ((i % ${CELLS}) * 104729 % 2100) / 100.0
    FROM generate_series(1, ${CALLS}) AS i`.execute(db);
  const ids = await sql<{ id: string }>`INSERT INTO entities (agency_id, type, label)
    SELECT ${agencyId}, 'site', 'Site ' || i FROM generate_series(1, ${SITES}) AS i RETURNING id`.execute(db);
  let k = 0;
  for (const { id } of ids.rows) {
    k++;
    await sql`INSERT INTO entity_facts (agency_id, entity_id, attribute, value) VALUES
      (${agencyId}, ${id}, 'lat', ${String(6 + ((k * 7919) % 2200) / 100)}),
      (${agencyId}, ${id}, 'lon', ${String(93 + ((k * 104729) % 2100) / 100)})`.execute(db);
  }
  const filled = Math.round(performance.now() - t0);

  const time = async (
    what: string,
    kinds: MapKind[],
    box?: { west: number; south: number; east: number; north: number },
  ) => {
    const ms: number[] = [];
    let count = 0;
    for (let r = 0; r < RUNS; r++) {
      const s = performance.now();
      const f = await mapFeatures(db, actor, { kinds, box }, 'bench');
      ms.push(performance.now() - s);
      count = f.sites.length + f.cells.length + f.checkpoints.length + f.tips.length;
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round((ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0) * 10) / 10;
    return { what, features: count, medianMs: at(0.5), p95Ms: at(0.95) };
  };
  const bangkok = { west: 99.5, south: 13, east: 101.5, north: 14.5 };
  report('map-features', [
    { calls: CALLS, sites: SITES, cells: CELLS, runs: RUNS, db: database.kind, fillMs: filled },
    await time('sites, everywhere', ['sites']),
    await time('sites, a box around Bangkok', ['sites'], bangkok),
    await time('cells, everywhere', ['cells']),
    await time('cells, a box around Bangkok', ['cells'], bangkok),
    await time('all kinds, everywhere', ['sites', 'checkpoints', 'cells', 'tips']),
  ]);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
