import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// A shelter worker's field kit sends what was recorded without a connection (sync-rules.ts, `protection_needs`,
// `protection_service_step`): each with the id made on the phone and its time there. Sent again, it is answered
// as the one recorded (200) and nothing changes; a service's step on a status someone else's step has overtaken
// is refused (409 conflict) with the service as it stands, and nothing is recorded.

let t: TestApp;
let worker: string;
let stranger: string;
let caseId: string;

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const casePath = (rest = '') => `/api/protection/cases/${caseId}${rest}`;
const page = async () => (await api('GET', casePath(), worker)).json();
const needs = (note: string) =>
  ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: domain === 'health' ? 'serious' : 'some',
    note: domain === 'health' ? note : '',
  }));
const rows = async (table: 'protection_needs' | 'protection_service_events') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const audits = async (action: string) =>
  (
    await t.database.db.selectFrom('audit_log').select(['outcome']).where('action', '=', action).execute()
  ).map((a) => a.outcome);

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  caseId = await openCase(t, screener, worker);
  expect((await api('POST', casePath('/owner'), worker)).statusCode).toBe(200);
}, 60_000);
afterAll(() => t.close());

describe('a shelter case worked on without a connection', () => {
  it('records a needs assessment once under its phone-made id, with the time it was made there', async () => {
    const id = randomUUID();
    const at = new Date(Date.now() - 3 * 60_000).toISOString();
    const body = { id, at, language: 'my', needs: needs('Sleeps badly since the boat') };
    const first = await api('POST', casePath('/needs'), worker, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ assessmentId: id });
    const before = await rows('protection_needs');
    const again = await api('POST', casePath('/needs'), worker, body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ assessmentId: id, duplicate: true });
    expect(await rows('protection_needs')).toBe(before);
    expect(await audits('protection.needs_assess')).toEqual(['success']);
    const c = await page();
    expect(c.assessments).toBe(1);
    expect(c.needs[0].assessedAt).toBe(at);
    // The id is nobody else's to reuse: another case's worker finds no such case.
    expect((await api('POST', casePath('/needs'), stranger, body)).statusCode).toBe(404);
  });

  it('refuses a time in the future', async () => {
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    const r = await api('POST', casePath('/needs'), worker, {
      id: randomUUID(),
      at: future,
      language: 'my',
      needs: needs(''),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/future/);
  });

  it('records a service step once under its id, on the status the phone saw', async () => {
    const offerId = randomUUID();
    const offer = {
      id: offerId,
      at: new Date(Date.now() - 2 * 60_000).toISOString(),
      base: null,
      service: 'medical',
      language: 'my',
    };
    const offered = await api('POST', casePath('/services'), worker, offer);
    expect(offered.statusCode, offered.body).toBe(201);
    const serviceId = offered.json().serviceId as string;
    const events = await rows('protection_service_events');
    const resent = await api('POST', casePath('/services'), worker, offer);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toEqual({ serviceId, status: 'offered', duplicate: true });
    expect(await rows('protection_service_events')).toBe(events);

    const stepId = randomUUID();
    const at = new Date(Date.now() - 60_000).toISOString();
    const accept = {
      id: stepId,
      at,
      base: 'offered',
      decision: 'accepted',
      language: 'my',
      note: 'Clinic at 9',
    };
    const path = casePath(`/services/${serviceId}/decision`);
    expect((await api('POST', path, worker, accept)).statusCode).toBe(200);
    const again = await api('POST', path, worker, accept);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ serviceId, status: 'accepted', duplicate: true });
    expect(await rows('protection_service_events')).toBe(events + 1);
    const s = (await page()).services.find((x: { id: string }) => x.id === serviceId);
    expect(s.status).toBe('accepted');
    expect(s.steps.at(-1)).toMatchObject({ status: 'accepted', at, note: 'Clinic at 9' });
    // The same id on another step is not a resend: refused.
    const other = await api('POST', path, worker, { ...accept, decision: 'completed', base: 'accepted' });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toMatch(/id/);
  });

  it('refuses a step on a status someone changed since, with the service as it stands, and records nothing', async () => {
    const offered = await api('POST', casePath('/services'), worker, {
      service: 'legal_aid',
      language: 'my',
    });
    const serviceId = offered.json().serviceId as string;
    const path = casePath(`/services/${serviceId}/decision`);
    // Recorded in the office meanwhile: the person declined.
    expect((await api('POST', path, worker, { decision: 'declined', language: 'th' })).statusCode).toBe(200);
    const events = await rows('protection_service_events');
    // The phone's step, based on "offered".
    const mine = { id: randomUUID(), base: 'offered', decision: 'accepted', language: 'my', note: '' };
    const stale = await api('POST', path, worker, mine);
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect(stale.json().error.details.current).toMatchObject({
      serviceId,
      service: 'legal_aid',
      status: 'declined',
      last: { status: 'declined', language: 'th', by: expect.any(String) },
    });
    expect(await rows('protection_service_events')).toBe(events);
    expect(await audits('protection.service_decision')).toContain('failure');
    // An offer of a service the phone thought was not on the case meets it too.
    const offerAgain = await api('POST', casePath('/services'), worker, {
      id: randomUUID(),
      base: null,
      service: 'legal_aid',
      language: 'my',
    });
    expect(offerAgain.statusCode).toBe(409);
    expect(offerAgain.json().error.details.current.status).toBe('declined');
    // Kept by the person: sent again on the current status, it is a step from it (offered again), and holds.
    const kept = await api('POST', casePath('/services'), worker, {
      id: randomUUID(),
      base: 'declined',
      service: 'legal_aid',
      language: 'my',
    });
    expect(kept.statusCode, kept.body).toBe(201);
    // Without a base (a screen connected all along), steps are taken as before.
    expect((await api('POST', path, worker, { decision: 'accepted', language: 'my' })).statusCode).toBe(200);
  });

  it('answers two sends of one step racing each other as one', async () => {
    const offered = await api('POST', casePath('/services'), worker, {
      service: 'psychosocial',
      language: 'my',
    });
    const serviceId = offered.json().serviceId as string;
    const path = casePath(`/services/${serviceId}/decision`);
    const step = { id: randomUUID(), base: 'offered', decision: 'accepted', language: 'my' };
    const events = await rows('protection_service_events');
    const [a, b] = await Promise.all([api('POST', path, worker, step), api('POST', path, worker, step)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(await rows('protection_service_events')).toBe(events + 1);
  });
});
