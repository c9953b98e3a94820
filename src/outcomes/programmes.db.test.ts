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
import { operation, screening, site } from './evaluation-fixture.ts';

// Programmes on hand-made records, the clock at 1 December 2026: an operation in Samut Sakhon on 1 June 2026 after
// which 3 people were screened on 2 June, 2 of them presumed victims. The coordination office's M&E officer keeps
// programmes measured in that province; the police agency (which the office oversees) keeps one of its own.

let t: TestApp;
let police: TestUser;
let me: string;
let analyst: string;
let policeProgramme: string;

const send = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

const programme = (
  name: string,
  startsOn: string,
  objectives: object[],
  endsOn: string | null = '2026-12-31',
) => ({
  name,
  funder: 'A development bank, through the regional programme',
  startsOn,
  endsOn,
  filters: { province: 'Samut Sakhon' },
  objectives,
});
const presumed = (baseline: number, target: number) => ({
  description: 'More presumed victims identified in the province',
  tableId: 'protection',
  key: ['presumed victims'],
  baseline,
  target,
});

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = Date.parse('2026-12-01T12:00:00Z');
  police = await makeUser(t, ['investigator']);
  analyst = await signIn(t, await makeUser(t, ['analyst'], { agencyId: police.agencyId }));
  const coordination = await insertAgency(t.database.db, 'Coordination office', 'coordination');
  await t.database.db.transaction().execute((trx) => grantOversight(trx, coordination, [police.agencyId]));
  me = await signIn(t, await makeUser(t, ['me_officer'], { agencyId: coordination, totp: false }));
  const s = await site(t, police, 13.547, 100.274);
  const op = await operation(t, police, { day: '2026-06-01', siteId: s });
  await screening(t, police, op, '2026-06-02', true);
  await screening(t, police, op, '2026-06-02', true);
  await screening(t, police, op, '2026-06-02', false);
  const res = await send(
    'POST',
    '/api/outcomes/programmes',
    analyst,
    programme('Police capacity', '2026-01-01', [presumed(0, 1)]),
  );
  expect(res.statusCode).toBe(201);
  policeProgramme = res.json().id;
}, 120_000);
afterAll(() => t.close());

describe('programmes', () => {
  it('measure each objective from the indicators over the period so far, with progress in words', async () => {
    const res = await send(
      'POST',
      '/api/outcomes/programmes',
      me,
      programme('Victim identification', '2026-05-01', [
        presumed(0, 4),
        {
          description: 'Everyone removed is screened',
          tableId: 'protection',
          key: ['screened'],
          baseline: 1,
          target: 3,
        },
      ]),
    );
    expect(res.statusCode).toBe(201);
    const p = (await send('GET', `/api/outcomes/programmes/${res.json().id}`, me)).json();
    expect(p.countedFrom).toBe('2026-05-01');
    expect(p.countedTo).toBe('2026-12-01');
    expect(
      p.objectives.map((o: { current: number; progress: number; status: string }) => [
        o.current,
        o.progress,
        o.status,
      ]),
    ).toEqual([
      [2, 0.5, 'moving'],
      [3, 1, 'met'],
    ]);
    expect(p.objectives[0].keyCodes).toEqual(p.objectives[0].key.map(() => expect.any(String)));
    expect(p).toMatchObject({ started: true, flag: false });
  });

  it('flag a programme with no measurable result since it started', async () => {
    const res = await send(
      'POST',
      '/api/outcomes/programmes',
      me,
      programme('Late start', '2026-07-01', [presumed(0, 10)]),
    );
    const p = (await send('GET', `/api/outcomes/programmes/${res.json().id}`, me)).json();
    expect(p.objectives[0]).toMatchObject({ current: 0, progress: 0, status: 'no result' });
    expect(p).toMatchObject({ started: true, flag: true, startsOn: '2026-07-01' });
  });

  it('refuse a measure that is not an indicator cell', async () => {
    const res = await send(
      'POST',
      '/api/outcomes/programmes',
      me,
      programme('Bad', '2026-01-01', [{ ...presumed(0, 1), key: ['rescued'] }]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('objectives.0: no indicator "rescued" in table protection');
  });

  it("are read by the agency and the body overseeing it, changed only by the agency's own staff", async () => {
    const mine = (await send('GET', '/api/outcomes/programmes', me)).json().programmes;
    expect(mine.map((p: { name: string }) => p.name).sort()).toEqual([
      'Late start',
      'Police capacity',
      'Victim identification',
    ]);
    const theirs = (await send('GET', '/api/outcomes/programmes', analyst)).json().programmes;
    expect(theirs.map((p: { name: string }) => p.name)).toEqual(['Police capacity']);
    const late = mine.find((p: { name: string }) => p.name === 'Late start');
    expect((await send('GET', `/api/outcomes/programmes/${late.id}`, analyst)).statusCode).toBe(404);
    const change = programme('Police capacity', '2026-01-01', [presumed(0, 2)]);
    expect((await send('PUT', `/api/outcomes/programmes/${policeProgramme}`, me, change)).statusCode).toBe(
      403,
    );
    expect(
      (await send('PUT', `/api/outcomes/programmes/${policeProgramme}`, analyst, change)).statusCode,
    ).toBe(200);
    const changed = (await send('GET', `/api/outcomes/programmes/${policeProgramme}`, analyst)).json();
    expect(changed.objectives.map((o: { target: number; status: string }) => [o.target, o.status])).toEqual([
      [2, 'met'],
    ]);
  });

  it('offer the indicator cells as measures, and audit changes with ids and counts', async () => {
    const measures = (await send('GET', '/api/outcomes/programmes/measures', me)).json().tables;
    expect(measures.find((m: { id: string }) => m.id === 'protection').keys).toContainEqual([
      'presumed victims',
    ]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('resource_id', '=', policeProgramme)
      .orderBy('seq')
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      'outcomes.programme_created',
      'outcomes.programme_updated',
      'outcomes.programme_read',
    ]);
    expect(audit[0]?.detail).toEqual({ objectives: 1, filters: ['province'] });
  });
});
