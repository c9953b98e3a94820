import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { type AuditOutcome, recordAudit } from './audit.ts';

// Agency A's log holds five entries about records (e1..e5, written in that order, a few milliseconds apart), one
// written by another of its staff, one denied, one failed, one an import queued; agency B's holds one (e6). A's
// administrator pages through A's, in either order, by each filter; B's administrator sees only e6; a system
// administrator sees all six.

let t: TestApp;
let adminA: TestUser;
let clerkA: TestUser;
let cookieA: string;
let cookieB: string;
let cookieRoot: string;

const write = (u: TestUser, id: string, action: string, type: string, outcome: AuditOutcome = 'success') =>
  recordAudit(t.database.db, {
    actor: { kind: 'user', userId: u.id, agencyId: u.agencyId },
    action,
    resource: { type, id },
    outcome,
  });

beforeAll(async () => {
  t = await startTestApp();
  adminA = await makeUser(t, ['admin']);
  clerkA = await makeUser(t, ['analyst'], { agencyId: adminA.agencyId });
  const adminB = await makeUser(t, ['admin']);
  cookieA = await signIn(t, adminA);
  t.clock.advance(31_000);
  cookieB = await signIn(t, adminB);
  t.clock.advance(31_000);
  cookieRoot = await signIn(t, await makeUser(t, ['system_admin']));
  const entries: [TestUser, string, string, string, AuditOutcome?][] = [
    [adminA, 'e1', 'screening.read', 'screening'],
    [adminA, 'e2', 'screening.read', 'screening', 'denied'],
    [adminA, 'e3', 'import.tips.queued', 'import_job'],
    [clerkA, 'e4', 'screening.create', 'screening', 'failure'],
    [adminA, 'e5', 'screening.read', 'screening'],
    [adminB, 'e6', 'screening.read', 'screening'],
  ];
  for (const [u, id, action, type, outcome] of entries) {
    await write(u, id, action, type, outcome);
    await sleep(15);
  }
}, 120_000);
afterAll(() => t.close());

interface Entry {
  seq: string;
  at: string;
  resourceId: string | null;
  action: string;
}
interface Reply {
  entries: Entry[];
  total: number;
  page: number;
  size: number;
  more?: boolean;
}
const list = async (query: string, cookie = cookieA) => {
  const r = await t.app.inject({ method: 'GET', url: `/api/audit?${query}`, ...withSession(cookie) });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Reply;
};
const ids = (r: Reply) => r.entries.map((e) => e.resourceId);

describe('the audit log, a page at a time', () => {
  it('pages newest first or oldest first, with the total of every page', async () => {
    const p1 = await list('resourceType=screening&size=2');
    expect(ids(p1)).toEqual(['e5', 'e4']);
    expect(p1).toMatchObject({ total: 4, page: 1, size: 2 });
    expect(ids(await list('resourceType=screening&size=2&page=2'))).toEqual(['e2', 'e1']);
    expect(ids(await list('resourceType=screening&size=3&sort=at&order=asc'))).toEqual(['e1', 'e2', 'e4']);
    expect(ids(await list('resourceType=screening&size=3&order=asc&page=2'))).toEqual(['e5']);
    // Past the end: the last page.
    const past = await list('resourceType=screening&size=3&page=40');
    expect(past).toMatchObject({ page: 2, total: 4 });
    expect(ids(past)).toEqual(['e1']);
    const seqs = (await list('size=200&order=asc')).entries.map((e) => BigInt(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('filters by record, actor, action (as coded or as catalogued) and outcome', async () => {
    expect(ids(await list('resourceId=e3'))).toEqual(['e3']);
    expect(ids(await list(`actorId=${clerkA.id}`))).toEqual(['e4']);
    expect(ids(await list('action=screening.read'))).toEqual(['e5', 'e2', 'e1']);
    expect(ids(await list('action=import.tips.queued'))).toEqual(['e3']);
    expect(ids(await list('action=import.tips_queued'))).toEqual(['e3']);
    expect(ids(await list('outcome=denied&resourceType=screening'))).toEqual(['e2']);
    expect(ids(await list('outcome=failure'))).toEqual(['e4']);
    expect((await list('action=screening.read&outcome=failure')).total).toBe(0);
  });

  it('filters by time: from an instant (included) to another (left out)', async () => {
    const all = (await list('resourceType=screening&order=asc')).entries;
    const at = (id: string) => all.find((e) => e.resourceId === id)?.at ?? '';
    const range = `from=${encodeURIComponent(at('e2'))}&to=${encodeURIComponent(at('e5'))}`;
    expect(ids(await list(`resourceType=screening&${range}`))).toEqual(['e4', 'e2']);
    expect(ids(await list(`resourceType=screening&from=${encodeURIComponent(at('e4'))}`))).toEqual([
      'e5',
      'e4',
    ]);
    expect(ids(await list(`resourceType=screening&to=${encodeURIComponent(at('e2'))}`))).toEqual(['e1']);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/audit?from=yesterday',
      ...withSession(cookieA),
    });
    expect(bad.statusCode).toBe(400);
  });

  it("shows an agency's administrator none of another agency's entries; a system administrator all of them", async () => {
    expect(ids(await list('resourceType=screening', cookieB))).toEqual(['e6']);
    expect((await list('resourceId=e6')).total).toBe(0);
    expect(ids(await list('resourceType=screening', cookieRoot))).toEqual(['e6', 'e5', 'e4', 'e2', 'e1']);
  });

  it('records each read with its filter and what it returned', async () => {
    await list('resourceType=screening&outcome=denied&size=5');
    const read = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'audit.read')
      .where('actor_id', '=', adminA.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(read.detail).toEqual({
      filter: { resourceType: 'screening', outcome: 'denied' },
      order: 'desc',
      page: 1,
      size: 5,
      returned: 1,
      total: 1,
      more: false,
    });
  });

  it('counts a long log to a bound (10,000) and says there is more, yet pages past the bound', async () => {
    // Agency C's log: 10,050 entries written straight into the table (the chain is not what is tested here).
    const adminC = await makeUser(t, ['admin']);
    t.clock.advance(31_000);
    const cookieC = await signIn(t, adminC);
    await sql`INSERT INTO audit_log (seq, at, actor_id, actor_kind, agency_id, action, resource_type, resource_id,
                outcome, detail, prev_hash, hash)
              SELECT 1000000000 + i, now(), ${adminC.id}, 'user', ${adminC.agencyId}, 'screening.read', 'screening',
                     'c' || i, 'success', '{}'::jsonb, '', ''
              FROM generate_series(1, 10050) AS i`.execute(t.database.db);
    const first = await list('resourceType=screening&size=50', cookieC);
    expect(first).toMatchObject({ total: 10_000, more: true, page: 1 });
    expect(ids(first)[0]).toBe('c10050');
    // A page past the bound is counted far enough to know it exists, and the last one ends the count.
    const deep = await list('resourceType=screening&size=50&page=201', cookieC);
    expect(deep).toMatchObject({ page: 201, total: 10_050 });
    expect(deep.more).toBeUndefined();
    expect(ids(deep)).toEqual([
      'c50',
      'c49',
      'c48',
      'c47',
      'c46',
      'c45',
      'c44',
      'c43',
      'c42',
      'c41',
      'c40',
      'c39',
      'c38',
      'c37',
      'c36',
      'c35',
      'c34',
      'c33',
      'c32',
      'c31',
      'c30',
      'c29',
      'c28',
      'c27',
      'c26',
      'c25',
      'c24',
      'c23',
      'c22',
      'c21',
      'c20',
      'c19',
      'c18',
      'c17',
      'c16',
      'c15',
      'c14',
      'c13',
      'c12',
      'c11',
      'c10',
      'c9',
      'c8',
      'c7',
      'c6',
      'c5',
      'c4',
      'c3',
      'c2',
      'c1',
    ]);
    expect((await list('resourceType=screening&size=10', cookieC)).more).toBe(true);
  }, 60_000);

  it('refuses a column it does not sort by, a page too large, words and the old paging', async () => {
    for (const q of ['sort=action', 'size=1000', 'q=screening', 'outcome=maybe', 'before=5'])
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/audit?${q}`, ...withSession(cookieA) })).statusCode,
        q,
      ).toBe(400);
  });
});
