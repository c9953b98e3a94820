import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// Five cases of one agency, by pseudonym: two taken by the worker (one back home with follow-ups due), one by a
// colleague, two without a caseworker; children and adults, labour and sexual exploitation; one closed.

let t: TestApp;
let worker: string;
let stranger: string;
const ids: Record<string, string> = {};
const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  const colleague = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  // Each is screened as the fixture's 16-year-old; the case's own child and exploitation are set here.
  const people = [
    ['Orchid', false, 'labour'],
    ['bamboo', true, 'labour'],
    ['Lotus', true, 'sexual'],
    ['Đào Mai', false, 'sexual'],
    ['Jasmine', false, 'labour'],
  ] as const;
  for (const [i, [pseudonym, child, exploitation]] of people.entries()) {
    const id = await openCase(t, screener, worker, `L-${i}`, { pseudonym });
    ids[pseudonym] = id;
    await t.database.db
      .updateTable('protection_cases')
      .set({ child, exploitation })
      .where('id', '=', id)
      .execute();
  }
  for (const [who, name] of [
    [worker, 'Orchid'],
    [worker, 'Lotus'],
    [colleague, 'bamboo'],
  ] as const)
    expect((await api('POST', `/api/protection/cases/${ids[name]}/owner`, who)).statusCode).toBe(200);
  const plan = await api('PUT', `/api/protection/cases/${ids.Lotus}/reintegration/plan`, worker, {
    goals: 'Back to school',
    country: 'MM',
    area: 'Myawaddy',
    startedOn: ago(100),
  });
  expect(plan.statusCode, plan.body).toBe(200);
  await t.database.db
    .updateTable('protection_cases')
    .set({ status: 'closed' })
    .where('id', '=', ids.Jasmine ?? '')
    .execute();
}, 120_000);
afterAll(() => t.close());

interface Row {
  pseudonym: string;
  child: boolean;
  owner: { name: string } | null;
  mine: boolean;
  followUpsDue: number;
}
const list = async (query: string, who = worker) => {
  const r = await api('GET', `/api/protection/cases?${query}`, who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { cases: Row[]; total: number; page: number; size: number };
};
const names = (r: { cases: Row[] }) => r.cases.map((c) => c.pseudonym);

describe('the list of protection cases, on the server', () => {
  it('keeps newest first without a sort, and sorts by pseudonym either way, a page at a time', async () => {
    expect(names(await list(''))).toEqual(['Jasmine', 'Đào Mai', 'Lotus', 'bamboo', 'Orchid']);
    expect(names(await list('sort=opened_at&order=asc'))).toEqual([
      'Orchid',
      'bamboo',
      'Lotus',
      'Đào Mai',
      'Jasmine',
    ]);
    const p1 = await list('sort=pseudonym&order=asc&size=2');
    expect(names(p1)).toEqual(['bamboo', 'Đào Mai']);
    expect(p1).toMatchObject({ total: 5, page: 1, size: 2 });
    expect(names(await list('sort=pseudonym&order=asc&size=2&page=2'))).toEqual(['Jasmine', 'Lotus']);
    expect(names(await list('sort=pseudonym&order=desc&size=2'))).toEqual(['Orchid', 'Lotus']);
    const past = await list('sort=pseudonym&order=asc&size=2&page=9');
    expect(past.page).toBe(3);
    expect(names(past)).toEqual(['Orchid']);
  });

  it('sorts by caseworker (none last), follow-ups due, exploitation and status', async () => {
    const byOwner = (await list('sort=owner&order=asc')).cases;
    expect(byOwner.slice(3).map((c) => c.owner)).toEqual([null, null]);
    expect(names(await list('sort=follow_ups_due&order=desc&size=1'))).toEqual(['Lotus']);
    // Ties keep the list's own order, newest first.
    expect(names(await list('sort=exploitation&order=asc'))).toEqual([
      'Jasmine',
      'bamboo',
      'Orchid',
      'Đào Mai',
      'Lotus',
    ]);
    expect(names(await list('sort=status&order=desc&size=1'))).toEqual(['Jasmine']);
  });

  it('finds by words, folded, in the pseudonym, the caseworker or the case id', async () => {
    expect(names(await list('q=LOTUS'))).toEqual(['Lotus']);
    expect(names(await list('q=dao'))).toEqual(['Đào Mai']);
    expect(names(await list(`q=${ids.bamboo}`))).toEqual(['bamboo']);
    expect((await list('q=nobody-at-all')).total).toBe(0);
  });

  it('filters by status, child, exploitation, caseworker and follow-ups due', async () => {
    expect(names(await list('status=closed'))).toEqual(['Jasmine']);
    expect((await list('status=open')).total).toBe(4);
    expect(names(await list('child=true&sort=pseudonym&order=asc'))).toEqual(['bamboo', 'Lotus']);
    expect((await list('child=false')).total).toBe(3);
    expect(names(await list('exploitation=sexual&sort=pseudonym&order=asc'))).toEqual(['Đào Mai', 'Lotus']);
    expect(names(await list('owner=mine&sort=pseudonym&order=asc'))).toEqual(['Lotus', 'Orchid']);
    expect(names(await list('owner=others'))).toEqual(['bamboo']);
    expect(names(await list('owner=none&sort=pseudonym&order=asc'))).toEqual(['Đào Mai', 'Jasmine']);
    const due = await list('due=true');
    expect(names(due)).toEqual(['Lotus']);
    expect(due.cases[0]).toMatchObject({ mine: true, followUpsDue: 2 });
    expect((await list('due=false')).total).toBe(4);
    expect(names(await list('q=orchid&owner=mine'))).toEqual(['Orchid']);
  });

  it('lists nothing to a caseworker of another agency', async () => {
    expect(await list('', stranger)).toMatchObject({ cases: [], total: 0 });
  });

  it('audits what the page gave, never the words', async () => {
    await list('q=Orchid&size=1');
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'protection.cases_list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.detail).toEqual({ returned: 1, total: 1, page: 1, cases: [ids.Orchid] });
    expect(JSON.stringify(entry.detail)).not.toMatch(/orchid/i);
  });

  it('refuses a column it does not sort by, an unknown filter value and a page too large', async () => {
    const bad = await api('GET', '/api/protection/cases?sort=identity', worker);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/sort/);
    expect((await api('GET', '/api/protection/cases?owner=somebody', worker)).statusCode).toBe(400);
    expect((await api('GET', '/api/protection/cases?size=1000', worker)).statusCode).toBe(400);
  });
});
