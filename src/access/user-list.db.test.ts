import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { insertAgency, insertUser } from './users-store.ts';

// Agency A: its administrator Mali, Anan and Zoë Ward (active; Zoë without a second factor), Bình (waiting for a
// first sign-in), Chai (disabled, an investigator), Dara (locked). Agency B: Erin. A's administrator lists A's
// six accounts only; a system administrator (of a third agency) lists all and filters them by agency.

let t: TestApp;
let agencyB: string;
let cookieA: string;
let cookieRoot: string;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const agencyA = await insertAgency(db, 'Alpha provincial police', 'police');
  agencyB = await insertAgency(db, 'Bravo labour office', 'labour');
  const user = async (username: string, displayName: string, o: Parameters<typeof makeUser>[2] = {}) => {
    const u = await makeUser(t, ['analyst'], { agencyId: agencyA, username, ...o });
    await db.updateTable('users').set({ display_name: displayName }).where('id', '=', u.id).execute();
    return u;
  };
  const admin: TestUser = await makeUser(t, ['admin'], { agencyId: agencyA, username: 'mali.admin' });
  await db.updateTable('users').set({ display_name: 'Mali' }).where('id', '=', admin.id).execute();
  await user('anan.k', 'anan');
  await user('zoe.ward', 'Zoë Ward', { totp: false });
  await insertUser(db, { agencyId: agencyA, username: 'binh.t', displayName: 'Bình', roles: ['analyst'] });
  const chai = await user('chai.s', 'Chai');
  await db.updateTable('users').set({ disabled: true }).where('id', '=', chai.id).execute();
  await db.insertInto('user_roles').values({ user_id: chai.id, role: 'investigator' }).execute();
  await db.deleteFrom('user_roles').where('user_id', '=', chai.id).where('role', '=', 'analyst').execute();
  const dara = await user('dara.p', 'Dara');
  await db
    .updateTable('users')
    .set({ locked_until: new Date(Date.now() + 3_600_000) })
    .where('id', '=', dara.id)
    .execute();
  await user('erin.b', 'Erin', { agencyId: agencyB });
  cookieA = await signIn(t, admin);
  t.clock.advance(31_000);
  cookieRoot = await signIn(t, await makeUser(t, ['system_admin']));
}, 120_000);
afterAll(() => t.close());

interface Reply {
  users: { username: string; displayName: string }[];
  total: number;
  page: number;
  size: number;
}
const list = async (query: string, cookie = cookieA) => {
  const r = await t.app.inject({ method: 'GET', url: `/api/users?${query}`, ...withSession(cookie) });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Reply;
};
const names = (r: Reply) => r.users.map((u) => u.displayName);

describe('the list of accounts, on the server', () => {
  it('sorts by name either way, ignoring case, a page at a time with the total', async () => {
    const p1 = await list('sort=name&order=asc&size=4');
    expect(names(p1)).toEqual(['anan', 'Bình', 'Chai', 'Dara']);
    expect(p1).toMatchObject({ total: 6, page: 1, size: 4 });
    expect(names(await list('sort=name&order=asc&size=4&page=2'))).toEqual(['Mali', 'Zoë Ward']);
    expect(names(await list('sort=name&order=desc&size=2'))).toEqual(['Zoë Ward', 'Mali']);
    const past = await list('sort=name&size=4&page=9');
    expect(past.page).toBe(2);
    // Without a column: the agency's accounts by user name.
    expect((await list('')).users.map((u) => u.username)).toEqual([
      'anan.k',
      'binh.t',
      'chai.s',
      'dara.p',
      'mali.admin',
      'zoe.ward',
    ]);
  });

  it('sorts by where an account stands: usable first, disabled last', async () => {
    expect(names(await list('sort=status&order=asc'))).toEqual([
      'anan',
      'Mali',
      'Zoë Ward',
      'Bình',
      'Dara',
      'Chai',
    ]);
    expect(names(await list('sort=status&order=desc')).slice(0, 3)).toEqual(['Chai', 'Dara', 'Bình']);
  });

  it('finds by user name or display name, folded for case and accents', async () => {
    expect(names(await list('q=binh'))).toEqual(['Bình']);
    expect(names(await list('q=ZOE'))).toEqual(['Zoë Ward']);
    expect(names(await list('q=dara.p'))).toEqual(['Dara']);
    expect((await list('q=erin')).total).toBe(0);
  });

  it('filters by status, role and second factor', async () => {
    expect(names(await list('status=active&sort=name'))).toEqual(['anan', 'Mali', 'Zoë Ward']);
    expect(names(await list('status=pending'))).toEqual(['Bình']);
    expect(names(await list('status=locked'))).toEqual(['Dara']);
    expect(names(await list('status=disabled'))).toEqual(['Chai']);
    expect(names(await list('role=investigator'))).toEqual(['Chai']);
    expect(names(await list('role=admin'))).toEqual(['Mali']);
    expect(names(await list('twoFactor=not_enrolled&sort=name'))).toEqual(['Bình', 'Zoë Ward']);
    expect((await list('twoFactor=enrolled')).total).toBe(4);
  });

  it("lists only the agency's own accounts to its administrator; every agency's to a system administrator", async () => {
    expect((await list(`agencyId=${agencyB}`)).total).toBe(0);
    expect(names(await list(`agencyId=${agencyB}`, cookieRoot))).toEqual(['Erin']);
    expect((await list('', cookieRoot)).total).toBe(8);
    expect(names(await list('sort=agency&order=desc&size=1', cookieRoot))).toEqual(['Erin']);
  });

  it('refuses a column it does not sort by, a page too large and an unknown status', async () => {
    for (const q of ['sort=password', 'size=1000', 'status=asleep', 'role=king'])
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/users?${q}`, ...withSession(cookieA) })).statusCode,
        q,
      ).toBe(400);
  });
});
