import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// The person agrees to share their pseudonym and services with the prosecution service, later withdraws it;
// another prosecution office was never agreed to. The caseworker's notes never leave the case.

let t: TestApp;
let worker: string;
let prosecutor: string;
let otherProsecutor: string;
let prosecutionAgency: string;
let caseId: string;
const NOTE = 'CANARY-CONSENT-4K9 sister still at the site';

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const shared = async (cookie = prosecutor) => {
  const r = await api('GET', `/api/protection/shared/${caseId}`, cookie);
  return { status: r.statusCode, body: r.statusCode === 200 ? r.json() : null };
};
const consent = (item: string, agencyId = prosecutionAgency, cookie = worker) =>
  api('POST', `/api/protection/cases/${caseId}/consents`, cookie, { item, agencyId, language: 'my' });
const withdraw = (id: string) =>
  api('POST', `/api/protection/cases/${caseId}/consents/${id}/withdraw`, worker);

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  prosecutionAgency = await insertAgency(
    t.database.db,
    'Office of the Attorney General (test)',
    'prosecution',
  );
  t.clock.advance(31_000);
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: prosecutionAgency }));
  t.clock.advance(31_000);
  otherProsecutor = await signIn(t, await makeUser(t, ['prosecutor']));
  caseId = await openCase(t, screener, worker);
  expect((await api('POST', `/api/protection/cases/${caseId}/owner`, worker)).statusCode).toBe(200);
  const needs = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: domain === 'family' ? 'serious' : 'some',
    note: domain === 'family' ? NOTE : '',
  }));
  expect(
    (await api('POST', `/api/protection/cases/${caseId}/needs`, worker, { language: 'my', needs }))
      .statusCode,
  ).toBe(201);
  const offered = await api('POST', `/api/protection/cases/${caseId}/services`, worker, {
    service: 'legal_aid',
    language: 'my',
  });
  expect(offered.statusCode).toBe(201);
}, 60_000);
afterAll(() => t.close());

describe('consent to share', () => {
  it('gives the prosecution nothing, not even the case, until the person agrees', async () => {
    expect(await shared()).toEqual({ status: 404, body: null });
    expect((await api('GET', '/api/protection/shared', prosecutor)).json().cases).toEqual([]);
    expect((await api('GET', `/api/protection/cases/${caseId}`, prosecutor)).statusCode).toBe(404);
  });

  it('shows only the items agreed to, to the agency agreed to, and never the notes', async () => {
    const a = await consent('pseudonym');
    expect(a.statusCode, a.body).toBe(201);
    expect((await consent('services')).statusCode).toBe(201);
    const { status, body } = await shared();
    expect(status).toBe(200);
    expect(body).toEqual({
      id: caseId,
      agency: expect.any(String),
      items: ['pseudonym', 'services'],
      pseudonym: 'Person 7',
      services: [{ service: 'legal_aid', status: 'offered' }],
    });
    expect((await api('GET', '/api/protection/shared', prosecutor)).json().cases).toEqual([
      expect.objectContaining({ id: caseId, pseudonym: 'Person 7', items: ['pseudonym', 'services'] }),
    ]);
    expect(await shared(otherProsecutor)).toEqual({ status: 404, body: null });
    // Needs are shared as levels: the caseworker's note stays with the case.
    expect((await consent('needs')).statusCode).toBe(201);
    const withNeeds = (await shared()).body;
    expect(withNeeds.needs).toContainEqual({ domain: 'family', level: 'serious' });
    expect(JSON.stringify(withNeeds)).not.toContain('CANARY');
  });

  it('cuts access at the next request once withdrawn, and the case page keeps the history', async () => {
    const page = (await api('GET', `/api/protection/cases/${caseId}`, worker)).json();
    const live = page.consents.filter((c: { withdrawnAt: string | null }) => c.withdrawnAt === null);
    expect(live.map((c: { item: string }) => c.item).sort()).toEqual(['needs', 'pseudonym', 'services']);
    const byItem = (item: string) => live.find((c: { item: string }) => c.item === item).id as string;
    expect((await withdraw(byItem('services'))).statusCode).toBe(200);
    const after = (await shared()).body;
    expect(after.items).toEqual(['needs', 'pseudonym']);
    expect(after.services).toBeUndefined();
    for (const item of ['needs', 'pseudonym']) expect((await withdraw(byItem(item))).statusCode).toBe(200);
    expect(await shared()).toEqual({ status: 404, body: null });
    expect((await api('GET', '/api/protection/shared', prosecutor)).json().cases).toEqual([]);
    const history = (await api('GET', `/api/protection/cases/${caseId}`, worker)).json().consents;
    expect(history).toHaveLength(3);
    expect(history.every((c: { withdrawnAt: string | null }) => c.withdrawnAt !== null)).toBe(true);
    // Given again, it shows again.
    expect((await consent('pseudonym')).statusCode).toBe(201);
    expect((await shared()).body.pseudonym).toBe('Person 7');
  });

  it('is recorded by the case’s caseworker only, for another agency that exists, and audited', async () => {
    expect((await consent('exploitation', prosecutionAgency, prosecutor)).statusCode).toBe(403);
    expect((await consent('exploitation', '00000000-0000-0000-0000-000000000001')).statusCode).toBe(400);
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', [
        'protection.consent_give',
        'protection.consent_withdraw',
        'protection.shared_read',
      ])
      .execute();
    expect(new Set(audits.map((a) => a.action)).size).toBe(3);
    expect(JSON.stringify(audits)).not.toContain('Person 7');
  });
});
