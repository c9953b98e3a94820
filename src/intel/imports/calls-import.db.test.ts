import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { insertAgency } from '../../access/users-store.ts';
import type { Db } from '../../db/connection.ts';
import { createTestDatabase } from '../../db/testing.ts';
import { generateWorld } from '../../world/generate.ts';
import { importCalls, importFile } from './calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './mapping.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-import-'));
let database: Db;
let agencyId: string;
const lantern = BUILT_IN_MAPPINGS.lantern as ColumnMapping;
const thai = BUILT_IN_MAPPINGS['th-operator'] as ColumnMapping;

const count = async () =>
  Number(
    (
      await database.db
        .selectFrom('call_records')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const write = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (path: string, mapping = lantern, acceptSkips = false) =>
  importCalls(database, { actor: SYSTEM_CLI, agencyId, path, mapping, acceptSkips });
const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';
const row = (i: number, caller = '+66812345678', started = '2026-05-05T03:34:04+07:00') =>
  `C${i},${caller},+66899999${String(i).padStart(3, '0')},${started},${10 + i},voice,TH-001-01,13.7,100.5`;

beforeAll(async () => {
  database = await createTestDatabase();
  agencyId = await insertAgency(database.db, 'Import police', 'police');
  await generateWorld({ preset: 'demo', seed: 5, out: join(dir, 'world') });
}, 60_000);
afterAll(() => database.close());

describe('importing call records', () => {
  it("imports a generated world's calls completely, and the same file again changes nothing", async () => {
    const path = join(dir, 'world', 'calls.csv');
    const lines = readFileSync(path, 'utf8').trim().split('\n').length - 1;
    const first = await run(path);
    expect(first).toMatchObject({
      status: 'completed',
      rowsRead: lines,
      rowsImported: lines,
      badRowCount: 0,
    });
    expect(await count()).toBe(lines);
    const again = await run(path);
    expect(again.status).toBe('already_imported');
    expect(await count()).toBe(lines);
  });

  it('refuses a file with bad rows, naming line, field and reason, and changes nothing', async () => {
    const before = await count();
    const path = write(
      'bad.csv',
      [
        HEADER,
        row(1),
        row(2, '+66 12'),
        row(3, '+66812345678', '2026-02-31T10:00:00+07:00'),
        row(4),
        row(4),
        `C5,+66812345678,"unfinished`,
      ].join('\n'),
    );
    const r = await run(path);
    expect(r.status).toBe('rejected');
    expect(await count()).toBe(before);
    expect(r.badRows).toEqual([
      { line: 3, field: 'caller', reason: 'cannot be a valid phone number (region TH)' },
      { line: 4, field: 'started_at', reason: 'is not a real date and time (iso)' },
      { line: 6, field: '(row)', reason: 'duplicates an earlier row of this file' },
      { line: 7, field: '(row)', reason: 'the file ends inside a quoted field: it is truncated' },
    ]);
    expect(JSON.stringify(r.badRows)).not.toContain('+66 12');
    const kept = await database.db
      .selectFrom('import_bad_rows')
      .select(['line', 'field'])
      .where('job_id', '=', r.jobId ?? '')
      .execute();
    expect(kept).toHaveLength(4);
  });

  it('imports the good rows when skipping the bad ones is accepted, and keeps the skipped ones in the report', async () => {
    const before = await count();
    const path = write('skips.csv', [HEADER, row(11), row(12, 'not a number'), row(13)].join('\n'));
    const r = await run(path, lantern, true);
    expect(r).toMatchObject({ status: 'completed', rowsImported: 2, rowsSkipped: 1 });
    expect(await count()).toBe(before + 2);
    expect(r.badRows[0]).toMatchObject({ line: 3, field: 'caller' });
  });

  it("reads a Thai operator's Windows-874 file with Buddhist-Era dates and local numbers, and the same in UTF-16", async () => {
    const text = [
      'หมายเลขต้นทาง,หมายเลขปลายทาง,วันเวลาเริ่ม,ระยะเวลา,ประเภท,รหัสเสา',
      '081-234-5678,0899990001,14/03/2569 21:05:33,95,โทร,BKK01',
      '0812345678,089 999 0002,15/03/2569 08:00:00,0,SMS,BKK02',
    ].join('\r\n');
    const win874 = Buffer.from(new TextEncoder().encode(text).length ? encode874(text) : []);
    const r = await run(write('thai.csv', win874), { ...thai, encoding: 'windows-874' });
    expect(r).toMatchObject({ status: 'completed', rowsImported: 2 });
    const rows = await database.db
      .selectFrom('call_records')
      .select(['caller', 'callee', 'started_at', 'kind'])
      .where('import_id', '=', r.jobId ?? '')
      .orderBy('started_at')
      .execute();
    expect(rows.map((x) => [x.caller, x.callee, x.started_at.toISOString(), x.kind])).toEqual([
      ['+66812345678', '+66899990001', '2026-03-14T14:05:33.000Z', 'voice'],
      ['+66812345678', '+66899990002', '2026-03-15T01:00:00.000Z', 'sms'],
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}\r\n`, 'utf16le')]);
    expect((await run(write('thai16.csv', utf16), thai)).rowsImported).toBe(2);
  });

  it('names the encoding problem when a file is not what its mapping says', async () => {
    const thaiBytes = encode874('หมายเลขต้นทาง,หมายเลขปลายทาง,วันเวลาเริ่ม,ระยะเวลา\n');
    const r = await run(write('not-utf8.csv', thaiBytes), { ...thai, encoding: 'utf-8' });
    expect(r.status).toBe('rejected');
    // The first Thai letter's byte opens a UTF-8 character that the second cannot continue: found at byte 1.
    expect(r.message).toMatch(/not valid utf-8 near byte 1: name its encoding in the mapping \(windows-874/);
  });

  it('refuses mixed date formats row by row, and a mapping that does not fit the file as a whole', async () => {
    const mixed = await run(
      write('mixed.csv', [HEADER, row(21), row(22, '+66812345678', '2026-05-05 03:34:04')].join('\n')),
    );
    expect(mixed.badRows).toEqual([
      { line: 3, field: 'started_at', reason: 'is not a time in the format iso' },
    ]);
    const before = await count();
    const misfit = await run(write('misfit.csv', [HEADER, row(31)].join('\n')), thai);
    expect(misfit.status).toBe('rejected');
    expect(misfit.message).toMatch(/does not fit this file: it expects "หมายเลขต้นทาง" \(caller\)/);
    expect(await count()).toBe(before);
  });
});

describe('importing transfers', () => {
  const transfers = BUILT_IN_MAPPINGS['lantern-transfers'] as ColumnMapping;
  it("imports a generated world's transfers completely through the same pipeline", async () => {
    const path = join(dir, 'world', 'transfers.csv');
    const lines = readFileSync(path, 'utf8').trim().split('\n').length - 1;
    const r = await importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path,
      mapping: transfers,
      acceptSkips: false,
    });
    expect(r).toMatchObject({ status: 'completed', rowsImported: lines });
    const n = await database.db
      .selectFrom('transfers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(lines);
    expect(
      (
        await importFile(database, {
          actor: SYSTEM_CLI,
          agencyId,
          path,
          mapping: transfers,
          acceptSkips: false,
        })
      ).status,
    ).toBe('already_imported');
  });
  it('names bad amounts, missing accounts and unknown currencies, and refuses a calls mapping for transfers', async () => {
    const head =
      'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference';
    const path = write(
      'bad-transfers.csv',
      [
        head,
        'T1,2026-05-05T10:00:00+07:00,bank,KBANK-1,A,SCB-2,B,"1,250.50",THB,rent',
        'T2,2026-05-05T10:00:00+07:00,bank,,A,SCB-2,B,100,THB,',
        'T3,2026-05-05T10:00:00+07:00,bank,KBANK-1,A,SCB-2,B,-5,THB,',
        'T4,2026-05-05T10:00:00+07:00,bank,KBANK-1,A,SCB-2,B,10,baht,',
      ].join('\n'),
    );
    const r = await importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path,
      mapping: transfers,
      acceptSkips: false,
    });
    expect(r.status).toBe('rejected');
    expect(r.badRows.map((b) => `${b.line} ${b.field}`)).toEqual([
      '3 from_account',
      '4 amount',
      '5 currency',
    ]);
    await expect(
      importCalls(database, { actor: SYSTEM_CLI, agencyId, path, mapping: transfers, acceptSkips: false }),
    ).rejects.toThrow(/is for transfers, not calls/);
  });
});

describe('importing JSON lines', () => {
  it('reads call records one JSON object a line, reporting broken lines by number, all or nothing', async () => {
    const line = (i: number, extra = {}) =>
      JSON.stringify({
        call_id: `J${i}`,
        caller: '+66 81 234 5678',
        callee: `+66899998${String(i).padStart(3, '0')}`,
        started_at: '2026-05-06T03:34:04+07:00',
        duration_s: 30 + i,
        kind: 'voice',
        cell_id: 'TH-001-01',
        cell_lat: 13.7,
        cell_lon: 100.5,
        ...extra,
      });
    const bad = write(
      'calls-bad.jsonl',
      [line(1), '{"call_id": "J2", "caller": ', line(3, { callee: { n: 1 } }), '[1,2]'].join('\n'),
    );
    const before = await count();
    const r = await run(bad);
    expect(r.status).toBe('rejected');
    expect(r.badRows.map((b) => `${b.line} ${b.reason}`)).toEqual([
      '2 is not valid JSON (a truncated or broken line)',
      '3 "callee" holds a list or an object, not a value',
      '4 is not a JSON object',
    ]);
    expect(await count()).toBe(before);
    const good = write('calls-good.jsonl', `${[line(1), line(2), '', line(3)].join('\r\n')}\r\n`);
    const ok = await run(good);
    expect(ok).toMatchObject({ status: 'completed', rowsImported: 3, badRowCount: 0 });
    expect(await count()).toBe(before + 3);
    const stored = await database.db
      .selectFrom('call_records')
      .select(['caller', 'duration_s'])
      .where('import_id', '=', ok.jobId)
      .orderBy('duration_s')
      .execute();
    expect(stored.map((c) => `${c.caller} ${c.duration_s}`)).toEqual([
      '+66812345678 31',
      '+66812345678 32',
      '+66812345678 33',
    ]);
  });
});

describe('importing Excel workbooks', () => {
  it("reads the first sheet row by row, a date cell in the mapping's time zone, bad rows by sheet row", async () => {
    const book = async (name: string, callees: string[]) => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('Calls');
      sheet.addRow(HEADER.split(','));
      callees.forEach((callee, i) => {
        sheet.addRow([
          `X${i}`,
          '081-234-5678',
          callee,
          new Date(Date.UTC(2026, 4, 6, 3, 34, i)),
          60 + i,
          'voice',
          'TH-9',
          13.7,
          100.5,
        ]);
      });
      const path = join(dir, name);
      await wb.xlsx.writeFile(path);
      return path;
    };
    const before = await count();
    const bad = await run(await book('calls-bad.xlsx', ['+66899997001', 'not a phone']));
    expect(bad.status).toBe('rejected');
    expect(bad.badRows.map((b) => `${b.line} ${b.field}`)).toEqual(['3 callee']);
    expect(await count()).toBe(before);
    const ok = await run(await book('calls-good.xlsx', ['+66899997001', '+66899997002']));
    expect(ok).toMatchObject({ status: 'completed', rowsImported: 2 });
    const stored = await database.db
      .selectFrom('call_records')
      .select(['caller', 'started_at', 'duration_s'])
      .where('import_id', '=', ok.jobId)
      .orderBy('duration_s')
      .execute();
    expect(stored.map((c) => `${c.caller} ${new Date(c.started_at).toISOString()} ${c.duration_s}`)).toEqual([
      '+66812345678 2026-05-05T20:34:00.000Z 60',
      '+66812345678 2026-05-05T20:34:01.000Z 61',
    ]);
  });
});

describe('importing checkpoint crossings', () => {
  it("imports a generated world's crossings completely, keeping names and dates of birth as written", async () => {
    const path = join(dir, 'world', 'crossings.csv');
    const lines = readFileSync(path, 'utf8').trim().split('\n').length - 1;
    const mapping = BUILT_IN_MAPPINGS['lantern-crossings'] as ColumnMapping;
    const r = await importFile(database, { actor: SYSTEM_CLI, agencyId, path, mapping, acceptSkips: false });
    expect(r).toMatchObject({ status: 'completed', rowsImported: lines });
    const bad = write(
      'bad-crossings.csv',
      [
        'crossing_id,crossed_at,checkpoint_id,checkpoint,direction,traveller_name,nationality,date_of_birth,document_type,document_number,vehicle_plate',
        'X1,2026-05-05T09:07:54+07:00,x,Mae Sot,sideways,Aung,MM,15/03/2533,passport,MA123,',
        'X2,2026-05-05T09:07:54+07:00,x,Mae Sot,in,,MM,,none,,',
      ].join('\n'),
    );
    const rb = await importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path: bad,
      mapping,
      acceptSkips: false,
    });
    expect(rb.badRows.map((b) => `${b.line} ${b.field}`)).toEqual(['2 direction', '3 traveller_name']);
  });
});

/** Windows-874 (TIS-620 with extras): Thai letters sit at U+0E01–U+0E5B ↔ 0xA1–0xFB. */
function encode874(s: string): Buffer {
  return Buffer.from(
    [...s].map((c) => {
      const cp = c.codePointAt(0) ?? 0;
      if (cp < 0x80) return cp;
      if (cp >= 0x0e01 && cp <= 0x0e5b) return cp - 0x0e01 + 0xa1;
      throw new Error(`not in windows-874: ${c}`);
    }),
  );
}
