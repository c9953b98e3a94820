import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { importFile } from './imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './imports/mapping.ts';

let t: TestApp;
let analyst: string;
let other: string;
let personId: string;
let siteId: string;
let prosecutor: string;

const dir = mkdtempSync(join(tmpdir(), 'lantern-timeline-'));
const file = (name: string, lines: string[]) => {
  const p = join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
};

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  other = await signIn(t, await makeUser(t, ['analyst']));
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: a.agencyId }));
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, payload, ...withSession(analyst) })).json();
  const entity = async (type: string, label: string, attribute?: string) => {
    const e = await post('/api/intel/entities', { type, label });
    if (attribute) await post(`/api/intel/entities/${e.id}/facts`, { attribute, value: label });
    return e.id as string;
  };
  personId = await entity('person', 'Ko Aung Naing');
  const phone = await entity('phone', '081 234 5678', 'number');
  const account = await entity('account', 'KBANK-1', 'number');
  const vehicle = await entity('vehicle', 'AB-1234', 'plate');
  const passport = await entity('identity_document', 'MA123', 'number');
  for (const [type, toId] of [
    ['uses_phone', phone],
    ['holds_account', account],
    ['owns', vehicle],
    ['holds_document', passport],
  ] as const)
    await post('/api/intel/links', { type, fromId: personId, toId });
  const source = await post('/api/intel/sources', { code: 'OFFICER-7', kind: 'police_officer' });
  const report = await post('/api/intel/reports', {
    sourceId: source.id,
    reportedOn: '2026-05-01',
    title: 'Seen collecting debts at the pier',
    handling: 'P',
    items: [{ text: 'Collects debts weekly', sourceGrade: '1', infoGrade: 'B' }],
  });
  await post(`/api/intel/entities/${personId}/facts`, {
    attribute: 'alias',
    value: 'Ko Aung',
    reportId: report.id,
  });

  const run = (path: string, mapping: string) =>
    importFile(t.database, {
      actor: SYSTEM_CLI,
      agencyId: a.agencyId,
      path,
      mapping: BUILT_IN_MAPPINGS[mapping] as ColumnMapping,
      acceptSkips: false,
    });
  await run(
    file('calls.csv', [
      'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon',
      'C1,+66812345678,+66899999001,2026-05-05T03:34:04+07:00,40,voice,TH-1,13.7,100.5',
      'C2,+66899999002,+66812345678,2026-05-06T10:00:00+07:00,12,voice,TH-1,13.7,100.5',
      'C3,+66899999003,+66899999004,2026-05-06T11:00:00+07:00,12,voice,TH-1,13.7,100.5',
    ]),
    'lantern',
  );
  await run(
    file('transfers.csv', [
      'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference',
      'T1,2026-05-07T10:00:00+07:00,bank,SCB-9,Worker,KBANK-1,Aung,1500,THB,debt',
      'T2,2026-05-07T11:00:00+07:00,bank,SCB-9,Worker,SCB-8,Other,100,THB,',
    ]),
    'lantern-transfers',
  );
  await run(
    file('crossings.csv', [
      'crossing_id,crossed_at,checkpoint_id,checkpoint,direction,traveller_name,nationality,date_of_birth,document_type,document_number,vehicle_plate',
      'X1,2026-05-08T09:00:00+07:00,x,Mae Sot,in,Aung Naing,MM,,passport,MA123,',
      'X2,2026-05-09T09:00:00+07:00,x,Mae Sot,out,Driver,TH,,id_card,TH1,AB-1234',
      'X3,2026-05-09T10:00:00+07:00,x,Mae Sot,out,Someone,TH,,id_card,TH2,ZZ-1',
    ]),
    'lantern-crossings',
  );
  // A karaoke bar, and hotline tips placed 300 m and 5 km from it.
  siteId = await entity('site', 'Golden Star karaoke');
  await post(`/api/intel/entities/${siteId}/facts`, { attribute: 'lat', value: '13.7563' });
  await post(`/api/intel/entities/${siteId}/facts`, { attribute: 'lon', value: '100.5018' });
  await run(
    file('tips.jsonl', [
      '{"tip_id":"T1","received_at":"2026-05-10T20:00:00+07:00","channel":"hotline","language":"th","text":"ผู้หญิงถูกขังที่ร้าน","place_hint":"near the market","lat":13.7590,"lon":100.5018}',
      '{"tip_id":"T2","received_at":"2026-05-11T20:00:00+07:00","channel":"ngo","language":"en","text":"Far away","place_hint":"","lat":13.80,"lon":100.5018}',
    ]),
    'lantern-tips',
  );
}, 60_000);
afterAll(() => t.close());

const timeline = (cookie: string, query = '', id = personId) =>
  t.app.inject({
    method: 'GET',
    url: `/api/intel/entities/${id}/timeline${query}`,
    ...withSession(cookie),
  });

describe("an entity's timeline", () => {
  it('gathers the calls, transfers and crossings of what it holds, and the reports about it, newest first', async () => {
    const res = await timeline(analyst);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.counts).toEqual({ calls: 2, transfers: 1, crossings: 2, reports: 1, tips: 0 });
    expect(body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'crossing',
      'crossing',
      'transfer',
      'call',
      'call',
      'report',
    ]);
    expect(body.events[2]).toMatchObject({ direction: 'in', counterpart: 'SCB-9', currency: 'THB' });
    expect(Number(body.events[2].amount)).toBe(1500);
    expect(body.events[4]).toMatchObject({ medium: 'voice', direction: 'out', counterpart: '+66899999001' });
    expect(body.events[5]).toMatchObject({ kind: 'report', title: 'Seen collecting debts at the pier' });
    expect(body.events[0]).toMatchObject({ direction: 'out', checkpoint: 'Mae Sot', plate: 'AB-1234' });
    expect(body.events[1]).toMatchObject({ direction: 'in', checkpoint: 'Mae Sot', document: 'MA123' });
  });

  it('pages back in time, and is closed to other agencies', async () => {
    const older = (await timeline(analyst, '?limit=1&before=2026-05-06T00:00:00Z')).json();
    expect(older.events.map((e: { kind: string }) => e.kind)).toEqual(['call', 'report']);
    expect((await timeline(other)).statusCode).toBe(404);
    expect((await timeline(analyst, '?limit=0')).statusCode).toBe(400);
  });

  it('shows a site the tips placed within a kilometre of it, with their marking, to those who may see tips', async () => {
    const body = (await timeline(analyst, '', siteId)).json();
    expect(body.counts.tips).toBe(1);
    expect(body.events).toEqual([
      expect.objectContaining({
        kind: 'tip',
        channel: 'hotline',
        tlp: 'AMBER',
        language: 'th',
        text: 'ผู้หญิงถูกขังที่ร้าน',
      }),
    ]);
    const withoutTips = (await timeline(prosecutor, '', siteId)).json();
    expect(withoutTips.counts.tips).toBe(0);
  });
});
