import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// Three people back home on reintegration plans that started 100, 40 and 5 days ago: their follow-ups fall due on
// the agency's days, and one follow-up raises a concern of re-trafficking, which flags that case.

let t: TestApp;
let worker: string;
let colleague: string;
let stranger: string;
const cases: string[] = [];
const GOALS = 'CANARY-GOALS-5T1 finish school, work at the family shop';
const AREA = 'CANARY-AREA-8M4 Myawaddy township';
const NOTE = 'CANARY-FOLLOWUP-2J6 neighbours saw the recruiter again';
const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const plan = (caseId: string, startedOn: string) =>
  api('PUT', `/api/protection/cases/${caseId}/reintegration/plan`, worker, {
    goals: GOALS,
    country: 'MM',
    area: AREA,
    startedOn,
  });
const followUp = (caseId: string, body: object, cookie = worker) =>
  api('POST', `/api/protection/cases/${caseId}/follow-ups`, cookie, {
    heldOn: ago(0),
    contact: 'reached',
    wellbeing: 'good',
    retraffickingConcern: false,
    language: 'my',
    ...body,
  });
const due = async (cookie = worker) => (await api('GET', '/api/protection/follow-ups/due', cookie)).json();
const dueList = async (cookie = worker) =>
  (await due(cookie)).due.map(
    (d: { caseId: string; dueDays: number; dueOn: string; daysOverdue: number }) => [
      d.caseId,
      d.dueDays,
      d.dueOn,
      d.daysOverdue,
    ],
  );
/** Oldest first; the same day by case id. */
const sorted = (rows: [string, number, string, number][]) =>
  [...rows].sort((x, y) => x[2].localeCompare(y[2]) || x[0].localeCompare(y[0]));

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  colleague = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  for (let i = 0; i < 3; i++) {
    const id = await openCase(t, screener, worker, `R-${i}`);
    expect((await api('POST', `/api/protection/cases/${id}/owner`, worker)).statusCode).toBe(200);
    cases.push(id);
  }
}, 90_000);
afterAll(() => t.close());

describe('reintegration follow-ups', () => {
  it("fall due on the agency's days after the plan starts, oldest first, until recorded", async () => {
    const [a, b, c] = cases as [string, string, string];
    expect((await followUp(a, { heldOn: ago(1) })).statusCode).toBe(409);
    expect((await due()).due).toEqual([]);
    for (const [id, start] of [
      [a, ago(100)],
      [b, ago(40)],
      [c, ago(5)],
    ] as const) {
      const r = await plan(id, start);
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await due()).followUpDays).toEqual([30, 90, 180, 365]);
    expect(await dueList()).toEqual(
      sorted([
        [a, 30, ago(70), 70],
        [a, 90, ago(10), 10],
        [b, 30, ago(10), 10],
      ]),
    );
    expect((await due(colleague)).due.map((d: { mine: boolean }) => d.mine)).toEqual([false, false, false]);
    expect((await due(stranger)).due).toEqual([]);

    const held = await followUp(a, { dueDays: 30, heldOn: ago(68) });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json().retraffickingFlag).toBeNull();
    expect(await dueList()).toEqual(
      sorted([
        [a, 90, ago(10), 10],
        [b, 30, ago(10), 10],
      ]),
    );
    // Refused, and nothing recorded: the same due follow-up twice, a day the agency does not use, a date before
    // the plan or ahead, wellbeing without reaching the person (or not given when reached), not the caseworker.
    const refusals: [object, number, string][] = [
      [{ dueDays: 30 }, 409, worker],
      [{ dueDays: 45 }, 400, worker],
      [{ heldOn: ago(101) }, 400, worker],
      [{ heldOn: ago(-1) }, 400, worker],
      [{ contact: 'not_reached' }, 400, worker],
      [{ wellbeing: undefined }, 400, worker],
      [{ wellbeing: 'fine' }, 400, worker],
      [{}, 403, colleague],
      [{}, 404, stranger],
    ];
    for (const [body, status, cookie] of refusals)
      expect((await followUp(a, body, cookie)).statusCode, JSON.stringify(body)).toBe(status);
    const page = (await api('GET', `/api/protection/cases/${a}/reintegration`, worker)).json();
    expect(page.followUps).toHaveLength(1);
    expect(page.schedule).toEqual([
      { dueDays: 30, dueOn: ago(70), state: 'recorded' },
      { dueDays: 90, dueOn: ago(10), state: 'due' },
      { dueDays: 180, dueOn: ago(-80), state: 'upcoming' },
      { dueDays: 365, dueOn: ago(-265), state: 'upcoming' },
    ]);

    // The agency sets its own days: the schedule follows them (a follow-up recorded for 30 days answers none).
    const set = await api('PUT', '/api/protection/settings/follow-ups', worker, {
      followUpDays: [100, 7, 200],
    });
    expect(set.json()).toEqual({ followUpDays: [7, 100, 200] });
    expect(await dueList()).toEqual(
      sorted([
        [a, 7, ago(93), 93],
        [b, 7, ago(33), 33],
        [a, 100, ago(0), 0],
      ]),
    );
    expect(
      (await api('PUT', '/api/protection/settings/follow-ups', worker, { followUpDays: [] })).statusCode,
    ).toBe(400);
  });

  it('flag the case when a follow-up raises a concern of re-trafficking', async () => {
    const [a, b] = cases as [string, string];
    const read = async (id: string, cookie = worker) =>
      api('GET', `/api/protection/cases/${id}/reintegration`, cookie);
    expect((await read(b)).json().retraffickingFlag).toBeNull();
    const r = await followUp(b, {
      contact: 'not_reached',
      wellbeing: undefined,
      note: NOTE,
      retraffickingConcern: true,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().retraffickingFlag).toBe('follow_up');
    const page = (await read(b)).json();
    expect(page.retraffickingFlag).toEqual({ reason: 'follow_up', flaggedAt: expect.any(String) });
    expect(page.plan).toMatchObject({ goals: GOALS, country: 'MM', area: AREA, startedOn: ago(40) });
    expect(page.followUps).toEqual([
      {
        id: r.json().followUpId,
        heldOn: ago(0),
        dueDays: null,
        contact: 'not_reached',
        wellbeing: null,
        note: NOTE,
        retraffickingConcern: true,
        language: 'my',
        recordedBy: { id: expect.any(String), name: expect.any(String) },
      },
    ]);
    expect((await read(a)).json().retraffickingFlag).toBeNull();
    expect((await read(b, stranger)).statusCode).toBe(404);
    const flags = await t.database.db
      .selectFrom('protection_cases')
      .select(['id', 'retrafficking_flag'])
      .where('id', 'in', [a, b])
      .execute();
    expect(Object.fromEntries(flags.map((f) => [f.id, f.retrafficking_flag]))).toEqual({
      [a]: null,
      [b]: 'follow_up',
    });
    // Goals, area and notes are sealed in the database, and the audit log carries none of them.
    const raw = JSON.stringify([
      await t.database.db.selectFrom('protection_reintegration_plans').selectAll().execute(),
      await t.database.db.selectFrom('protection_follow_ups').selectAll().execute(),
    ]);
    expect(raw).not.toMatch(/CANARY/);
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', [
        'protection.reintegration_plan',
        'protection.follow_up',
        'protection.reintegration_read',
        'protection.follow_ups_due',
        'protection.settings',
      ])
      .execute();
    expect(new Set(audits.map((x) => x.action)).size).toBe(5);
    expect(
      audits.find((x) => x.action === 'protection.follow_up' && (x.detail as { concern: boolean }).concern),
    ).toMatchObject({ detail: { contact: 'not_reached', wellbeing: null, concern: true, dueDays: null } });
    expect(JSON.stringify(audits)).not.toMatch(/CANARY|Person 7/);
  });
});
