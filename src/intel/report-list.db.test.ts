import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// The list of reports read a page at a time: the titles are sealed, so it is sorted and filtered once opened, by
// words of the title, marking and grades, handling code, TLP, own or shared and the grades of the items.

let t: TestApp;
let police: string;
let ngo: string;
let stranger: string;
let policeAgency: string;
const reports = '/api/intel/reports';

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const source = async (cookie: string) =>
  (
    await api('POST', '/api/intel/sources', cookie, { code: 'SRC-1', kind: 'informant', description: '' })
  ).json().id as string;
const record = async (cookie: string, sourceId: string, over: object, grades: string[]) => {
  const r = await api('POST', reports, cookie, {
    sourceId,
    handling: 'P',
    items: grades.map((g) => ({ text: `Item graded ${g}.`, sourceGrade: g[0], infoGrade: g[1] })),
    ...over,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
};

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  policeAgency = a.agencyId;
  police = await signIn(t, a);
  t.clock.advance(30_000);
  ngo = await signIn(t, await makeUser(t, ['analyst']));
  t.clock.advance(30_000);
  stranger = await signIn(t, await makeUser(t, ['analyst']));
  const mine = await source(police);
  await record(police, mine, { title: 'Recruiter at Mae Sot', reportedOn: '2026-09-01' }, ['2B', '1A']);
  await record(police, mine, { title: 'Karaoke bar in Đà Nẵng', reportedOn: '2026-10-05', tlp: 'GREEN' }, [
    '3C',
  ]);
  await record(
    police,
    mine,
    {
      title: 'Boat crew unpaid',
      reportedOn: '2026-08-15',
      handling: 'C',
      actionCode: 'A2',
      sanitisationCode: 'S1',
      tlp: 'AMBER',
    },
    ['2D'],
  );
  await record(police, mine, { title: 'Scam compound at the border', reportedOn: '2026-11-20', tlp: 'RED' }, [
    '1B',
  ]);
  const theirs = await record(
    ngo,
    await source(ngo),
    { title: 'Shelter intake notes', reportedOn: '2026-07-01', tlp: 'CLEAR' },
    ['2A'],
  );
  const shared = await api('POST', `${reports}/${theirs}/share`, ngo, { agencyId: policeAgency });
  expect(shared.statusCode, shared.body).toBe(204);
});
afterAll(() => t?.close());

type Reply = { reports: { title: string; grades: string[] }[]; total: number; page: number; size: number };
const list = async (query: string, who = police) => {
  const r = await api('GET', `${reports}?${query}`, who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Reply;
};
const titles = (r: Reply) => r.reports.map((x) => x.title.split(' ')[0]);

describe('the list of reports, on the server', () => {
  it('lists the newest first without a column, with the grades of the items', async () => {
    const all = await list('');
    expect(titles(all)).toEqual(['Scam', 'Karaoke', 'Recruiter', 'Boat', 'Shelter']);
    expect(all).toMatchObject({ total: 5, page: 1, size: 100 });
    expect(all.reports[2]?.grades).toEqual(['1A', '2B']);
  });

  it('sorts by any column either way', async () => {
    expect(titles(await list('sort=title&order=asc'))).toEqual([
      'Boat',
      'Karaoke',
      'Recruiter',
      'Scam',
      'Shelter',
    ]);
    expect(titles(await list('sort=title&order=desc'))).toEqual([
      'Shelter',
      'Scam',
      'Recruiter',
      'Karaoke',
      'Boat',
    ]);
    expect(titles(await list('sort=reported_on&order=asc'))).toEqual([
      'Shelter',
      'Boat',
      'Recruiter',
      'Karaoke',
      'Scam',
    ]);
    // The best item's grade, 1A first.
    expect(titles(await list('sort=grade&order=asc'))).toEqual([
      'Recruiter',
      'Scam',
      'Shelter',
      'Boat',
      'Karaoke',
    ]);
    // How far a marking lets it travel: no TLP, then CLEAR to RED.
    expect(titles(await list('sort=marking&order=asc'))).toEqual([
      'Recruiter',
      'Shelter',
      'Karaoke',
      'Boat',
      'Scam',
    ]);
    expect(titles(await list('sort=origin&order=desc'))).toEqual([
      'Shelter',
      'Scam',
      'Karaoke',
      'Recruiter',
      'Boat',
    ]);
  });

  it('cuts pages and counts every match; a page past the end gives the last', async () => {
    const p1 = await list('size=2');
    expect(titles(p1)).toEqual(['Scam', 'Karaoke']);
    expect(p1).toMatchObject({ total: 5, page: 1, size: 2 });
    expect(titles(await list('size=2&page=2'))).toEqual(['Recruiter', 'Boat']);
    const past = await list('size=2&page=40');
    expect(past).toMatchObject({ total: 5, page: 3 });
    expect(titles(past)).toEqual(['Shelter']);
  });

  it('finds by the words of the title, marking and grades, folded for accents', async () => {
    expect(titles(await list('q=da%20nang'))).toEqual(['Karaoke']);
    expect(titles(await list('q=TLP%3Ared'))).toEqual(['Scam']);
    expect(titles(await list('q=1a'))).toEqual(['Recruiter']);
    expect(await list('q=nobody')).toMatchObject({ reports: [], total: 0, page: 1 });
  });

  it('filters by handling code, TLP, own or shared and the grades of the items', async () => {
    expect(titles(await list('handling=C'))).toEqual(['Boat']);
    expect(titles(await list('tlp=none'))).toEqual(['Recruiter']);
    expect(titles(await list('tlp=GREEN'))).toEqual(['Karaoke']);
    expect(titles(await list('origin=shared'))).toEqual(['Shelter']);
    expect((await list('origin=own')).total).toBe(4);
    expect(titles(await list('sourceGrade=1'))).toEqual(['Scam', 'Recruiter']);
    expect(titles(await list('infoGrade=A'))).toEqual(['Recruiter', 'Shelter']);
    expect(titles(await list('sourceGrade=2&q=shelter'))).toEqual(['Shelter']);
  });

  it('lists to each agency only its own and what was shared with it', async () => {
    expect(titles(await list('', ngo))).toEqual(['Shelter']);
    expect(await list('', stranger)).toMatchObject({ reports: [], total: 0 });
  });

  it('audits what the page returned, never the words', async () => {
    await list('q=karaoke');
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'intel.reports_list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.detail).toEqual({ returned: 1, total: 1, page: 1 });
    expect(JSON.stringify(entry.detail)).not.toContain('karaoke');
  });

  it('refuses a column it does not sort by, a marking it does not know and a page too large', async () => {
    const bad = await api('GET', `${reports}?sort=source`, police);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/sort/);
    expect((await api('GET', `${reports}?tlp=PURPLE`, police)).statusCode).toBe(400);
    expect((await api('GET', `${reports}?size=1000`, police)).statusCode).toBe(400);
  });
});
