import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { insertOperation, logArrest, share } from './case-fixture.ts';

// A prosecution office's four case files, opened one day apart: "Operation HERON" from a concluded operation shared
// by the police (its arrest, Somchai K., a suspect), then from intelligence "Karaoke bar" (two suspects, a charge
// laid on Lek the broker), "avocado farm" and "Durian orchard" (closed). Another office's prosecutor sees none.

let t: TestApp;
let prosecutor: string;
let stranger: string;
let heronRef: string;

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const police = await makeUser(t, ['investigator']);
  const officeId = await insertAgency(db, 'Provincial prosecution office', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: officeId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['prosecutor']));
  const op = await insertOperation(t, police, { codeName: 'HERON', status: 'concluded' });
  await logArrest(t, police, op, 'Somchai K.', null, 1);
  await share(t, police, 'operation', op, officeId);
  const open = async (payload: object) => {
    const r = await api('POST', '/api/prosecution/cases', prosecutor, payload);
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; ref: string };
  };
  const heron = await open({ operationId: op });
  heronRef = heron.ref;
  const karaoke = await open({ title: 'Karaoke bar' });
  const avocado = await open({ title: 'avocado farm' });
  const durian = await open({ title: 'Durian orchard' });
  for (const [i, c] of [heron, karaoke, avocado, durian].entries())
    await db
      .updateTable('prosecution_cases')
      .set({ created_at: new Date(Date.UTC(2026, 10, 21 + i, 3)) })
      .where('id', '=', c.id)
      .execute();
  await db.updateTable('prosecution_cases').set({ status: 'closed' }).where('id', '=', durian.id).execute();
  const suspect = async (label: string) =>
    (
      await api('POST', `/api/prosecution/cases/${karaoke.id}/suspects`, prosecutor, {
        label,
        role: 'broker',
      })
    ).json().suspectId as string;
  const lek = await suspect('Lek the broker');
  await suspect('Noi');
  const charge = await api('POST', `/api/prosecution/cases/${karaoke.id}/charges`, prosecutor, {
    suspectId: lek,
    country: 'TH',
    offence: 'TH-ATIP-6',
    victims: 'adults',
  });
  expect(charge.statusCode, charge.body).toBe(201);
}, 120_000);
afterAll(() => t.close());

interface Reply {
  cases: { title: string; ref: string }[];
  total: number;
  page: number;
  size: number;
}
const list = async (query: string, cookie = prosecutor) => {
  const r = await api('GET', `/api/prosecution/cases?${query}`, cookie);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Reply;
};
const titles = (r: Reply) => r.cases.map((c) => c.title);

describe('the list of case files, on the server', () => {
  it('sorts by title either way, ignoring case, a page at a time with the total', async () => {
    const p1 = await list('sort=title&order=asc&size=2');
    expect(titles(p1)).toEqual(['avocado farm', 'Durian orchard']);
    expect(p1).toMatchObject({ total: 4, page: 1, size: 2 });
    expect(titles(await list('sort=title&order=asc&size=2&page=2'))).toEqual([
      'Karaoke bar',
      'Operation HERON',
    ]);
    expect(titles(await list('sort=title&order=desc&size=2'))).toEqual(['Operation HERON', 'Karaoke bar']);
    const past = await list('sort=title&order=asc&size=3&page=9');
    expect(past.page).toBe(2);
    expect(titles(past)).toEqual(['Operation HERON']);
  });

  it('sorts by opening, reference, suspects and testimony burden; newest first without a column', async () => {
    const newest = ['Durian orchard', 'avocado farm', 'Karaoke bar', 'Operation HERON'];
    expect(titles(await list(''))).toEqual(newest);
    expect(titles(await list('sort=opened&order=asc'))).toEqual([...newest].reverse());
    expect(titles(await list('sort=ref&order=asc'))).toEqual([...newest].reverse());
    expect(titles(await list('sort=suspects&order=desc'))).toEqual([
      'Karaoke bar',
      'Operation HERON',
      'Durian orchard',
      'avocado farm',
    ]);
    // A file without a charge has no burden: last, whichever the order.
    expect(titles(await list('sort=burden&order=asc'))[0]).toBe('Karaoke bar');
    expect(titles(await list('sort=burden&order=desc'))[0]).toBe('Karaoke bar');
    expect(titles(await list('sort=charges&order=desc'))[0]).toBe('Karaoke bar');
  });

  it('finds by reference, title or the suspect named beside the worst charge', async () => {
    expect(titles(await list('q=karaoke'))).toEqual(['Karaoke bar']);
    expect(titles(await list('q=LEK'))).toEqual(['Karaoke bar']);
    expect(titles(await list(`q=${heronRef}`))).toEqual(['Operation HERON']);
    expect((await list('q=nobody')).total).toBe(0);
  });

  it('filters by status and by where the file came from', async () => {
    expect(titles(await list('status=closed'))).toEqual(['Durian orchard']);
    expect((await list('status=open')).total).toBe(3);
    expect(titles(await list('origin=operation'))).toEqual(['Operation HERON']);
    expect(titles(await list('origin=intelligence&status=open'))).toEqual(['avocado farm', 'Karaoke bar']);
  });

  it("lists nothing to another office's prosecutor", async () => {
    expect(await list('', stranger)).toMatchObject({ cases: [], total: 0, page: 1 });
  });

  it('audits the read with the files returned, never the words searched', async () => {
    const page = await list('q=karaoke');
    const read = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'prosecution.cases_list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(read.detail).toMatchObject({ returned: 1, total: 1 });
    expect(JSON.stringify(read.detail)).not.toMatch(/karaoke/i);
    expect(page.cases).toHaveLength(1);
  });

  it('refuses a column it does not sort by, a page too large and an unknown status', async () => {
    for (const q of ['sort=secret', 'size=1000', 'status=pending', 'origin=rumour'])
      expect((await api('GET', `/api/prosecution/cases?${q}`, prosecutor)).statusCode, q).toBe(400);
  });
});
