import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// A presumed victim's case taken by a social worker: needs first, then services offered and answered by the person
// — a decline blocks nothing else, nor does declining the status of victim — with notes sealed and reads audited.

let t: TestApp;
let screener: string;
let worker: string;
let colleague: string;
let prosecutor: string;
let stranger: string;
let caseId: string;

const NOTE = 'CANARY-NOTE-7Q2 fears the broker knows her village';

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const page = async (cookie = worker) => {
  const r = await api('GET', `/api/protection/cases/${caseId}`, cookie);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const needs = (level = 'some') =>
  ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: domain === 'safety' ? 'urgent' : level,
    note: domain === 'safety' ? NOTE : '',
  }));
const offer = (service: string) =>
  api('POST', `/api/protection/cases/${caseId}/services`, worker, { service, language: 'my' });
const decide = (serviceId: string, decision: string, cookie = worker) =>
  api('POST', `/api/protection/cases/${caseId}/services/${serviceId}/decision`, cookie, {
    decision,
    language: 'my',
  });

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  colleague = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  caseId = await openCase(t, screener, worker);
}, 60_000);
afterAll(() => t.close());

describe('a protection case', () => {
  it('is taken by a caseworker before anyone changes it, and is nobody else’s to read', async () => {
    const first = await page();
    expect(first).toMatchObject({
      pseudonym: 'Person 7',
      owner: null,
      language: 'my',
      victimStatus: 'presumed',
    });
    expect(
      (await api('POST', `/api/protection/cases/${caseId}/needs`, worker, { language: 'my', needs: needs() }))
        .statusCode,
    ).toBe(403);
    expect((await api('POST', `/api/protection/cases/${caseId}/owner`, worker)).statusCode).toBe(200);
    expect((await page()).owner).toMatchObject({ name: expect.any(String) });
    expect((await api('GET', `/api/protection/cases/${caseId}`, stranger)).statusCode).toBe(404);
    // A reader without protection.read learns nothing, not even that the case exists.
    expect((await api('GET', `/api/protection/cases/${caseId}`, prosecutor)).statusCode).toBe(404);
    expect((await api('POST', `/api/protection/cases/${caseId}/owner`, screener)).statusCode).toBe(403);
  });

  it('assesses every need first, then offers services; the note is sealed in the database', async () => {
    expect((await offer('shelter')).statusCode).toBe(409);
    const partial = await api('POST', `/api/protection/cases/${caseId}/needs`, worker, {
      language: 'my',
      needs: needs().slice(0, 3),
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.message).toMatch(/missing shelter, family, money, documents/);
    const r = await api('POST', `/api/protection/cases/${caseId}/needs`, worker, {
      language: 'my',
      needs: needs(),
    });
    expect(r.statusCode, r.body).toBe(201);
    const p = await page();
    expect(p.needs.map((n: { domain: string }) => n.domain)).toEqual([
      'safety',
      'health',
      'legal',
      'shelter',
      'family',
      'money',
      'documents',
    ]);
    expect(p.needs[0]).toMatchObject({ level: 'urgent', note: NOTE, language: 'my' });
    const stored = await t.database.db.selectFrom('protection_needs').select('note').execute();
    expect(JSON.stringify(stored)).not.toContain('CANARY');
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'like', 'protection.%')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['protection.case_read', 'protection.case_take', 'protection.needs_assess']),
    );
    expect(JSON.stringify(audits)).not.toContain('CANARY');
  });

  it('lets the person accept two services and decline one, and the decline blocks nothing', async () => {
    const ids: Record<string, string> = {};
    for (const s of ['shelter', 'legal_aid', 'return']) {
      const r = await offer(s);
      expect(r.statusCode, r.body).toBe(201);
      ids[s] = r.json().serviceId;
    }
    expect((await decide(ids.return as string, 'declined')).statusCode).toBe(200);
    expect((await decide(ids.shelter as string, 'accepted')).statusCode).toBe(200);
    expect((await decide(ids.legal_aid as string, 'accepted')).statusCode).toBe(200);
    // A service offered after the decline is answered as freely.
    const medical = (await offer('medical')).json().serviceId;
    expect((await decide(medical, 'accepted')).statusCode).toBe(200);
    // Steps follow their order: an accepted service cannot be declined, but withdrawn; a declined one offered again.
    expect((await decide(ids.shelter as string, 'declined')).statusCode).toBe(409);
    expect((await offer('return')).statusCode).toBe(201);
    const p = await page();
    const status = Object.fromEntries(
      p.services.map((s: { service: string; status: string }) => [s.service, s.status]),
    );
    expect(status).toEqual({
      shelter: 'accepted',
      legal_aid: 'accepted',
      return: 'offered',
      medical: 'accepted',
    });
    const ret = p.services.find((s: { service: string }) => s.service === 'return');
    expect(ret.steps.map((s: { status: string }) => s.status)).toEqual(['offered', 'declined', 'offered']);
    expect(ret.steps[0].by.name).toEqual(p.owner.name);
  });

  it('records the person declining the status of victim, and keeps every service theirs', async () => {
    const r = await api('POST', `/api/protection/cases/${caseId}/victim-status`, worker, {
      status: 'declined',
      language: 'my',
    });
    expect(r.statusCode).toBe(200);
    const p = await page();
    expect(p).toMatchObject({ victimStatus: 'declined', status: 'open' });
    const ret = p.services.find((s: { service: string }) => s.service === 'return');
    // The return is this child's to accept once a guardian, their views, a best-interests determination and a
    // safe family are recorded (children.db.test.ts): declining the status of victim is not what holds it.
    const held = await decide(ret.id, 'accepted');
    expect(held.statusCode).toBe(409);
    expect(held.json().error.message).not.toMatch(/victim/);
    expect((await offer('cash_support')).statusCode).toBe(201);
    const cash = (await page()).services.find((s: { service: string }) => s.service === 'cash_support');
    expect((await decide(cash.id, 'accepted')).statusCode).toBe(200);
  });

  it('is changed by its caseworker only, until a colleague takes it over', async () => {
    const p = await page();
    const shelter = p.services.find((s: { service: string }) => s.service === 'shelter');
    expect((await decide(shelter.id, 'withdrawn', colleague)).statusCode).toBe(403);
    expect((await api('POST', `/api/protection/cases/${caseId}/owner`, colleague)).statusCode).toBe(200);
    expect((await decide(shelter.id, 'withdrawn', colleague)).statusCode).toBe(200);
    expect((await decide(shelter.id, 'completed', worker)).statusCode).toBe(403);
  });
});
