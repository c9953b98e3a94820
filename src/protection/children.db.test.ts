import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// A 16-year-old's case: a return waits for a guardian, the child's views, an approved best-interests
// determination for a return, and the family traced and assessed as safe; two approvals by a second caseworker.

let t: TestApp;
let worker: string;
let colleague: string;
let stranger: string;
let caseId: string;

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const step = (body: object, cookie = worker) =>
  api('POST', `/api/protection/cases/${caseId}/child-steps`, cookie, {
    language: 'my',
    occurredOn: '2026-11-20',
    detail: '',
    ...body,
  });
const approve = (stepId: string, cookie: string) =>
  api('POST', `/api/protection/cases/${caseId}/child-steps/${stepId}/approve`, cookie);
const page = async () => (await api('GET', `/api/protection/cases/${caseId}`, worker)).json();
const NEEDS = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
  domain,
  level: 'some',
  note: '',
}));

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
  caseId = await openCase(t, screener, worker, 'C-1');
  expect((await api('POST', `/api/protection/cases/${caseId}/owner`, worker)).statusCode).toBe(200);
  expect(
    (await api('POST', `/api/protection/cases/${caseId}/needs`, worker, { language: 'my', needs: NEEDS }))
      .statusCode,
  ).toBe(201);
}, 90_000);
afterAll(() => t.close());

describe("a child's protection", () => {
  it('holds a return until every step is done, and says what is missing', async () => {
    const offered = await api('POST', `/api/protection/cases/${caseId}/services`, worker, {
      service: 'return',
      language: 'my',
      note: '',
    });
    expect(offered.statusCode).toBe(201);
    const accept = await api(
      'POST',
      `/api/protection/cases/${caseId}/services/${offered.json().serviceId}/decision`,
      worker,
      { decision: 'accepted', language: 'my', note: '' },
    );
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.details.returnBlockers).toContain('no_guardian');
    const p = await page();
    expect(p.childProtection.returnBlockers).toEqual([
      'no_guardian',
      'no_child_views',
      'no_best_interests',
      'family_not_traced',
      'family_not_safe',
    ]);
    expect(p.services.find((s: { service: string }) => s.service === 'return').status).toBe('offered');
  });

  it('refuses steps out of order or with outcomes that do not fit, and writes nothing', async () => {
    expect((await step({ kind: 'guardian', outcome: 'neighbour', detail: 'X' })).statusCode).toBe(400);
    expect((await step({ kind: 'child_views', detail: '  ' })).statusCode).toBe(400);
    expect((await step({ kind: 'best_interests_assessment', outcome: 'safe', detail: 'X' })).statusCode).toBe(
      400,
    );
    const early = await step({
      kind: 'best_interests_determination',
      outcome: 'return_to_family',
      detail: 'X',
    });
    expect(early.statusCode).toBe(409);
    expect((await step({ kind: 'family_assessment', outcome: 'safe', detail: 'X' })).statusCode).toBe(409);
    expect((await step({ kind: 'guardian', outcome: 'state_appointed' }, colleague)).statusCode).toBe(403);
    expect((await step({ kind: 'guardian', outcome: 'state_appointed' }, stranger)).statusCode).toBe(404);
    expect((await page()).childProtection.steps).toEqual([]);
  });

  it('needs a second caseworker to approve the best-interests assessment and determination', async () => {
    const bia = await step({
      kind: 'best_interests_assessment',
      detail: 'Wants to go home; mother calls weekly',
    });
    expect(bia.json()).toMatchObject({ needsApproval: true });
    // Not yet approved: the determination still waits.
    expect(
      (await step({ kind: 'best_interests_determination', outcome: 'return_to_family', detail: 'X' }))
        .statusCode,
    ).toBe(409);
    expect((await approve(bia.json().stepId, worker)).statusCode).toBe(403);
    expect((await approve(bia.json().stepId, stranger)).statusCode).toBe(404);
    expect((await approve(bia.json().stepId, colleague)).statusCode).toBe(200);
    expect((await approve(bia.json().stepId, colleague)).statusCode).toBe(409);
    const bid = await step({
      kind: 'best_interests_determination',
      outcome: 'return_to_family',
      detail: 'Home',
    });
    expect(bid.statusCode).toBe(201);
    expect((await page()).childProtection.returnBlockers).toContain('no_best_interests');
    expect((await approve(bid.json().stepId, colleague)).statusCode).toBe(200);
    expect((await page()).childProtection.returnBlockers).not.toContain('no_best_interests');
  });

  it('lets the return go ahead once guardian, views, tracing and a safe family are recorded', async () => {
    for (const body of [
      { kind: 'guardian', outcome: 'state_appointed', detail: 'Guardian Canary-G7' },
      { kind: 'child_views', detail: 'I want to see my grandmother', language: 'my' },
      { kind: 'family_tracing', outcome: 'found' },
      { kind: 'family_assessment', outcome: 'safe', detail: 'Visited by partner NGO' },
    ])
      expect((await step(body)).statusCode).toBe(201);
    const p = await page();
    expect(p.childProtection.returnBlockers).toEqual([]);
    expect(p.childProtection.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'best_interests_assessment',
      'best_interests_determination',
      'guardian',
      'child_views',
      'family_tracing',
      'family_assessment',
    ]);
    expect(p.childProtection.steps[0].approvedBy).not.toBeNull();
    const ret = p.services.find((s: { service: string }) => s.service === 'return');
    const accept = await api('POST', `/api/protection/cases/${caseId}/services/${ret.id}/decision`, worker, {
      decision: 'accepted',
      language: 'my',
      note: '',
    });
    expect(accept.statusCode, accept.body).toBe(200);
  });

  it('keeps the words sealed in the database, and audits every step by code', async () => {
    const raw = await t.database.db.selectFrom('protection_child_steps').select('detail').execute();
    expect(raw.length).toBe(6);
    expect(raw.some((r) => r.detail.includes('Canary-G7'))).toBe(false);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['protection.child_step', 'protection.child_step_approve'])
      .execute();
    expect(audit.length).toBe(8);
    expect(JSON.stringify(audit)).not.toContain('Canary');
  });
});
