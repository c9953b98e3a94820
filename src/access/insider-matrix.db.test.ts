import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { ALL_ROLES, grantNeedsSecondAdministrator, permissionsOfRoles, type Role } from './roles.ts';

// The access matrix for a corrupt insider: every role, signed in, tries the steps by which one person could act as
// another or widen their own reach. None may succeed alone.
let t: TestApp;
let agencyId: string;
let colleague: TestUser;
const signedIn = new Map<Role, { user: TestUser; cookie: string }>();

beforeAll(async () => {
  t = await startTestApp();
  const first = await makeUser(t, ['admin']);
  agencyId = first.agencyId;
  colleague = await makeUser(t, ['me_officer'], { agencyId });
  for (const role of ALL_ROLES) {
    const user = await makeUser(t, [role], { agencyId });
    t.clock.advance(31_000);
    signedIn.set(role, { user, cookie: await signIn(t, user) });
  }
});
afterAll(() => t.close());

const as = (role: Role) => {
  const s = signedIn.get(role);
  if (!s) throw new Error(role);
  return s;
};

describe('the insider matrix', () => {
  it.each(ALL_ROLES)('%s cannot change their own roles', async (role) => {
    const { user, cookie } = as(role);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      ...withSession(cookie),
      payload: { roles: [role, 'analyst', 'system_admin'] },
    });
    expect(res.statusCode).toBe(403);
    const roles = await t.database.db
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', user.id)
      .execute();
    expect(roles.map((r) => r.role)).toEqual([role]);
  });

  it.each(ALL_ROLES)('%s never receives a sign-in link for a colleague by resetting them', async (role) => {
    const { cookie } = as(role);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/users/${colleague.id}/reset-2fa`,
      ...withSession(cookie),
    });
    expect(res.body).not.toMatch(/welcome/);
    expect([202, 403]).toContain(res.statusCode);
    expect(res.statusCode === 202).toBe(permissionsOfRoles([role]).has('user.reset_2fa'));
    const stillSet = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', colleague.id)
      .executeTakeFirstOrThrow();
    expect(stillSet.password_hash).not.toBeNull();
  });

  it.each(ALL_ROLES.filter((r) => permissionsOfRoles([r]).has('user.update')))(
    '%s grants a role that sees intelligence or victims only through a second administrator',
    async (role) => {
      const { cookie } = as(role);
      const target = await makeUser(t, ['monitor'], { agencyId });
      for (const wanted of ALL_ROLES.filter((r) => r !== 'system_admin')) {
        const res = await t.app.inject({
          method: 'PATCH',
          url: `/api/users/${target.id}`,
          ...withSession(cookie),
          payload: { roles: ['monitor', wanted] },
        });
        expect(res.statusCode, wanted).toBe(200);
        const granted = (res.json().roles as string[]).includes(wanted);
        expect(granted, wanted).toBe(!grantNeedsSecondAdministrator(wanted));
        if (!granted) expect(res.json().pending.roles).toEqual([wanted]);
        await t.app.inject({
          method: 'PATCH',
          url: `/api/users/${target.id}`,
          ...withSession(cookie),
          payload: { roles: ['monitor'] },
        });
      }
    },
  );
});

describe('which roles need a second administrator to be granted', () => {
  it('every role that sees intelligence, victims, operations, evidence, accounts or the audit log', () => {
    for (const r of ALL_ROLES) {
      const sensitive = [...permissionsOfRoles([r])].some((p) =>
        /^(intel|screening|protection|prosecution|operations|evidence|user|audit|monitoring\.read)/.test(p),
      );
      if (sensitive) expect(grantNeedsSecondAdministrator(r), r).toBe(true);
    }
    expect(grantNeedsSecondAdministrator('monitor')).toBe(false);
    expect(grantNeedsSecondAdministrator('me_officer')).toBe(false);
  });
});
