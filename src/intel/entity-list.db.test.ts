import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';

let t: TestApp;
let a: TestUser;
let mine: string;
let theirs: string;
const ids: Record<string, string> = {};

const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = mine) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const list = async (query: string, cookie = mine) => {
  const res = await api('GET', `/api/intel/entities?${query}`, undefined, cookie);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as {
    entities: { id: string; label: string; type: string; links: number }[];
    next: string | null;
  };
};
const labels = (r: { entities: { label: string }[] }) => r.entities.map((e) => e.label);

beforeAll(async () => {
  t = await startTestApp();
  a = await makeUser(t, ['analyst']);
  mine = await signIn(t, a);
  const b = await makeUser(t, ['analyst']);
  t.clock.advance(30_000);
  theirs = await signIn(t, b);
  for (const [type, label] of [
    ['site', 'Beta Karaoke'],
    ['site', 'Alpha Farm'],
    ['person', 'Somchai Jaidee'],
    ['site', 'Gamma Pier'],
  ] as const)
    ids[label] = (await api('POST', '/api/intel/entities', { type, label })).json().id;
  for (const label of ['Bravo Site', 'Hidden Site'])
    ids[label] = (await api('POST', '/api/intel/entities', { type: 'site', label }, theirs)).json().id;
  // The other agency gives one of its sites to the first.
  await t.database.db
    .insertInto('shares')
    .values({
      resource_type: 'entity',
      resource_id: ids['Bravo Site'] ?? '',
      agency_id: a.agencyId,
      shared_by: b.id,
    })
    .execute();
  await api('POST', '/api/intel/links', {
    type: 'works_at',
    fromId: ids['Somchai Jaidee'],
    toId: ids['Gamma Pier'],
  });
  // Alpha Farm is the last one worked on.
  await api('POST', `/api/intel/entities/${ids['Alpha Farm']}/facts`, {
    attribute: 'site_kind',
    value: 'farm',
  });
});
afterAll(() => t.close());

describe('the list of entities', () => {
  it('holds the agency’s own and those shared with it, never another agency’s', async () => {
    const all = await list('sort=label');
    expect(labels(all)).toEqual(['Alpha Farm', 'Beta Karaoke', 'Bravo Site', 'Gamma Pier', 'Somchai Jaidee']);
    expect(all.entities.find((e) => e.label === 'Bravo Site')).toMatchObject({
      own: false,
      typeLabel: 'Site',
    });
    expect(labels(await list('sort=label', theirs))).toEqual(['Bravo Site', 'Hidden Site']);
    expect(labels(await list('agency=shared'))).toEqual(['Bravo Site']);
    expect(labels(await list('agency=own&type=site'))).toEqual(['Alpha Farm', 'Beta Karaoke', 'Gamma Pier']);
    expect(labels(await list('q=karao'))).toEqual(['Beta Karaoke']);
    expect(labels(await list('type=person'))).toEqual(['Somchai Jaidee']);
  });

  it('sorts by type and by last activity, and counts the links one may see', async () => {
    expect(labels(await list('sort=type&order=desc'))).toEqual([
      'Gamma Pier',
      'Bravo Site',
      'Beta Karaoke',
      'Alpha Farm',
      'Somchai Jaidee',
    ]);
    const recent = await list('sort=last_activity&order=desc');
    // Alpha Farm's fact is the latest; the link made Gamma Pier and Somchai Jaidee active after the others.
    expect(labels(recent).slice(0, 1)).toEqual(['Alpha Farm']);
    expect(labels(recent).slice(1, 3).sort()).toEqual(['Gamma Pier', 'Somchai Jaidee']);
    expect(recent.entities.find((e) => e.label === 'Gamma Pier')?.links).toBe(1);
  });

  it('pages by keyset: every row once, in order, whatever the sort', async () => {
    for (const sort of ['label', 'type', 'last_activity'])
      for (const order of ['asc', 'desc']) {
        const whole = labels(await list(`sort=${sort}&order=${order}`));
        const paged: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await list(
            `sort=${sort}&order=${order}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          );
          paged.push(...labels(page));
          cursor = page.next;
          pages++;
        } while (cursor && pages < 10);
        expect(paged).toEqual(whole);
        expect(pages).toBe(3);
      }
    const bad = await api('GET', '/api/intel/entities?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
  });

  it('is audited by the ids returned', async () => {
    await list('type=person');
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'intel.entities_list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.detail).toEqual({ returned: 1, entityIds: [ids['Somchai Jaidee']] });
  });
});
