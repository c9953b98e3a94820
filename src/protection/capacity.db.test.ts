import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// A women's shelter with two beds run by an agency on Lantern: referrals are checked against its capacity; the
// beds fill as it accepts people, and free up when it reports more; it reports the services it will give.

let t: TestApp;
let screener: string;
let shelterStaff: string;
let outsider: string;
let shelter: string;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const screening = async (over: object) => {
  const r = await api(
    'POST',
    '/api/screenings',
    screener,
    screeningStart({ source: 'walk_in', age: 24, guardian: null, ...over }),
  );
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
};
const refer = (id: string, extra: object = {}) =>
  api('POST', `/api/screenings/${id}/referrals`, screener, {
    providerId: shelter,
    consent: true,
    sharedItems: ['pseudonym', 'language'],
    ...extra,
  });
const directory = async () =>
  (await api('GET', '/api/service-providers', screener))
    .json()
    .providers.find((p: { id: string }) => p.id === shelter);
const referralCount = async () =>
  (await t.database.db.selectFrom('referrals').select('id').where('provider_id', '=', shelter).execute())
    .length;

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  screener = await signIn(t, officer);
  t.clock.advance(31_000);
  const staff = await makeUser(t, ['social_worker']);
  shelterStaff = await signIn(t, staff);
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['social_worker']));
  shelter = (
    await t.database.db
      .insertInto('service_providers')
      .values({
        agency_id: staff.agencyId,
        name: "Women's shelter",
        kind: 'shelter',
        languages: ['th'],
        area: 'Chiang Rai',
        accepts_children: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}, 90_000);
afterAll(() => t.close());

describe("a provider's capacity", () => {
  it('is reported by the agency that runs it, and by no other', async () => {
    const body = {
      beds: 2,
      languages: ['th', 'my'],
      sexes: ['female'],
      acceptsChildren: false,
      acceptsAdults: true,
    };
    expect(
      (await api('PUT', `/api/protection/providers/${shelter}/capacity`, outsider, body)).statusCode,
    ).toBe(404);
    expect(
      (
        await api('PUT', `/api/protection/providers/${shelter}/capacity`, shelterStaff, {
          ...body,
          sexes: [],
        })
      ).statusCode,
    ).toBe(400);
    const r = await api('PUT', `/api/protection/providers/${shelter}/capacity`, shelterStaff, body);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ beds: 2, freeBeds: 2, sexes: ['female'], languages: ['th', 'my'] });
  });

  it('refuses a child, a man, or a language it does not work in, and writes nothing', async () => {
    const child = await refer(await screening({ age: 15, guardian: 'Guardian' }));
    expect(child.statusCode).toBe(400);
    expect(child.json().error.message).toMatch(/does not accept children/);
    const man = await refer(await screening({ sex: 'male' }));
    expect(man.json().error.message).toBe('providerId: this provider takes female people only');
    const khmer = await screening({ sex: 'female', language: 'km' });
    expect((await refer(khmer)).json().error.message).toMatch(/not in the person's language \(km\)/);
    expect(await referralCount()).toBe(0);
    expect((await refer(khmer, { interpreterArranged: true })).statusCode).toBe(201);
  });

  it('fills its beds as it accepts people, and refuses a referral when none is free', async () => {
    const second = await screening({ sex: 'female' });
    expect((await refer(second)).statusCode).toBe(201);
    const inbox = (await api('GET', '/api/protection/referrals/inbox', shelterStaff)).json().referrals;
    expect(inbox).toHaveLength(2);
    for (const r of inbox) {
      const a = await api('POST', `/api/protection/referrals/${r.id}/answer`, shelterStaff, {
        decision: 'accepted',
        services: ['shelter', 'psychosocial'],
      });
      expect(a.statusCode, a.body).toBe(200);
    }
    expect(await directory()).toMatchObject({ beds: 2, freeBeds: 0 });
    const third = await refer(await screening({ sex: 'female' }));
    expect(third.statusCode).toBe(409);
    expect(third.json().error.message).toBe('providerId: no free bed (2 of 2 taken)');
    expect(await referralCount()).toBe(2);
    const seen = (await api('GET', `/api/screenings/${second}`, screener)).json();
    expect(JSON.stringify(seen)).toContain('psychosocial');
  });
});
