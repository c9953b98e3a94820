import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';
import { resolvePeople } from '../people/run.ts';

// Three families called the hotline: one in Myanmar (+95, UTC+6:30), one in Cambodia (+855), one in Laos (+856).
// A collector calls the first two late at night, their time; a volunteer calls all three by day; a neighbour calls
// the Lao family once at 23:00 (the volunteer twice calls a family back late); a caller in Bangkok rings the Myanmar family at 22:15 Bangkok time, which is 21:45
// where the family is: not night there. A transporter who changed SIM called the Lao family at night from his old
// number and the Cambodian family from his new one: one caller of two families, as resolution ties both numbers
// to him.

let t: TestApp;
let analyst: string;
let hotline: string;
let commander: string;
let outsider: string;
const dir = mkdtempSync(join(tmpdir(), 'lantern-night-families-'));
const MM = '+959420000001';
const KH = '+85512000002';
const LA = '+8562055000003';
const COLLECTOR = '+66810000001';
const VOLUNTEER = '+66810000002';
const NEIGHBOUR = '+66810000003';
const EVENING = '+66810000004';
const SWAP_OLD = '+66810000005';
const SWAP_NEW = '+66810000006';

async function load(agencyId: string, name: string, mapping: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  await importFile(t.database, {
    actor: SYSTEM_CLI,
    agencyId,
    path,
    mapping: BUILT_IN_MAPPINGS[mapping] as ColumnMapping,
    acceptSkips: false,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  hotline = await signIn(t, await makeUser(t, ['hotline_operator'], { agencyId: a.agencyId }));
  t.clock.advance(31_000);
  commander = await signIn(t, await makeUser(t, ['operation_commander'], { agencyId: a.agencyId }));
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  await load(
    a.agencyId,
    'tips.jsonl',
    'lantern-tips',
    ['T1', 'T2', 'T3'].map((id) =>
      JSON.stringify({
        tip_id: id,
        received_at: '2026-05-01T10:00:00+07:00',
        channel: 'hotline',
        language: 'en',
        text: 'My daughter went to work in Thailand and we cannot reach her.',
        place_hint: '',
      }),
    ),
  );
  await load(a.agencyId, 'subs.csv', 'lantern-subscribers', [
    'subscriber_id,phone,provider,registered_name,id_number,registered_on',
    `S1,${COLLECTOR},AIS,Aung Ko Ko,MA111111,2024-01-02`,
    `S2,${SWAP_OLD},AIS,Kyaw Zin,MD444444,2024-01-02`,
    `S3,${SWAP_NEW},DTAC,Kyaw Zin,MD444444,2026-05-06`,
  ]);
  const calls = ['call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon'];
  let n = 0;
  const call = (from: string, to: string, when: string) =>
    calls.push(`C${++n},${from},${to},${when},60,voice,,,`);
  // 23:30 and 01:00 in Yangon; 02:00 in Phnom Penh.
  call(COLLECTOR, MM, '2026-05-03T17:00:00Z');
  call(COLLECTOR, MM, '2026-05-05T18:30:00Z');
  call(COLLECTOR, KH, '2026-05-06T19:00:00Z');
  for (const d of ['03', '04', '05', '06'])
    for (const to of [MM, KH, LA]) call(VOLUNTEER, to, `2026-05-${d}T10:00:00+07:00`);
  // Twice the volunteer calls back late, as families asked: two families at night, 2 of 14 calls.
  call(VOLUNTEER, KH, '2026-05-07T22:30:00+07:00');
  call(VOLUNTEER, LA, '2026-05-08T22:30:00+07:00');
  call(NEIGHBOUR, LA, '2026-05-07T23:00:00+07:00');
  call(EVENING, MM, '2026-05-08T22:15:00+07:00');
  call(EVENING, KH, '2026-05-08T21:00:00+07:00');
  call(SWAP_OLD, LA, '2026-05-04T23:30:00+07:00');
  call(SWAP_NEW, KH, '2026-05-09T00:30:00+07:00');
  await load(a.agencyId, 'calls.csv', 'lantern', calls);
  await resolvePeople(t.database.db, { ...SYSTEM_CLI, agencyId: a.agencyId }, 'test');
}, 60_000);
afterAll(() => t.close());

const tipId = async (ref: string) =>
  String(
    (await t.database.db.selectFrom('tips').select('id').where('tip_ref', '=', ref).executeTakeFirstOrThrow())
      .id,
  );

const record = (cookie: string, tip: string, number: string, relation = 'parent') =>
  t.app.inject({
    method: 'POST',
    url: `/api/monitoring/tips/${tip}/family-numbers`,
    payload: { number, relation },
    ...withSession(cookie),
  });

interface Caller {
  caller: string;
  numbers: string[];
  person: { label: string } | null;
  nightFamilies: number;
  families: number;
  nightCalls: number;
  calls: number;
  nightShare: number;
  tips: string[];
}
const nightCallers = (cookie: string, query = '') =>
  t.app.inject({
    method: 'GET',
    url: `/api/intel/network/calls/night-families${query}`,
    ...withSession(cookie),
  });
const found = async (query = '', cookie = analyst) => {
  const res = await nightCallers(cookie, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { familyNumbers: number; callers: Caller[] };
};

describe("night calls to victims' families", () => {
  it('the hotline records the numbers families are reached on, sealed, and audited without them', async () => {
    const [t1, t2, t3] = [await tipId('T1'), await tipId('T2'), await tipId('T3')];
    expect((await record(hotline, t1, MM)).statusCode).toBe(201);
    expect((await record(hotline, t2, KH, 'sibling')).statusCode).toBe(201);
    expect((await record(hotline, t3, LA)).statusCode).toBe(201);
    // Who reads tips without writing them records nothing; another agency's tip is not found.
    expect((await record(analyst, t1, MM)).statusCode).toBe(403);
    const other = await signIn(t, await makeUser(t, ['hotline_operator']));
    expect((await record(other, t1, MM)).statusCode).toBe(404);
    expect((await record(hotline, t1, 'not a number')).statusCode).toBe(400);
    const stored = await t.database.db.selectFrom('family_numbers').select('number').execute();
    expect(stored).toHaveLength(3);
    for (const s of stored) for (const n of [MM, KH, LA]) expect(s.number).not.toContain(n.slice(-7));
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'monitoring.family_number_recorded')
      .execute();
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('420000001');
  });

  it('finds the numbers calling two families at night, with their person, and not the daytime caller', async () => {
    const r = await found();
    expect(r.familyNumbers).toBe(3);
    expect(r.callers.map((c) => c.numbers)).toEqual([[COLLECTOR], [SWAP_OLD, SWAP_NEW]]);
    const [c, swapped] = r.callers as [Caller, Caller];
    expect(c).toMatchObject({ nightFamilies: 2, families: 2, nightCalls: 3, calls: 3, nightShare: 1 });
    expect(swapped).toMatchObject({ nightFamilies: 2, nightCalls: 2, calls: 2 });
    expect(swapped.person?.label).toBe('Kyaw Zin');
    expect(c.person?.label).toBe('Aung Ko Ko');
    expect(c.tips).toEqual([await tipId('T1'), await tipId('T2')].sort());
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'intel.network_read')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ what: 'night-family-calls', found: 2 });
    expect(JSON.stringify(audit.detail)).not.toContain('66810000001');
  });

  it('ranks one late call to one family below, and only when asked; night is the family’s local time', async () => {
    const loose = await found('?minFamilies=1&minNightCalls=1');
    expect(loose.callers.map((c) => c.caller)).toEqual([COLLECTOR, SWAP_OLD, NEIGHBOUR]);
    expect(loose.callers[2]).toMatchObject({ nightFamilies: 1, nightCalls: 1, calls: 1 });
    // 22:15 in Bangkok is 21:45 in Yangon: no night there, unless the night starts at nine.
    expect(loose.callers.map((c) => c.caller)).not.toContain(EVENING);
    const early = await found('?minFamilies=1&minNightCalls=1&fromHour=21&toHour=6');
    expect(early.callers.map((c) => c.caller)).toContain(EVENING);
    // The volunteer calls two families late, but a seventh of his calls: shown only when no share is asked.
    expect(early.callers.map((c) => c.caller)).not.toContain(VOLUNTEER);
    const any = await found('?minNightShare=0');
    expect(any.callers.map((c) => c.caller)).toEqual([COLLECTOR, SWAP_OLD, VOLUNTEER]);
    expect(any.callers[2]).toMatchObject({
      nightFamilies: 2,
      families: 3,
      nightCalls: 2,
      calls: 14,
      nightShare: 0.14,
    });
  });

  it('answers only readers of intelligence, matches families only for readers of tips, and never another agency', async () => {
    expect((await nightCallers(hotline)).statusCode).toBe(403);
    expect((await nightCallers(analyst, '?fromHour=24')).statusCode).toBe(400);
    const noTips = await found('', commander);
    expect(noTips).toEqual({ familyNumbers: 0, callers: [] });
    expect(await found('', outsider)).toEqual({ familyNumbers: 0, callers: [] });
  });
});
