import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';

// An agency with two located sites (one placed by a report), a site with no position, a place the analyst named
// after a checkpoint, call records from two cells, border records at three checkpoints (one the analyst's
// place, one on the bundled list, one unknown) and two tips with coordinates. Another agency sees none of it; a
// commander of the same agency (no monitoring.read) sees everything but the tips.

let t: TestApp;
let analyst: string;
let commander: string;
let outsider: string;
const id: Record<string, string> = {};

const dir = mkdtempSync(join(tmpdir(), 'lantern-map-'));
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
  commander = await signIn(t, await makeUser(t, ['operation_commander'], { agencyId: a.agencyId }));
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  const post = async (cookie: string, url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, payload, ...withSession(cookie) })).json();
  const entity = async (
    key: string,
    type: string,
    label: string,
    at?: [string, string],
    cookie = analyst,
  ) => {
    const e = await post(cookie, '/api/intel/entities', { type, label });
    id[key] = e.id as string;
    if (at) {
      await post(cookie, `/api/intel/entities/${e.id}/facts`, { attribute: 'lat', value: at[0] });
      await post(cookie, `/api/intel/entities/${e.id}/facts`, { attribute: 'lon', value: at[1] });
    }
  };
  await entity('karaoke', 'site', 'Golden Star karaoke', ['13.7563', '100.5018']);
  await entity('farm', 'site', 'Chiang Rai farm', ['19.9105', '99.8406']);
  await entity('nowhere', 'site', 'Unplaced factory');
  await entity('post', 'place', 'Mae Sot checkpoint', ['16.70', '98.52']);
  await entity('theirs', 'site', 'Another agency site', ['13.70', '100.50'], outsider);
  // A later assertion moves the karaoke bar; a malformed one is ignored.
  await post(analyst, `/api/intel/entities/${id.karaoke}/facts`, { attribute: 'lat', value: '13.76' });
  await post(analyst, `/api/intel/entities/${id.karaoke}/facts`, { attribute: 'lon', value: 'east' });
  await post(analyst, `/api/intel/entities/${id.karaoke}/facts`, {
    attribute: 'site_kind',
    value: 'karaoke_bar',
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
      'C1,+66812345678,+66898765432,2026-05-05T02:30:00+07:00,40,voice,TH-BKK-1,13.75,100.50',
      'C2,+66812345678,+66898765432,2026-05-05T10:00:00+07:00,60,voice,TH-BKK-1,13.75,100.50',
      'C3,+66898765432,+66812345678,2026-05-06T20:00:00+07:00,20,voice,TH-CRI-2,19.91,99.84',
    ]),
    'lantern',
  );
  const head =
    'crossing_id,crossed_at,checkpoint_id,checkpoint,direction,traveller_name,nationality,date_of_birth,document_type,document_number,vehicle_plate';
  await run(
    file('crossings.csv', [
      head,
      'X1,2026-05-05T09:00:00+07:00,MS-1,Mae Sot checkpoint,in,Aung,MM,,passport,MA1,',
      'X2,2026-05-05T09:05:00+07:00,MS-1,Mae Sot checkpoint,in,Min,MM,,passport,MA2,',
      'X3,2026-05-06T09:00:00+07:00,x-mae-sai-tachileik,Mae Sai–Tachileik (Friendship Bridge),out,Aung,MM,,passport,MA1,',
      'X4,2026-05-07T09:00:00+07:00,Q-9,Somewhere unknown,in,Min,MM,,none,,',
    ]),
    'lantern-crossings',
  );
  await run(
    file('tips.jsonl', [
      JSON.stringify({
        tip_id: 'T1',
        received_at: '2026-05-05T09:00:00+07:00',
        channel: 'hotline',
        language: 'th',
        text: 'Girls kept at the karaoke bar',
        place_hint: 'Bangkok',
        lat: 13.76,
        lon: 100.5,
        tlp: 'AMBER',
      }),
      JSON.stringify({
        tip_id: 'T2',
        received_at: '2026-05-06T09:00:00+07:00',
        channel: 'hotline',
        language: 'th',
        text: 'Workers locked in at night',
        place_hint: 'Chiang Rai',
        lat: 19.9,
        lon: 99.8,
        tlp: 'AMBER',
      }),
    ]),
    'lantern-tips',
  );
}, 60_000);
afterAll(() => t.close());

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });
const BANGKOK = 'west=100&south=13&east=101&north=14.5';

describe('the map features', () => {
  it('shows the located sites and places the analyst may see, at their latest valid position', async () => {
    const res = await get(analyst, '/api/intel/map/features?kinds=sites');
    expect(res.statusCode).toBe(200);
    const sites = res.json().sites as { id: string; lat: number; lon: number; kind: string | null }[];
    expect(sites.map((s) => s.id).sort()).toEqual([id.farm, id.karaoke, id.post].sort());
    expect(sites.find((s) => s.id === id.karaoke)).toMatchObject({
      lat: 13.76,
      lon: 100.5018,
      kind: 'karaoke_bar',
    });
    const inBangkok = (await get(analyst, `/api/intel/map/features?kinds=sites&${BANGKOK}`)).json();
    expect(inBangkok.sites.map((s: { id: string }) => s.id)).toEqual([id.karaoke]);
    const only = (
      await get(analyst, `/api/intel/map/features?kinds=sites&entities=${id.farm},${id.nowhere}`)
    ).json();
    expect(only.sites.map((s: { id: string }) => s.id)).toEqual([id.farm]);
  });

  it('counts calls per cell and locates checkpoints by a place or the list of crossings', async () => {
    const r = (await get(analyst, '/api/intel/map/features?kinds=cells,checkpoints')).json();
    expect(r.sites).toEqual([]);
    expect(r.cells).toEqual([
      { cellId: 'TH-BKK-1', lat: 13.75, lon: 100.5, calls: 2 },
      { cellId: 'TH-CRI-2', lat: 19.91, lon: 99.84, calls: 1 },
    ]);
    expect(r.checkpoints).toEqual([
      expect.objectContaining({ id: id.post, crossings: 2, locatedBy: 'place', entityId: id.post }),
      expect.objectContaining({
        id: 'x-mae-sai-tachileik',
        crossings: 1,
        locatedBy: 'gazetteer',
        lat: 20.447,
      }),
    ]);
    expect(r.unlocatedCheckpoints).toBe(1);
  });

  it('shows tips only to a reader of tips, and another agency nothing', async () => {
    const mine = (await get(analyst, `/api/intel/map/features?kinds=tips&${BANGKOK}`)).json();
    expect(mine.tips).toEqual([expect.objectContaining({ placeHint: 'Bangkok', lat: 13.76, tlp: 'AMBER' })]);
    const cmd = (await get(commander, '/api/intel/map/features')).json();
    expect(cmd.tips).toEqual([]);
    expect(cmd.withheld).toEqual(['tips']);
    expect(cmd.sites).toHaveLength(3);
    const other = (await get(outsider, '/api/intel/map/features')).json();
    expect(other.sites.map((s: { id: string }) => s.id)).toEqual([id.theirs]);
    expect(other.cells).toEqual([]);
    expect(other.tips).toEqual([]);
    expect(other.checkpoints).toEqual([]);
  });

  it('audits the read with entity ids, never labels or cell ids', async () => {
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'intel.map_read')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
    const text = JSON.stringify(audit);
    expect(text).toContain(id.karaoke);
    expect(text).not.toContain('Golden Star');
    expect(text).not.toContain('TH-BKK-1');
  });

  it('refuses a bad box, kind or id, saying which and why', async () => {
    for (const [query, where] of [
      ['west=100&south=13', 'west, south, east, north'],
      ['west=100&south=15&east=101&north=14', 'south'],
      ['west=101&south=13&east=100&north=14', 'west'],
      ['kinds=sites,roads', 'kinds: item 2'],
      ['entities=not-an-id', 'entities'],
      ['north=95&west=0&south=0&east=1', 'north'],
    ] as const) {
      const res = await get(analyst, `/api/intel/map/features?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.message, query).toContain(where);
    }
  });
});
