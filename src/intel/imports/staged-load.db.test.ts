import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { insertAgency } from '../../access/users-store.ts';
import type { Db } from '../../db/connection.ts';
import { migrateToLatest, migrator } from '../../db/migrate.ts';
import { createTestDatabase } from '../../db/testing.ts';
import { importFile } from './calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './mapping.ts';
import { offThreadReads } from './read-off-thread.ts';

// A large import loads into a partition of its own, indexed after the rows are in and attached at the end, and is
// read and checked on a worker thread; here every file counts as large (stageFromBytes and readOffThreadFrom 0),
// so the path is taken with small files.

const dir = mkdtempSync(join(tmpdir(), 'lantern-staged-'));
let database: Db;
let agencyId: string;
const calls = BUILT_IN_MAPPINGS.lantern as ColumnMapping;
const transfers = BUILT_IN_MAPPINGS['lantern-transfers'] as ColumnMapping;

const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';
const call = (i: number, caller = '+66812345678') =>
  `C${i},${caller},+66899999${String(i % 50).padStart(3, '0')},2026-05-05T03:${String(i % 60).padStart(2, '0')}:04+07:00,${10 + i},voice,TH-001-01,13.7,100.5`;
const write = (name: string, lines: string[]) => {
  const p = join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
};
const run = (path: string, mapping = calls, acceptSkips = false) =>
  importFile(database, {
    actor: SYSTEM_CLI,
    agencyId,
    path,
    mapping,
    acceptSkips,
    stageFromBytes: 0,
    readOffThreadFrom: 0,
    // Read in regions of 4 KiB by threads side by side (file-regions.ts): rows and their duplicates in others.
    regionBytes: 4096,
    readers: 2,
  });

const partitions = async (table: string) =>
  (
    await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = ${table}::regclass ORDER BY c.relname`.execute(database.db)
  ).rows.map((r) => r.name);
const tablesLike = async (pattern: string) =>
  (
    await sql<{
      name: string;
    }>`SELECT relname AS name FROM pg_class WHERE relname LIKE ${pattern} AND relkind = 'r'`.execute(
      database.db,
    )
  ).rows.map((r) => r.name);
const callCount = async (where = sql`true`) =>
  Number(
    (
      await sql<{ n: string }>`SELECT count(*)::text AS n FROM call_records WHERE ${where}`.execute(
        database.db,
      )
    ).rows[0]?.n,
  );

/** A table's own indexes (their columns), and whether each is part of a parent's index. */
const indexesOf = async (table: string) =>
  (
    await sql<{ def: string; attached: boolean }>`
      SELECT regexp_replace(pg_get_indexdef(i.indexrelid), '^.* USING btree ', '') AS def,
        EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid) AS attached
      FROM pg_index i WHERE i.indrelid = ${table}::regclass ORDER BY 1`.execute(database.db)
  ).rows;

/** The rows of one pair (the first file's calls 0, 50, … 350) in each load's partition, the main one first. */
const pairRows = async () =>
  (
    await database.db
      .selectFrom('network_edge_parts')
      .select(['part', 'count'])
      .where('agency_id', '=', agencyId)
      .where('a', '=', '+66812345678')
      .where('b', '=', '+66899999000')
      .orderBy('part')
      .execute()
  ).map((r) => ({ part: Number(r.part), count: r.count }));

beforeAll(async () => {
  database = await createTestDatabase();
  agencyId = await insertAgency(database.db, 'Staged police', 'police');
}, 60_000);
afterAll(() => database.close());

describe('a large import in a partition of its own', () => {
  it('attaches the rows as a partition with the lookup indexes, counts duplicates, and aggregates edges', async () => {
    const threads = offThreadReads.count;
    const split = offThreadReads.split;
    const rows = Array.from({ length: 400 }, (_, i) => call(i));
    const path = write('calls.csv', [HEADER, ...rows, call(7), call(8)]);
    const r = await run(path, calls, true);
    expect(r).toMatchObject({ status: 'completed', rowsRead: 402, rowsImported: 400, rowsSkipped: 2 });
    expect(offThreadReads.count).toBe(threads + 1);
    expect(offThreadReads.split).toBe(split + 1);
    expect(r.badRows.map((b) => b.line)).toEqual([402, 403]);
    const parts = await partitions('call_records');
    expect(parts).toContain('call_records_main');
    const own = parts.filter((p) => p.startsWith('call_records_load_'));
    expect(own).toHaveLength(1);
    expect(await callCount(sql`import_id = ${r.jobId}`)).toBe(400);
    expect(await callCount(sql`part = 0`)).toBe(0);
    // The partition has lookup indexes of its own, led by the number (src/db/load-indexes.ts): no index of the
    // parent's, and no column that is the same in all its rows.
    expect(await indexesOf(own[0] as string)).toEqual([
      { def: '(callee, started_at)', attached: false },
      { def: '(caller, started_at)', attached: false },
    ]);
    const edges = await database.db
      .selectFrom('network_edges')
      .select((eb) => eb.fn.sum<string>('count').as('n'))
      .where('agency_id', '=', agencyId)
      .where('kind', '=', 'call')
      .executeTakeFirstOrThrow();
    expect(Number(edges.n)).toBe(400);
    // The import's pairs are a partition of their own too.
    const edgeParts = (await partitions('network_edge_parts')).filter((p) =>
      p.startsWith('network_edge_parts_load_'),
    );
    expect(edgeParts).toEqual([`network_edge_parts_load_${own[0]?.split('_').pop()}`]);
    // Two indexes of its own, led by the pair's numbers (compared byte by byte).
    expect(await indexesOf(edgeParts[0] as string)).toEqual([
      { def: '(a, b)', attached: false },
      { def: '(b)', attached: false },
    ]);
    expect(await pairRows()).toEqual([{ part: Number(own[0]?.split('_').pop()), count: 8 }]);
  });

  it('imports the same file again as nothing new, and leaves no table behind', async () => {
    const path = write('calls.csv', [
      HEADER,
      ...Array.from({ length: 400 }, (_, i) => call(i)),
      call(7),
      call(8),
    ]);
    const before = await tablesLike('call_records_load_%');
    const r = await run(path, calls, true);
    expect(r.status).toBe('already_imported');
    expect(await tablesLike('call_records_load_%')).toEqual(before);
  });

  it('refuses a file with bad rows with no partition made, and keeps small files in the main partition', async () => {
    const before = await tablesLike('call_records_load_%');
    const count = await callCount();
    const bad = write('bad.csv', [HEADER, call(1000), call(1001, '+66 12')]);
    const r = await run(bad);
    expect(r.status).toBe('rejected');
    // The worker's word on the row crosses with its line and field.
    expect(r.badRows).toMatchObject([{ line: 3, field: 'caller' }]);
    // A file the mapping does not fit is refused with the worker's reason, as on this thread.
    const misfit = await run(write('misfit.csv', ['caller,callee', '+66812345678,+66899999001']));
    expect(misfit.status).toBe('rejected');
    expect(misfit.message).toMatch(/does not fit this file/);
    expect(await tablesLike('call_records_load_%')).toEqual(before);
    expect(await callCount()).toBe(count);
    const small = write('small.csv', [HEADER, call(2000), call(2001)]);
    const s = await importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path: small,
      mapping: calls,
      acceptSkips: false,
    });
    expect(s.status).toBe('completed');
    expect(await callCount(sql`part = 0`)).toBe(2);
    expect(await tablesLike('call_records_load_%')).toEqual(before);
    // A pair both imports hold: a row in each load's partition, added up by network_edges.
    const rows = await pairRows();
    expect(rows.map((r) => r.count)).toEqual([1, 8]);
    const pair = await database.db
      .selectFrom('network_edges')
      .select(['count', 'total'])
      .where('agency_id', '=', agencyId)
      .where('kind', '=', 'call')
      .where('a', '=', '+66812345678')
      .where('b', '=', '+66899999000')
      .execute();
    expect(pair).toHaveLength(1);
    expect(pair[0]?.count).toBe(9);
  });

  it('loads transfers the same way, and reads them back through the table', async () => {
    const header =
      'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference';
    const lines = Array.from(
      { length: 50 },
      (_, i) =>
        `T${i},2026-05-0${1 + (i % 9)}T10:00:00+07:00,bank,ACC-${i % 5},Somchai,ACC-9${i % 3},Mali,${1000 + i}.50,THB,ref ${i}`,
    );
    const r = await run(write('transfers.csv', [header, ...lines]), transfers);
    expect(r).toMatchObject({ status: 'completed', rowsImported: 50 });
    expect((await partitions('transfers')).filter((p) => p.startsWith('transfers_load_'))).toHaveLength(1);
    const found = await database.db
      .selectFrom('transfers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('agency_id', '=', agencyId)
      .where('from_account', '=', 'ACC-1')
      .executeTakeFirstOrThrow();
    expect(Number(found.n)).toBe(10);
  });

  it("takes its partitions back to the parents' indexes and forward again (the migration both ways)", async () => {
    const loads = (await partitions('call_records')).filter((p) => p.startsWith('call_records_load_'));
    const edges = (await partitions('network_edge_parts')).filter((p) =>
      p.startsWith('network_edge_parts_load_'),
    );
    expect(loads.length).toBeGreaterThan(0);
    const pairs = await pairRows();
    const before = await indexesOf(loads[0] as string);
    const down = await migrator(database.db).migrateTo('20261207_0900_network_group_sites');
    if (down.error) throw down.error;
    // Every partition has its part of the parents' indexes again, led by the agency.
    expect(await indexesOf(loads[0] as string)).toEqual([
      { def: '(agency_id, callee, started_at)', attached: true },
      { def: '(agency_id, caller, started_at)', attached: true },
    ]);
    expect((await indexesOf(edges[0] as string)).map((i) => i.attached)).toEqual([true, true]);
    expect(await pairRows()).toEqual(pairs);
    await migrateToLatest(database.db);
    expect(await indexesOf(loads[0] as string)).toEqual(before);
    expect(await indexesOf('network_edge_parts_main')).toEqual([
      { def: '(agency_id, kind, a, b, part)', attached: false },
      { def: '(agency_id, kind, b)', attached: false },
    ]);
    expect(await pairRows()).toEqual(pairs);
  });
});
