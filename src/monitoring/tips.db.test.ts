import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../access/policy.ts';
import { importFile } from '../intel/imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping, mappingSchema } from '../intel/imports/mapping.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { generateWorld } from '../world/generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-tips-'));
let t: TestApp;
let agencyId: string;
let analyst: string;
let prosecutor: string;
let outsider: string;

/** An NGO's own spreadsheet export: its headers, day-first dates in Bangkok time, its own marking column. */
const ngoMapping: ColumnMapping = mappingSchema.parse({
  name: 'ngo-hotline',
  kind: 'tips',
  defaultRegion: 'TH',
  dateFormat: 'dd/mm/yyyy hh:mm:ss',
  timeZone: '+07:00',
  delimiter: 'auto',
  tlp: 'AMBER+STRICT',
  columns: {
    tip_ref: 'Case no',
    received_at: 'Received',
    channel: 'Channel',
    language: 'Lang',
    text: 'What the caller said',
    place_hint: 'Where',
    lat: 'Lat',
    lon: 'Lon',
    tlp: 'Marking',
  },
});
const HEADER = [
  'Case no',
  'Received',
  'Channel',
  'Lang',
  'What the caller said',
  'Where',
  'Lat',
  'Lon',
  'Marking',
];
const tsv = (rows: string[][]) => `${[HEADER, ...rows].map((r) => r.join('\t')).join('\n')}\n`;
const GOOD: string[][] = [
  [
    'H-1',
    '03/05/2569 21:10:00',
    'hotline',
    'th',
    'มีผู้หญิงถูกขังที่คาราโอเกะ, ห้ามออกไปไหน',
    'ซอย 5 ตลาด',
    '13.7563',
    '100.5018',
    '',
  ],
  [
    'H-2',
    '04/05/2026 08:00:00',
    'Walk-in',
    'km',
    'ក្មេងស្រីធ្វើការនៅរោងចក្រ',
    'factory by the river',
    '13.7570',
    '100.5020',
    'TLP:RED',
  ],
  ['H-3', '05/05/2026 09:30:00', 'online', 'en', 'Boat crew not paid "for months"', 'pier', '', '', 'GREEN'],
];

const write = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (path: string, mapping: ColumnMapping, acceptSkips = false) =>
  importFile(t.database, { actor: SYSTEM_CLI, agencyId, path, mapping, acceptSkips });
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });

beforeAll(async () => {
  t = await startTestApp();
  const user = await makeUser(t, ['analyst']);
  agencyId = user.agencyId;
  analyst = await signIn(t, user);
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId }));
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  await generateWorld({ preset: 'demo', seed: 9, out: join(dir, 'world') });
}, 60_000);
afterAll(() => t.close());

describe('importing tips', () => {
  it("imports a generated world's tips completely, text as written, under the mapping's marking; again changes nothing", async () => {
    const path = join(dir, 'world', 'tips.jsonl');
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const r = await run(path, BUILT_IN_MAPPINGS['lantern-tips'] as ColumnMapping);
    expect(r).toMatchObject({ status: 'completed', rowsRead: lines.length, rowsImported: lines.length });
    const first = JSON.parse(lines[0] as string) as { tip_id: string; text: string; place_hint: string };
    const stored = await t.database.db
      .selectFrom('tips')
      .selectAll()
      .where('tip_ref', '=', first.tip_id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ text: first.text, place_hint: first.place_hint, tlp: 'AMBER' });
    expect((await run(path, BUILT_IN_MAPPINGS['lantern-tips'] as ColumnMapping)).status).toBe(
      'already_imported',
    );
  });

  it('reads a tab-separated file through a mapping whose delimiter is "auto", with Buddhist-Era dates', async () => {
    const r = await run(write('hotline.tsv', tsv(GOOD)), ngoMapping);
    expect(r).toMatchObject({ status: 'completed', rowsImported: 3, badRowCount: 0 });
    const rows = await t.database.db
      .selectFrom('tips')
      .select(['tip_ref', 'received_at', 'channel', 'text', 'tlp', 'lat'])
      .where('import_id', '=', r.jobId as string)
      .orderBy('tip_ref')
      .execute();
    expect(rows.map((x) => [x.tip_ref, new Date(x.received_at).toISOString(), x.channel, x.tlp])).toEqual([
      ['H-1', '2026-05-03T14:10:00.000Z', 'hotline', 'AMBER+STRICT'],
      ['H-2', '2026-05-04T01:00:00.000Z', 'walk_in', 'RED'],
      ['H-3', '2026-05-05T02:30:00.000Z', 'online', 'GREEN'],
    ]);
    expect(rows[0]?.text).toBe(GOOD[0]?.[4]);
    expect(rows[2]?.text).toBe('Boat crew not paid "for months"');
  });

  it('names each bad row, imports nothing, and with skips accepted imports the rest and keeps the skipped', async () => {
    const bad = [
      ['B-1', '06/05/2026 10:00:00', 'carrier pigeon', 'th', 'ข้อความ', '', '', '', ''],
      ['B-2', '06/05/2026 10:05:00', 'hotline', 'th', '', '', '', '', ''],
      ['B-3', '06/05/2026 10:10:00', 'hotline', 'th', 'no longitude', '', '13.7', '', ''],
      ['B-4', '06/05/2026 10:15:00', 'hotline', 'th', 'wrong marking', '', '', '', 'SECRET'],
      ['B-5', '2026-05-06', 'hotline', 'th', 'mixed date format', '', '', '', ''],
      ['B-6', '06/05/2026 10:20:00', 'ngo', 'th', 'a good one, "quoted"', '', '13.1', '100.1', ''],
      ['B-6', '06/05/2026 10:20:00', 'ngo', 'th', 'a good one, "quoted"', '', '13.1', '100.1', ''],
    ];
    const path = write('bad.tsv', tsv(bad));
    const before = await t.database.db
      .selectFrom('tips')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const r = await run(path, ngoMapping);
    expect(r.status).toBe('rejected');
    expect(r.badRows.map((b) => [b.line, b.field])).toEqual([
      [2, 'channel'],
      [3, 'text'],
      [4, 'lon'],
      [5, 'tlp'],
      [6, 'received_at'],
      [8, '(row)'],
    ]);
    expect(r.badRows[0]?.reason).toMatch(/is not a channel/);
    expect(r.badRows[3]?.reason).toMatch(/is not a TLP 2.0 marking/);
    const after = await t.database.db
      .selectFrom('tips')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const skipped = await run(path, ngoMapping, true);
    expect(skipped).toMatchObject({ status: 'completed', rowsImported: 1, rowsSkipped: 6 });
  });
});

describe('reading tips', () => {
  it("lists the agency's tips by words and by place, each with its marking, and audits the read", async () => {
    const res = await get(`/api/monitoring/tips?${new URLSearchParams({ q: 'ถูกขังที่คาราโอเกะ' })}`, analyst);
    expect(res.statusCode).toBe(200);
    expect(res.json().tips).toEqual([
      expect.objectContaining({ ref: 'H-1', tlp: 'AMBER+STRICT', lat: 13.7563 }),
    ]);
    const near = await get('/api/monitoring/tips?near=13.7565,100.5019,0.5', analyst);
    expect(
      near
        .json()
        .tips.map((x: { ref: string }) => x.ref)
        .sort(),
    ).toEqual(['H-1', 'H-2']);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'monitoring.tips_read')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit)).not.toContain('ถูกขัง');
  });

  it('refuses a bad place circle with what is wrong, and answers "not found" for a tip of another agency', async () => {
    const res = await get('/api/monitoring/tips?near=13.7,200,2', analyst);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/near: latitude must lie within/);
    const one = (await get('/api/monitoring/tips?q=Boat', analyst)).json().tips[0] as { id: string };
    expect((await get(`/api/monitoring/tips/${one.id}`, analyst)).statusCode).toBe(200);
    expect((await get(`/api/monitoring/tips/${one.id}`, outsider)).statusCode).toBe(404);
    expect((await get('/api/monitoring/tips?q=Boat', outsider)).json().tips).toEqual([]);
  });

  it('finds tips from the one search box for those who may see tips, and only for them', async () => {
    const found = (await get('/api/intel/search?q=Boat%20crew', analyst)).json();
    expect(found.tips).toEqual([expect.objectContaining({ channel: 'online', tlp: 'GREEN' })]);
    // A prosecutor reads intelligence but not the monitoring stream.
    expect((await get('/api/intel/search?q=Boat%20crew', prosecutor)).json().tips).toEqual([]);
    expect((await get('/api/monitoring/tips', prosecutor)).statusCode).toBe(403);
    expect((await get('/api/intel/search?q=Boat%20crew', outsider)).json().tips).toEqual([]);
  });
});
