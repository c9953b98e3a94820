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
import { operation, teamMember } from './evaluation-fixture.ts';

// Specialist units on hand-made records, the clock set to 1 December 2026. The police agency's administrator keeps
// a task force: A from 1 January 2025 to 31 March 2026, B from 1 January 2026, C from 1 July 2026. Operations:
// 15 February (A and B on the team: credited once), 10 May (A had left, C not yet joined: not credited), 1 August
// (C: credited), 5 August (B taken off the team before it started: not credited). A prosecutor's unit whose member
// opened a case. Another agency's unit is seen by nobody here.

let t: TestApp;
let admin: TestUser;
let a: TestUser;
let b: TestUser;
let c: TestUser;
let otherAdmin: TestUser;
let adminCookie: string;
let otherCookie: string;
let analyst: string;
let me: string;
let taskForce: string;
let foreignUnit: string;

const send = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = Date.parse('2026-12-01T12:00:00Z');
  admin = await makeUser(t, ['admin']);
  const agencyId = admin.agencyId;
  [a, b, c] = [
    await makeUser(t, ['investigator'], { agencyId }),
    await makeUser(t, ['investigator'], { agencyId }),
    await makeUser(t, ['investigator'], { agencyId }),
  ];
  otherAdmin = await makeUser(t, ['admin']);
  adminCookie = await signIn(t, admin);
  analyst = await signIn(t, await makeUser(t, ['analyst'], { agencyId }));
  const coordination = await insertAgency(t.database.db, 'Coordination office', 'coordination');
  await t.database.db.transaction().execute((trx) => grantOversight(trx, coordination, [agencyId]));
  me = await signIn(t, await makeUser(t, ['me_officer'], { agencyId: coordination, totp: false }));

  const created = await send('POST', '/api/outcomes/units', adminCookie, {
    name: 'Anti-trafficking task force',
    kind: 'police_unit',
  });
  expect(created.statusCode).toBe(201);
  taskForce = created.json().id;
  for (const [u, joinedOn, leftOn] of [
    [a, '2025-01-01', '2026-03-31'],
    [b, '2026-01-01', null],
    [c, '2026-07-01', null],
  ] as const) {
    const res = await send('POST', `/api/outcomes/units/${taskForce}/members`, adminCookie, {
      userId: u.id,
      joinedOn,
      leftOn,
    });
    expect(res.statusCode).toBe(201);
  }
  const trained = await send('POST', `/api/outcomes/units/${taskForce}/training`, adminCookie, {
    userId: b.id,
    course: 'Victim-centred interviewing',
    provider: 'Regional police academy',
    completedOn: '2026-02-20',
  });
  expect(trained.statusCode).toBe(201);

  otherCookie = await signIn(t, otherAdmin);
  foreignUnit = (
    await send('POST', '/api/outcomes/units', otherCookie, { name: 'Shelter team', kind: 'shelter_team' })
  ).json().id;

  const op1 = await operation(t, admin, {
    day: '2026-02-15',
    siteId: null,
    figures: { arrests: 2, removed: 5, allMet: true },
  });
  await teamMember(t, admin, op1, a.id);
  await teamMember(t, admin, op1, b.id);
  const op2 = await operation(t, admin, {
    day: '2026-05-10',
    siteId: null,
    figures: { arrests: 4, removed: 9, allMet: true },
  });
  await teamMember(t, admin, op2, a.id);
  await teamMember(t, admin, op2, c.id);
  const op3 = await operation(t, admin, {
    day: '2026-08-01',
    siteId: null,
    figures: { arrests: 1, removed: 0, allMet: false },
  });
  await teamMember(t, admin, op3, c.id);
  const op4 = await operation(t, admin, {
    day: '2026-08-05',
    siteId: null,
    figures: { arrests: 7, removed: 7, allMet: true },
  });
  await teamMember(t, admin, op4, b.id, new Date('2026-08-04T10:00:00Z'));
}, 120_000);
afterAll(() => t.close());

describe('specialist units', () => {
  it('show roster, tenure, training and the outcomes of the operations their members did while in the unit', async () => {
    const res = await send('GET', '/api/outcomes/units', analyst);
    expect(res.statusCode).toBe(200);
    const units = res.json().units;
    expect(units.map((u: { id: string }) => u.id)).toEqual([taskForce]);
    const [unit] = units;
    expect(unit.kindWords).toBe('Police anti-trafficking unit');
    expect(
      unit.roster.map((m: { userId: string; tenureDays: number; current: boolean }) => [
        m.userId,
        m.tenureDays,
        m.current,
      ]),
    ).toEqual([
      [a.id, 454, false],
      [b.id, 334, true],
      [c.id, 153, true],
    ]);
    expect(unit.currentMembers).toBe(2);
    expect(unit.medianTenureDays).toBe(244);
    expect(unit.training).toEqual([
      expect.objectContaining({
        userId: b.id,
        course: 'Victim-centred interviewing',
        completedOn: '2026-02-20',
      }),
    ]);
    expect(unit.credit).toEqual({
      operations: 2,
      allThreeMet: 1,
      arrests: 3,
      removed: 5,
      cases: 0,
      convictions: 0,
    });
  });

  it('credit a case to the unit whose member opened it while in the unit', async () => {
    const prosecutor = await makeUser(t, ['investigator'], { agencyId: admin.agencyId });
    const unit = (
      await send('POST', '/api/outcomes/units', adminCookie, { name: 'Case team', kind: 'prosecution_unit' })
    ).json().id;
    await send('POST', `/api/outcomes/units/${unit}/members`, adminCookie, {
      userId: prosecutor.id,
      joinedOn: '2026-01-01',
      leftOn: null,
    });
    for (const [ref, at] of [
      ['PC-2026-1', '2026-03-01T10:00:00Z'],
      ['PC-2025-9', '2025-06-01T10:00:00Z'],
    ] as const)
      await t.database.db
        .insertInto('prosecution_cases')
        .values({
          agency_id: admin.agencyId,
          ref,
          title: 'Case',
          origin: 'intelligence',
          created_by: prosecutor.id,
          created_at: new Date(at),
        })
        .execute();
    const read = (await send('GET', `/api/outcomes/units/${unit}`, analyst)).json();
    expect(read.credit).toEqual({
      operations: 0,
      allThreeMet: 0,
      arrests: 0,
      removed: 0,
      cases: 1,
      convictions: 0,
    });
  });

  it("are read by the coordination body overseeing the agency, and never another agency's", async () => {
    const units = (await send('GET', '/api/outcomes/units', me)).json().units;
    expect(units.map((u: { agencyId: string }) => u.agencyId)).toEqual([admin.agencyId, admin.agencyId]);
    expect((await send('GET', `/api/outcomes/units/${foreignUnit}`, analyst)).statusCode).toBe(404);
    expect((await send('GET', `/api/outcomes/units/${foreignUnit}`, me)).statusCode).toBe(404);
  });

  it("are kept by the agency's administrator only, with its own staff", async () => {
    const roster = (await send('GET', '/api/outcomes/unit-rosters', adminCookie)).json();
    expect(roster.units.map((u: { id: string }) => u.id)).toContain(taskForce);
    expect(roster.units[0].credit).toBeUndefined();
    expect(roster.staff.map((s: { id: string }) => s.id)).toContain(a.id);

    const stranger = await send('POST', `/api/outcomes/units/${taskForce}/members`, adminCookie, {
      userId: otherAdmin.id,
      joinedOn: '2026-01-01',
      leftOn: null,
    });
    expect(stranger.statusCode).toBe(400);
    const twice = await send('POST', `/api/outcomes/units/${taskForce}/members`, adminCookie, {
      userId: b.id,
      joinedOn: '2026-06-01',
      leftOn: null,
    });
    expect(twice.statusCode).toBe(409);
    const foreign = await send('POST', `/api/outcomes/units/${taskForce}/members`, otherCookie, {
      userId: otherAdmin.id,
      joinedOn: '2026-01-01',
      leftOn: null,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await send('POST', '/api/outcomes/units', me, { name: 'X', kind: 'other' })).statusCode).toBe(
      403,
    );
  });

  it('record the day a member left, and audit with ids only', async () => {
    const unit = (await send('GET', `/api/outcomes/units/${taskForce}`, analyst)).json();
    const member = unit.roster.find((m: { userId: string }) => m.userId === c.id);
    const res = await send(
      'PUT',
      `/api/outcomes/units/${taskForce}/members/${member.memberId}`,
      adminCookie,
      {
        leftOn: '2026-07-31',
      },
    );
    expect(res.statusCode).toBe(200);
    const after = (await send('GET', `/api/outcomes/units/${taskForce}`, analyst)).json();
    expect(after.roster.find((m: { userId: string }) => m.userId === c.id).tenureDays).toBe(30);
    // C left before 1 August: that operation is no longer the unit's.
    expect(after.credit).toMatchObject({ operations: 1, arrests: 2, removed: 5 });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('resource_id', '=', taskForce)
      .orderBy('seq')
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      'outcomes.unit_created',
      'outcomes.unit_member_added',
      'outcomes.unit_member_added',
      'outcomes.unit_member_added',
      'outcomes.unit_training_recorded',
      'outcomes.unit_read',
      'outcomes.unit_member_left',
      'outcomes.unit_read',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Victim-centred|Test user|task force/);
  });
});
