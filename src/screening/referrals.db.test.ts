import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { screeningStart } from './screening-fixture.ts';

let t: TestApp;
let cookie: string;
let adultsOnly: string;
let forChildren: string;

const start = screeningStart({
  source: 'walk_in',
  sourceRef: 'REF-1',
  pseudonym: 'Person 3',
  interpreter: { used: false },
  age: 15,
});

const provider = async (name: string, acceptsChildren: boolean) =>
  (
    await t.database.db
      .insertInto('service_providers')
      .values({
        agency_id: null,
        name,
        kind: 'shelter',
        languages: ['my'],
        area: 'Samut Sakhon',
        accepts_children: acceptsChildren,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  t = await startTestApp();
  cookie = await signIn(t, await makeUser(t, ['screening_officer']));
  adultsOnly = await provider('Adult workers hostel', false);
  forChildren = await provider('Children and families shelter', true);
});
afterAll(() => t.close());

const api = (method: 'POST', url: string, payload: object) =>
  t.app.inject({ method, url, ...withSession(cookie), payload });

async function screening(over: Record<string, unknown>) {
  const res = await api('POST', '/api/screenings', { ...start, ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const refer = (id: string, providerId: string) =>
  api('POST', `/api/screenings/${id}/referrals`, { providerId, consent: true, sharedItems: ['pseudonym'] });

const referrals = (id: string) =>
  t.database.db.selectFrom('referrals').select('provider_id').where('screening_id', '=', id).execute();

describe('a referral of a child', () => {
  for (const [who, over] of [
    ['a 15-year-old', { age: 15 }],
    ['a person of unknown age', { age: null }],
    ['a person whose stated age of 19 is doubted', { age: 19, ageDoubtful: true }],
  ] as const) {
    it(`refuses ${who} to a provider that does not accept children, and changes nothing`, async () => {
      const id = await screening(over);
      const res = await refer(id, adultsOnly);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/does not accept children/);
      expect(await referrals(id)).toEqual([]);
      const ok = await refer(id, forChildren);
      expect(ok.statusCode).toBe(201);
    });
  }

  it('lets an adult whose age is not doubted be referred to an adults-only provider', async () => {
    const id = await screening({ age: 24, guardian: null });
    expect((await refer(id, adultsOnly)).statusCode).toBe(201);
  });
});
