import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { ALL_ROLES, permissionsOfRoles } from './roles.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const create = (cookie: string, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/tokens', ...withSession(cookie), payload });
const DAY = 86_400_000;

describe('API tokens', () => {
  it('are for the roles that need machine access only: analysts and investigators', () => {
    const allowed = ALL_ROLES.filter((r) => permissionsOfRoles([r]).has('token.create')).sort();
    expect(allowed).toEqual(['analyst', 'investigator']);
    // Everyone may still list and revoke their own.
    for (const r of ALL_ROLES) expect(permissionsOfRoles([r]).has('token.manage'), r).toBe(true);
  });

  it('cannot be created by a social worker or an administrator, and the refusal is audited', async () => {
    for (const role of ['social_worker', 'admin', 'system_admin'] as const) {
      const u = await makeUser(t, [role]);
      const cookie = await signIn(t, u);
      t.clock.advance(31_000);
      const res = await create(cookie, { name: 'mine', scopes: ['profile.read'] });
      expect(res.statusCode, role).toBe(403);
      const denial = await t.database.db
        .selectFrom('audit_log')
        .select(['action', 'outcome'])
        .where('actor_id', '=', u.id)
        .where('outcome', '=', 'denied')
        .executeTakeFirst();
      expect(denial).toMatchObject({ action: 'token.create', outcome: 'denied' });
      // Their own list still answers (empty).
      const list = await t.app.inject({ method: 'GET', url: '/api/tokens', ...withSession(cookie) });
      expect(list.json()).toEqual({ tokens: [] });
    }
    expect(
      Number(
        (
          await t.database.db
            .selectFrom('api_tokens')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0);
  });

  it('expire after 90 days when no expiry is given, and never after more than a year', async () => {
    const analyst = await makeUser(t, ['analyst']);
    const cookie = await signIn(t, analyst);
    const res = await create(cookie, { name: 'imports', scopes: ['intel.write'] });
    expect(res.statusCode).toBe(201);
    const expiresAt = Date.parse(res.json().view.expiresAt);
    expect(Math.abs(expiresAt - (Date.now() + 90 * DAY))).toBeLessThan(60_000);
    expect(
      (await create(cookie, { name: 'long', scopes: ['intel.write'], expiresInDays: 366 })).statusCode,
    ).toBe(400);
    const year = await create(cookie, { name: 'year', scopes: ['intel.write'], expiresInDays: 365 });
    expect(Date.parse(year.json().view.expiresAt)).toBeLessThanOrEqual(Date.now() + 365 * DAY);
  });

  it('stop working when the user loses the roles that allow them', async () => {
    const investigator = await makeUser(t, ['investigator']);
    const cookie = await signIn(t, investigator);
    const { token } = (
      await create(cookie, { name: 'exports', scopes: ['profile.read', 'intel.read'] })
    ).json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(200);
    await t.database.db.deleteFrom('user_roles').where('user_id', '=', investigator.id).execute();
    await t.database.db
      .insertInto('user_roles')
      .values({ user_id: investigator.id, role: 'social_worker' })
      .execute();
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });
});
