import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOperation, type Cast, operationCast } from '../operations/operation-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';
import { screeningStart } from './screening-fixture.ts';

let t: TestApp;
let c: Cast;
let opId: string;
let stranger: string;
const ids: Record<string, string> = {};
const screenings = '/api/screenings';

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  // The carer (a screening officer of an NGO) is in the operation's victim-care team: its people are theirs to screen.
  opId = (await approvedOperation(c, 'HERON')).id;
  const people: [string, Record<string, unknown>, { outcome: string } | null][] = [
    ['Person Aung', { source: 'operation', sourceRef: opId, age: 16 }, null],
    ['Person Bopha', { source: 'walk_in', sourceRef: '', age: 30 }, { outcome: 'presumed_trafficked' }],
    [
      'person Chai',
      { source: 'hotline', sourceRef: '', age: 30, ageDoubtful: true },
      { outcome: 'not_indicated' },
    ],
    ['Person Dara', { source: 'operation', sourceRef: opId, age: 40 }, null],
    ['Person Ear', { source: 'tip', sourceRef: '', age: null }, null],
  ];
  for (const [i, [pseudonym, change, evaluation]] of people.entries()) {
    const r = await c.call('POST', screenings, c.cookies.carer, screeningStart({ pseudonym, ...change }));
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    ids[pseudonym] = id;
    // Started a day apart, Aung first; two completed with an outcome.
    await sql`UPDATE screenings SET started_at = ${new Date(Date.UTC(2026, 10, 1 + i))} WHERE id = ${id}`.execute(
      t.database.db,
    );
    if (evaluation)
      await sql`UPDATE screenings SET status = 'completed', evaluation = ${JSON.stringify(evaluation)}::jsonb
                WHERE id = ${id}`.execute(t.database.db);
  }
  stranger = await signIn(t, await makeUser(t, ['screening_officer']));
});
afterAll(() => t.close());

interface Reply {
  screenings: { id: string; pseudonym: string; child: boolean; operationId: string | null }[];
  total: number;
  page: number;
  size: number;
}
const list = async (query: string, who = c.cookies.carer) => {
  const r = await c.call('GET', `${screenings}?${query}`, who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Reply;
};
const names = (r: Reply) => r.screenings.map((s) => s.pseudonym);

describe('the list of screenings, on the server', () => {
  it('sorts by pseudonym either way, ignoring case, a page at a time with the total', async () => {
    const p1 = await list('sort=pseudonym&order=asc&size=2');
    expect(names(p1)).toEqual(['Person Aung', 'Person Bopha']);
    expect(p1).toMatchObject({ total: 5, page: 1, size: 2 });
    expect(names(await list('sort=pseudonym&order=asc&size=2&page=2'))).toEqual([
      'person Chai',
      'Person Dara',
    ]);
    expect(names(await list('sort=pseudonym&order=desc&size=1'))).toEqual(['Person Ear']);
    const past = await list('sort=pseudonym&order=asc&size=2&page=40');
    expect(past.page).toBe(3);
    expect(names(past)).toEqual(['Person Ear']);
  });

  it('sorts by date newest first, by outcome from the gravest (none last), children first', async () => {
    const newest = names(await list('sort=started_at&order=desc'));
    expect(newest).toEqual(['Person Ear', 'Person Dara', 'person Chai', 'Person Bopha', 'Person Aung']);
    expect(names(await list(''))).toEqual(newest);
    expect(names(await list('sort=outcome&order=asc'))).toEqual([
      'Person Bopha',
      'person Chai',
      'Person Ear',
      'Person Dara',
      'Person Aung',
    ]);
    expect((await list('sort=person&order=asc')).screenings.map((s) => s.child)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('finds by the pseudonym, opened, and filters by status, outcome, source, child or adult and operation', async () => {
    expect(names(await list('q=CHAI'))).toEqual(['person Chai']);
    expect((await list('q=person')).total).toBe(5);
    expect((await list('status=completed')).total).toBe(2);
    expect(names(await list('outcome=presumed_trafficked'))).toEqual(['Person Bopha']);
    expect(names(await list('source=hotline'))).toEqual(['person Chai']);
    expect(names(await list('person=child&sort=pseudonym&order=asc'))).toEqual([
      'Person Aung',
      'person Chai',
      'Person Ear',
    ]);
    expect(names(await list('person=adult&sort=pseudonym&order=asc'))).toEqual([
      'Person Bopha',
      'Person Dara',
    ]);
    const fromOp = await list(`operation=${opId.toUpperCase()}&sort=pseudonym&order=asc`);
    expect(names(fromOp)).toEqual(['Person Aung', 'Person Dara']);
    expect(fromOp.screenings.every((s) => s.operationId === opId)).toBe(true);
    expect((await list('q=aung&status=completed')).total).toBe(0);
  });

  it('lists nothing of another agency', async () => {
    expect((await list('', stranger)).total).toBe(0);
  });

  it('is audited by what the page returned, never by the words', async () => {
    await list('q=chai');
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'screening.list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.detail).toEqual({ returned: 1, total: 1, page: 1, screeningIds: [ids['person Chai']] });
    expect(JSON.stringify(entry.detail)).not.toMatch(/chai/i);
  });

  it('refuses a column it does not sort by and a filter that is no code or id', async () => {
    const bad = await c.call('GET', `${screenings}?sort=guardian`, c.cookies.carer);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/sort/);
    expect((await c.call('GET', `${screenings}?operation=OP-12`, c.cookies.carer)).statusCode).toBe(400);
    expect((await c.call('GET', `${screenings}?person=teen`, c.cookies.carer)).statusCode).toBe(400);
  });
});
