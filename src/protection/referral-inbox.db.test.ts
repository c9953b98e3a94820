import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// A police unit's screener refers a person to a shelter run by a services agency on Lantern: the referral lands
// in the services agency's inbox with only what the person agreed to share, and the shelter answers it; the
// police unit cannot answer for it.

let t: TestApp;
let screener: string;
let shelterWorker: string;
let stranger: string;
let referralId: string;

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const inbox = async (cookie = shelterWorker) =>
  (await api('GET', '/api/protection/referrals/inbox', cookie)).json().referrals;

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  screener = await signIn(t, officer);
  const services = await insertAgency(t.database.db, 'Provincial shelter agency (test)', 'services');
  t.clock.advance(31_000);
  shelterWorker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: services }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  const provider = await t.database.db
    .insertInto('service_providers')
    .values({
      agency_id: services,
      name: 'Provincial shelter (test)',
      kind: 'shelter',
      languages: ['my'],
      area: 'North',
      accepts_children: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const s = await api(
    'POST',
    '/api/screenings',
    screener,
    screeningStart({ source: 'walk_in', sourceRef: 'R-1' }),
  );
  expect(s.statusCode, s.body).toBe(201);
  const r = await api('POST', `/api/screenings/${s.json().id}/referrals`, screener, {
    providerId: provider.id,
    consent: true,
    sharedItems: ['pseudonym', 'language'],
  });
  expect(r.statusCode, r.body).toBe(201);
  referralId = r.json().id;
}, 60_000);
afterAll(() => t.close());

describe("a referral to a provider's inbox", () => {
  it('arrives with only what the person agreed to share', async () => {
    const [r] = await inbox();
    expect(r).toMatchObject({
      id: referralId,
      status: 'sent',
      provider: 'Provincial shelter (test)',
      sharedItems: ['language', 'pseudonym'],
      pseudonym: 'Person 7',
      language: 'my',
      age: null,
      exploitation: null,
    });
    expect(await inbox(stranger)).toEqual([]);
  });

  it('is answered by the provider, once, and not by the referring agency', async () => {
    const byReferrer = await api('PATCH', `/api/referrals/${referralId}`, screener, { status: 'accepted' });
    expect(byReferrer.statusCode).toBe(409);
    expect(byReferrer.json().error.message).toMatch(/own inbox/);
    expect(
      (
        await api('POST', `/api/protection/referrals/${referralId}/answer`, stranger, {
          decision: 'accepted',
        })
      ).statusCode,
    ).toBe(404);
    const answer = await api('POST', `/api/protection/referrals/${referralId}/answer`, shelterWorker, {
      decision: 'accepted',
    });
    expect(answer.json()).toEqual({ id: referralId, status: 'accepted' });
    expect(
      (
        await api('POST', `/api/protection/referrals/${referralId}/answer`, shelterWorker, {
          decision: 'declined',
        })
      ).statusCode,
    ).toBe(409);
    expect((await inbox())[0].status).toBe('accepted');
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['referral.inbox', 'referral.answer'])
      .execute();
    expect(new Set(audits.map((a) => a.action))).toEqual(new Set(['referral.inbox', 'referral.answer']));
    expect(JSON.stringify(audits)).not.toContain('Person 7');
  });
});
