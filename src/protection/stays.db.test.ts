import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// Four people in shelters: one 31 days in, one 91 days, one tied to a court date, one who is not free to leave;
// and one 10 days in, which warns only once the agency lowers its threshold.

let t: TestApp;
let worker: string;
let colleague: string;
let stranger: string;
const cases: string[] = [];
const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const stay = (caseId: string, body: object) =>
  api('POST', `/api/protection/cases/${caseId}/stays`, worker, body);
const warnings = async (cookie = worker) =>
  (await api('GET', '/api/protection/stay-warnings', cookie)).json();

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
  for (let i = 0; i < 5; i++) {
    const id = await openCase(t, screener, worker, `W-${i}`);
    expect((await api('POST', `/api/protection/cases/${id}/owner`, worker)).statusCode).toBe(200);
    cases.push(id);
  }
}, 90_000);
afterAll(() => t.close());

describe('shelter stays', () => {
  it('warn the caseworker and the agency past 30 and 90 days, tied to a court date, or not free to leave', async () => {
    const [a, b, c, d, e] = cases as [string, string, string, string, string];
    for (const [id, body] of [
      [a, { place: 'Provincial shelter', startedOn: ago(31), freeToLeave: true }],
      [b, { place: 'Provincial shelter', startedOn: ago(91), freeToLeave: true }],
      [c, { place: 'Provincial shelter', startedOn: ago(3), freeToLeave: true, courtDate: ago(-40) }],
      [d, { place: 'Provincial shelter', startedOn: ago(1), freeToLeave: false }],
      [e, { place: 'Provincial shelter', startedOn: ago(10), freeToLeave: true }],
    ] as const) {
      const r = await stay(id, body);
      expect(r.statusCode, r.body).toBe(201);
    }
    const w = await warnings();
    expect(w.thresholds).toEqual([30, 90]);
    expect(
      w.warnings.map((x: { caseId: string; warnings: string[]; days: number }) => [
        x.caseId,
        x.warnings,
        x.days,
      ]),
    ).toEqual([
      [b, ['over_90_days'], 91],
      [a, ['over_30_days'], 31],
      [c, ['tied_to_court_date'], 3],
      [d, ['not_free_to_leave'], 1],
    ]);
    expect(w.warnings.every((x: { mine: boolean }) => x.mine)).toBe(true);
    // Each with its case's pseudonym, opened for the list (the fixture's person).
    expect(w.warnings.every((x: { pseudonym: string }) => x.pseudonym === 'Person 7')).toBe(true);
    // A supervisor (any caseworker of the agency) reads the same list, marked as not theirs; another agency none.
    expect((await warnings(colleague)).warnings.map((x: { mine: boolean }) => x.mine)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect((await warnings(stranger)).warnings).toEqual([]);
  });

  it('follows the agency’s own thresholds, and counts shelter-days on the case', async () => {
    expect(
      (await api('PUT', '/api/protection/settings', worker, { stayThresholds: [90, 7] })).json(),
    ).toEqual({
      stayThresholds: [7, 90],
    });
    const w = await warnings();
    expect(w.warnings.find((x: { caseId: string }) => x.caseId === cases[4])?.warnings).toEqual([
      'over_7_days',
    ]);
    const page = (await api('GET', `/api/protection/cases/${cases[0]}`, worker)).json();
    expect(page.shelterDays).toBe(31);
    expect(page.stays[0]).toMatchObject({ days: 31, freeToLeave: true, warnings: ['over_7_days'] });
  });

  it('stops warning once the stay ends, and refuses a second open stay', async () => {
    const id = cases[1] as string;
    expect(
      (await stay(id, { place: 'Another shelter', startedOn: ago(0), freeToLeave: true })).statusCode,
    ).toBe(409);
    const s = (await api('GET', `/api/protection/cases/${id}`, worker)).json().stays[0];
    const ended = await api('POST', `/api/protection/cases/${id}/stays/${s.id}/end`, worker, {
      endedOn: ago(0),
    });
    expect(ended.statusCode).toBe(200);
    expect((await warnings()).warnings.map((x: { caseId: string }) => x.caseId)).not.toContain(id);
    expect((await api('GET', `/api/protection/cases/${id}`, worker)).json().shelterDays).toBe(91);
    const bad = await api('POST', `/api/protection/cases/${id}/stays`, worker, {
      place: 'X',
      startedOn: '2026-02-30',
      freeToLeave: true,
    });
    expect(bad.statusCode).toBe(400);
  });
});
