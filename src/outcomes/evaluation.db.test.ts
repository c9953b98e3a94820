import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantOversight } from '../access/oversight.ts';
import { insertAgency } from '../access/users-store.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { crossing, inspection, operation, report, screening, site, tip } from './evaluation-fixture.ts';

// Before/after around an intervention, on hand-made records: an operation carried out on 1 June 2026 at a site in
// Samut Sakhon, 30-day windows (2 to 31 May, and 2 June to 1 July); tips, inspections, other operations and their
// screenings, reports naming the sites, with some just outside the radius or the windows. And a point beside the
// Mae Sot–Myawaddy bridge for the crossings. The M&E officer of a coordination body overseeing the police agency
// reads it; an operation of an agency it does not oversee is not found.

let t: TestApp;
let police: TestUser;
let other: TestUser;
let me: string;
let opId: string;
let foreignOp: string;
const S = { lat: 13.547, lon: 100.274 };
const NEAR = { lat: 13.551, lon: 100.274 }; // about 0.45 km north
const FAR = { lat: 13.637, lon: 100.274 }; // about 10 km north
const D = '2026-06-01';

beforeAll(async () => {
  t = await startTestApp();
  police = await makeUser(t, ['investigator']);
  other = await makeUser(t, ['investigator']);
  const coordination = await insertAgency(t.database.db, 'Coordination office', 'coordination');
  await t.database.db.transaction().execute((trx) => grantOversight(trx, coordination, [police.agencyId]));
  me = await signIn(t, await makeUser(t, ['me_officer'], { agencyId: coordination, totp: false }));

  const s = await site(t, police, S.lat, S.lon);
  const s2 = await site(t, police, NEAR.lat, NEAR.lon);
  const far = await site(t, police, FAR.lat, FAR.lon);

  // Tips: 3 before (one of them also routed to another agency: the copy is the same tip), 1 after, 1 on the day,
  // 1 before the window, 2 far away.
  const first = await tip(t, police, '2026-05-02', NEAR.lat, NEAR.lon);
  await tip(t, other, '2026-05-03', NEAR.lat, NEAR.lon, first);
  await tip(t, police, '2026-05-20', S.lat, S.lon);
  await tip(t, police, '2026-05-31', NEAR.lat, NEAR.lon);
  await tip(t, police, '2026-06-10', S.lat, S.lon);
  await tip(t, police, D, S.lat, S.lon);
  await tip(t, police, '2026-04-01', S.lat, S.lon);
  await tip(t, police, '2026-05-10', FAR.lat, FAR.lon);
  await tip(t, police, '2026-06-10', FAR.lat, FAR.lon);

  // Inspections: one before with 2 indicators observed of 3 answered, one after with none observed; one far, one
  // planned and never visited.
  await inspection(t, police, '2026-05-10', NEAR.lat, NEAR.lon, ['observed', 'observed', 'not_observed']);
  await inspection(t, police, '2026-06-15', S.lat, S.lon, ['not_observed']);
  await inspection(t, police, '2026-06-15', FAR.lat, FAR.lon, ['observed']);
  await inspection(t, police, null, S.lat, S.lon);

  // The operation evaluated, with 2 screened (1 presumed victim) the day after; another operation on the next-door
  // site on 20 June with 3 screened (2 presumed) and one interview not finished; one on the far site in May.
  opId = await operation(t, police, { day: D, siteId: s, codeName: 'HERON' });
  await screening(t, police, opId, '2026-06-02', true);
  await screening(t, police, opId, '2026-06-02', false);
  const next = await operation(t, police, { day: '2026-06-20', siteId: s2 });
  await screening(t, police, next, '2026-06-21', true);
  await screening(t, police, next, '2026-06-21', true);
  await screening(t, police, next, '2026-06-22', false);
  await screening(t, police, next, null, false);
  await operation(t, police, { day: '2026-05-20', siteId: far });
  foreignOp = await operation(t, other, { day: D, siteId: s });

  // Reports: one in May naming both sites (counted once), one in June naming the next-door site, one naming the far.
  await report(t, police, '2026-05-15', [s, s2]);
  await report(t, police, '2026-06-10', [s2]);
  await report(t, police, '2026-06-10', [far]);

  // Crossings at the Mae Sot–Myawaddy bridge: 2 before, 4 after, 1 on the day.
  for (const d of ['2026-05-05', '2026-05-06', '2026-06-05', '2026-06-06', '2026-06-07', '2026-06-30', D])
    await crossing(t, police, d, 'x-mae-sot-myawaddy');
}, 120_000);
afterAll(() => t.close());

const get = (url: string, cookie = me) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });
const counts = (measures: { id: string; before: number; after: number }[]) =>
  Object.fromEntries(measures.map((m) => [m.id, [m.before, m.after]]));

describe('before and after an operation', () => {
  it('counts the place in equal windows, leaving the operation itself out, and says it is no proof', async () => {
    const res = await get(`/api/outcomes/evaluation/before-after?operationId=${opId}&days=30&radiusKm=2`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.operation).toEqual({ id: opId, codeName: 'HERON' });
    expect(body.day).toBe(D);
    expect(body.before).toEqual({ from: '2026-05-02', to: '2026-05-31' });
    expect(body.after).toEqual({ from: '2026-06-02', to: '2026-07-01' });
    expect(counts(body.measures)).toEqual({
      tips: [3, 1],
      inspections: [1, 1],
      'inspection-signs': [2, 0],
      operations: [0, 1],
      screened: [0, 3],
      presumed: [0, 2],
      reports: [1, 1],
    });
    expect(body.measures.find((m: { id: string }) => m.id === 'tips').change).toBe(-2);
    expect(body.province).toBe('Samut Sakhon');
    expect(body.notes).toMatchObject({ operationExcluded: true, checkpoints: 0, checkpointKm: 25 });
    expect(JSON.stringify(body)).not.toMatch(/Target site|Workplace|A tip/);
  });

  it('for a point and a day, counts every operation there, that one included', async () => {
    const res = await get(`/api/outcomes/evaluation/before-after?lat=${S.lat}&lon=${S.lon}&day=${D}&days=30`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.operation).toBeNull();
    // HERON and the foreign agency's operation fall on the day itself; HERON's screenings (2, 1 presumed) after.
    expect(counts(body.measures)).toMatchObject({ operations: [0, 1], screened: [0, 5], presumed: [0, 3] });
  });

  it('counts the crossings at a checkpoint nearby', async () => {
    const res = await get(
      `/api/outcomes/evaluation/before-after?lat=16.70&lon=98.52&day=${D}&days=30&radiusKm=1&checkpointKm=5`,
    );
    const body = res.json();
    expect(body.checkpoints).toEqual([
      'Mae Sot–Myawaddy (First Friendship Bridge)',
      'Moei River landings (Mae Sot–Myawaddy)',
    ]);
    expect(counts(body.measures).crossings).toEqual([2, 4]);
    expect(body.notes).toMatchObject({ checkpoints: 2, checkpointKm: 5 });
  });

  it('offers the operations of the agencies reached, by code name only, and hides the others', async () => {
    const list = (await get('/api/outcomes/evaluation/operations')).json().operations;
    expect(list).toHaveLength(3);
    expect(list.find((o: { id: string }) => o.id === opId)).toMatchObject({
      codeName: 'HERON',
      day: D,
      province: 'Samut Sakhon',
      located: true,
    });
    expect(list.some((o: { id: string }) => o.id === foreignOp)).toBe(false);
    const res = await get(`/api/outcomes/evaluation/before-after?operationId=${foreignOp}`);
    expect(res.statusCode).toBe(404);
  });

  it('refuses a question with neither an operation nor a point and a day', async () => {
    expect((await get('/api/outcomes/evaluation/before-after?lat=13.5')).statusCode).toBe(400);
  });

  it('is audited with the operation id and sizes only', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['resource_id', 'detail'])
      .where('action', '=', 'outcomes.before_after_read')
      .orderBy('seq')
      .execute();
    expect(rows[0]).toEqual({ resource_id: opId, detail: { days: 30, radiusKm: 2, measures: 7 } });
  });

  it('is refused to a role without outcomes.read', async () => {
    const cookie = await signIn(t, await makeUser(t, ['social_worker']));
    expect((await get('/api/outcomes/evaluation/operations', cookie)).statusCode).toBe(403);
  });
});
