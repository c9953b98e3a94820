import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';

let t: TestApp;
let adminA: TestUser;
let cookieA: string;

beforeAll(async () => {
  t = await startTestApp();
  adminA = await makeUser(t, ['admin']);
  cookieA = await signIn(t, adminA);
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

describe('user administration', () => {
  it('creates a user in the own agency with a one-time link, and lists only the own agency', async () => {
    const other = await makeUser(t, ['analyst']);
    const res = await api('POST', '/api/users', cookieA, {
      agencyId: adminA.agencyId,
      username: 'new.analyst',
      displayName: 'Ny Analyst',
      roles: ['analyst'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().signInLink).toMatch(/\/#\/welcome\/[\w-]{40,}$/);
    expect(res.json().user.hasPassword).toBe(false);
    const list = (await api('GET', '/api/users', cookieA))
      .json()
      .users.map((u: { username: string }) => u.username);
    expect(list).toContain('new.analyst');
    expect(list).not.toContain(other.username);
    const dup = await api('POST', '/api/users', cookieA, {
      agencyId: adminA.agencyId,
      username: 'NEW.analyst',
      displayName: 'Again',
      roles: ['analyst'],
    });
    expect(dup.statusCode).toBe(409);
  });

  it("answers another agency's user exactly as a missing one", async () => {
    const other = await makeUser(t, ['analyst']);
    const foreign = await api('GET', `/api/users/${other.id}`, cookieA);
    const missing = await api('GET', '/api/users/00000000-0000-4000-8000-000000000000', cookieA);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    const create = await api('POST', '/api/users', cookieA, {
      agencyId: other.agencyId,
      username: 'sneaky',
      displayName: 'Sneaky',
      roles: ['analyst'],
    });
    expect(create.statusCode).toBe(404);
  });

  it('refuses to grant system administration from an agency administrator', async () => {
    const res = await api('POST', '/api/users', cookieA, {
      agencyId: adminA.agencyId,
      username: 'would.be.root',
      displayName: 'Root',
      roles: ['system_admin'],
    });
    expect(res.statusCode).toBe(403);
  });

  it('ends the sessions of a user whose roles change or who is disabled, at once', async () => {
    const u = await makeUser(t, ['analyst'], { agencyId: adminA.agencyId });
    const cookie = await signIn(t, u);
    expect((await api('GET', '/api/me', cookie)).json().permissions).toContain('intel.read');
    expect((await api('PATCH', `/api/users/${u.id}`, cookieA, { roles: ['me_officer'] })).statusCode).toBe(
      200,
    );
    expect((await api('GET', '/api/me', cookie)).statusCode).toBe(401);
    expect((await api('PATCH', `/api/users/${u.id}`, cookieA, { disabled: true })).json().disabled).toBe(
      true,
    );
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: u.username, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });

  it('audits reads of a user record and of the audit log itself', async () => {
    const u = await makeUser(t, ['analyst'], { agencyId: adminA.agencyId });
    await api('GET', `/api/users/${u.id}`, cookieA);
    const entries = (await api('GET', `/api/audit?resourceId=${u.id}`, cookieA)).json().entries;
    expect(entries.map((e: { action: string }) => e.action)).toContain('user.read');
    const reads = (await api('GET', '/api/audit?action=audit.read', cookieA)).json().entries;
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });
});
