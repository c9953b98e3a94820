import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { insertAgency } from '../../access/users-store.ts';
import type { Db } from '../../db/connection.ts';
import { createTestDatabase } from '../../db/testing.ts';
import { importFile } from './calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './mapping.ts';

const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';
let database: Db;
let agencyId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  agencyId = await insertAgency(database.db, 'Duplicates police', 'police');
}, 60_000);
afterAll(() => database.close());

describe('duplicate rows in a large file', () => {
  it('names every repeat of an earlier row by its line, far apart or repeated thrice, and imports each row once', async () => {
    // 30,000 distinct rows; 400 of them come again later (every 75th), and every 300th a third time.
    const distinct = (i: number) =>
      `+6681${String(1_000_000 + (i % 1000)).slice(-7)},+6689${String(2_000_000 + i).slice(-7)},2026-05-05T03:${String(i % 60).padStart(2, '0')}:04+07:00,${i % 500},voice,${i % 3 ? 'TH-001-01' : ''},13.7,100.5`;
    const lines = [HEADER];
    const repeats: number[] = [];
    for (let i = 0; i < 30_000; i++) lines.push(`C${i},${distinct(i)}`);
    for (let i = 0; i < 30_000; i += 75) {
      lines.push(`R${i},${distinct(i)}`);
      repeats.push(lines.length);
      if (i % 300 === 0) {
        lines.push(`S${i},${distinct(i)}`);
        repeats.push(lines.length);
      }
    }
    const path = join(mkdtempSync(join(tmpdir(), 'lantern-dups-test-')), 'calls.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const run = (acceptSkips: boolean) =>
      importFile(database, {
        actor: SYSTEM_CLI,
        agencyId,
        path,
        mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
        acceptSkips,
      });
    const refused = await run(false);
    expect(refused).toMatchObject({ status: 'rejected', badRowCount: repeats.length, rowsImported: 0 });
    expect(refused.badRows.map((b) => b.line)).toEqual(repeats);
    const kept = await run(true);
    expect(kept).toMatchObject({ status: 'completed', rowsImported: 30_000, rowsSkipped: repeats.length });
    const stored = await sql<{ n: string; d: string }>`
      SELECT count(*)::text AS n, count(DISTINCT (caller, callee, started_at, cell_id))::text AS d
      FROM call_records WHERE import_id = ${kept.jobId}`.execute(database.db);
    expect(stored.rows[0]).toEqual({ n: '30000', d: '30000' });
  });
});
