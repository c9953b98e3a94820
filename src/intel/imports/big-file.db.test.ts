import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { insertAgency } from '../../access/users-store.ts';
import type { Db } from '../../db/connection.ts';
import { createTestDatabase } from '../../db/testing.ts';
import { importFile } from './calls-import.ts';
import { TOO_LONG_REASON } from './csv-stream.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './mapping.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-big-'));
const TWO_GB = 2 * 1024 ** 3;
let database: Db;
let agencyId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  agencyId = await insertAgency(database.db, 'Big file police', 'police');
}, 60_000);
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a 2 GB file', () => {
  it('is read to its end in bounded memory; a 2 GB run without line breaks is named by its line, and nothing changes', {
    timeout: 180_000,
  }, async () => {
    // 1,000 good rows, then 2 GB of NUL bytes with no line break: what a disk image or a broken export looks like.
    const path = join(dir, 'calls-2gb.csv');
    const rows = ['call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon'];
    for (let i = 0; i < 1000; i++)
      rows.push(
        `C${i},+66812345678,+668999${String(i).padStart(5, '0')},2026-05-05T03:34:04+07:00,${10 + i},voice,TH-001-01,13.7,100.5`,
      );
    writeFileSync(path, `${rows.join('\n')}\n`);
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, TWO_GB);
    closeSync(fd);

    global.gc?.();
    const base = process.memoryUsage();
    let peakHeap = 0;
    let peakBuffers = 0;
    let lastBytes = 0;
    const report = await importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path,
      mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
      acceptSkips: false,
      progress: (p) => {
        const m = process.memoryUsage();
        peakHeap = Math.max(peakHeap, m.heapUsed - base.heapUsed);
        peakBuffers = Math.max(peakBuffers, m.arrayBuffers - base.arrayBuffers);
        if (p.phase === 'importing') lastBytes = p.bytes;
      },
    });
    expect(lastBytes).toBe(TWO_GB);
    expect(report).toMatchObject({ status: 'rejected', rowsRead: 1001, rowsImported: 0, badRowCount: 1 });
    expect(report.badRows).toEqual([{ line: 1002, field: '(row)', reason: TOO_LONG_REASON }]);
    // Whatever the file's size, the reader holds about one chunk and one record: far below the file itself.
    expect(peakHeap).toBeLessThan(200 * 1024 ** 2);
    expect(peakBuffers).toBeLessThan(64 * 1024 ** 2);
    const stored = await database.db
      .selectFrom('call_records')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(0);
    const job = await database.db
      .selectFrom('import_jobs')
      .select(['status', 'file_bytes'])
      .where('id', '=', report.jobId as string)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'rejected', file_bytes: String(TWO_GB) });
  });
});
