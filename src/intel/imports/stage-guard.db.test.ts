import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { insertAgency } from '../../access/users-store.ts';
import { tableShapes } from '../../db/backup/snapshot.ts';
import { runBulk } from '../../db/bulk.ts';
import type { Db } from '../../db/connection.ts';
import { indexStatements } from '../../db/load-indexes.ts';
import { createTestDatabase } from '../../db/testing.ts';
import { addFlaggedEdges } from '../network/edges.ts';
import { importFile, LostClaim } from './calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './mapping.ts';
import { StageGuard, sweepStrayStages } from './stage-guard.ts';

// On a server, a large import commits its partition before indexing it, then attaches it in its last transaction
// (stage-guard.ts): the tables of an import stopped in between are dropped by the next sweep, never those of an
// import still running; and an import that ends without attaching (its job taken over) leaves no table.

const onServer = process.env.DATABASE_URL !== undefined;
const dir = mkdtempSync(join(tmpdir(), 'lantern-stages-'));
let database: Db;
let agencyId: string;
const calls = BUILT_IN_MAPPINGS.lantern as ColumnMapping;
const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';
const file = (name: string, n: number) => {
  const p = join(dir, name);
  const lines = Array.from(
    { length: n },
    (_, i) =>
      `C${i},+66812345678,+66899999${String(i % 50).padStart(3, '0')},2026-05-05T03:${String(i % 60).padStart(2, '0')}:04+07:00,${10 + i},voice,TH-001-01,13.7,100.5`,
  );
  writeFileSync(p, `${[HEADER, ...lines].join('\n')}\n`);
  return p;
};

/** Tables of loads that are no partition (yet). */
const unattached = async () =>
  (
    await sql<{ name: string }>`
      SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND NOT relispartition
        AND relname ~ '_load_[0-9]+$' ORDER BY relname`.execute(database.db)
  ).rows.map((r) => r.name);

beforeAll(async () => {
  database = await createTestDatabase();
  agencyId = await insertAgency(database.db, 'Stage police', 'police');
}, 60_000);
afterAll(() => database.close());

describe.skipIf(!onServer)("a server import's partition, committed before it is attached", () => {
  it('is attached with its edges, and a stopped import’s tables are swept, a running one’s kept', async () => {
    const r = await importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path: file('calls.csv', 300),
      mapping: calls,
      acceptSkips: false,
      stageFromBytes: 0,
    });
    expect(r).toMatchObject({ status: 'completed', rowsImported: 300 });
    expect(await unattached()).toEqual([]);
    const pair = await database.db
      .selectFrom('network_edges')
      .select(['count'])
      .where('agency_id', '=', agencyId)
      .where('a', '=', '+66812345678')
      .where('b', '=', '+66899999000')
      .executeTakeFirstOrThrow();
    expect(pair.count).toBe(6);

    // Two loads' tables as a killed import leaves them: one whose lock a running import (here, another
    // connection) holds, and one nobody holds.
    const held = await StageGuard.open(database, 'call_records', 1, 0);
    if (!held) throw new Error('a guard on the server');
    try {
      const stray = held.part + 1000;
      await sql
        .raw(`CREATE TABLE call_records_load_${held.part} (LIKE call_records); CREATE TABLE call_records_load_${stray} (LIKE call_records);
              CREATE TABLE network_edge_parts_load_${stray} (LIKE network_edge_parts)`)
        .execute(database.db);
      // A backup leaves them out: they hold no import's rows yet.
      const shapes = await tableShapes(async (q) => (await sql.raw(q).execute(database.db)).rows as never);
      expect(shapes.filter((t) => t.name.includes('_load_')).map((t) => t.name)).not.toContain(
        `call_records_load_${stray}`,
      );
      expect(shapes.map((t) => t.name)).toContain('call_records_main');
      expect(await sweepStrayStages(database)).toBe(2);
      expect(await unattached()).toEqual([`call_records_load_${held.part}`]);
      // Once its import lets it go, its table is a stray too.
      await held.release();
      expect(await sweepStrayStages(database)).toBe(1);
    } finally {
      await held.release();
    }
    expect(await unattached()).toEqual([]);
  });

  it('leaves no table when the job is taken over before the attach', async () => {
    const path = file('taken.csv', 200);
    const job = await database.db
      .insertInto('import_jobs')
      .values({
        agency_id: agencyId,
        kind: 'calls',
        file_name: 'taken.csv',
        file_sha256: '',
        file_bytes: 0,
        mapping: calls.name,
        status: 'queued',
        accept_skips: false,
        message: null,
        created_by: 'test',
        finished_at: null,
        claimed_by: 'this-runner',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Another runner takes the job over while this one reads the file (it took this one for dead).
    let taken: Promise<unknown> | null = null;
    const report = importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path,
      mapping: calls,
      acceptSkips: false,
      stageFromBytes: 0,
      jobId: job.id,
      claim: 'this-runner',
      progress: (p) => {
        if (p.phase === 'importing' && p.rows > 0)
          taken ??= database.db
            .updateTable('import_jobs')
            .set({ claimed_by: 'another-runner' })
            .where('id', '=', job.id)
            .execute();
      },
    });
    await expect(report).rejects.toThrow(LostClaim);
    expect(taken).not.toBeNull();
    expect(await unattached()).toEqual([]);
    const rows = await sql<{
      n: string;
    }>`SELECT count(*)::text AS n FROM call_records WHERE import_id = ${job.id}`.execute(database.db);
    expect(rows.rows[0]?.n).toBe('0');
  });

  it("adds the pairs of flagged rows that were no duplicates to the import's pairs", async () => {
    const part = 900_000 + Math.floor(Math.random() * 1000);
    const name = `network_edge_parts_load_${part}`;
    const pairs = await runBulk(database, async (tx) => {
      await tx.query(`CREATE TABLE ${name} (LIKE network_edge_parts INCLUDING DEFAULTS)`);
      for (const statement of indexStatements('network_edge_parts', name, 'load')) await tx.query(statement);
      await tx.query(
        `INSERT INTO ${name} (agency_id, kind, a, b, count, total, first_at, last_at, night, morning, afternoon, evening, part)
         VALUES ($1, 'call', '+66811111111', '+66822222222', 2, 30, '2026-05-05T01:00:00Z', '2026-05-05T02:00:00Z', 0, 2, 0, 0, $2)`,
        [agencyId, part],
      );
      await tx.query(`CREATE TEMP TABLE import_candidates ON COMMIT DROP AS
        SELECT 0::bigint AS line, caller, callee, started_at, duration_s, false AS dup FROM call_records WITH NO DATA`);
      await tx.query(`INSERT INTO import_candidates VALUES
        (7, '+66811111111', '+66822222222', '2026-05-05T09:00:00Z', 5, false),
        (8, '+66811111111', '+66833333333', '2026-05-04T20:00:00Z', 7, false),
        (9, '+66811111111', '+66822222222', '2026-05-05T09:00:00Z', 5, true)`);
      await addFlaggedEdges(tx, 'calls', agencyId, randomUUID(), part);
      const rows = await tx.query(
        `SELECT b, count, total::int AS total, first_at, last_at, morning, afternoon, evening FROM ${name} ORDER BY b`,
      );
      return { commit: false, result: rows };
    });
    expect(pairs).toEqual([
      {
        b: '+66822222222',
        count: 3,
        total: 35,
        first_at: new Date('2026-05-05T01:00:00Z'),
        last_at: new Date('2026-05-05T09:00:00Z'),
        morning: 2,
        afternoon: 1,
        evening: 0,
      },
      {
        b: '+66833333333',
        count: 1,
        total: 7,
        first_at: new Date('2026-05-04T20:00:00Z'),
        last_at: new Date('2026-05-04T20:00:00Z'),
        morning: 0,
        afternoon: 0,
        evening: 0,
      },
    ]);
  });
});
