import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS } from '../access/catalogue.ts';
import { permissionsOfRoles } from '../access/roles.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from './testing.ts';

let t: TestApp;
let routes: { method: string; path: string; url: string; permission: string }[];

const SAMPLE_ID = '3f1f0d5e-9a4b-4c1e-8f3a-2b6d7e8f9a0b';

beforeAll(async () => {
  t = await startTestApp();
  // The routes come from the running app's own API description, so a new route cannot escape this test.
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { 'x-permission'?: string }>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      url: path.replace(/\{[^}]+\}/g, SAMPLE_ID),
      permission: op['x-permission'] ?? 'MISSING',
    })),
  );
});
afterAll(() => t.close());

describe('every route in the API description', () => {
  it('declares a known permission', () => {
    expect(routes.length).toBeGreaterThan(15);
    for (const r of routes)
      expect([...ALL_PERMISSIONS, 'public'], `${r.method} ${r.path}`).toContain(r.permission);
  });

  it('is public only for health, the description and sign-in', () => {
    const open = routes.filter((r) => r.permission === 'public').map((r) => r.path);
    for (const p of open) expect(p === '/api/health' || p.startsWith('/api/auth/'), p).toBe(true);
  });

  it('answers 401 without a session', async () => {
    const guarded = routes.filter((r) => r.permission !== 'public');
    for (const r of guarded) {
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: r.url,
        payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode, `${r.method} ${r.path}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('answers 403, or 404 for object reads, to a signed-in user lacking the permission, and audits the denial', async () => {
    const monitor = await makeUser(t, ['monitor'], { totp: false });
    const cookie = await signIn(t, monitor);
    const held = permissionsOfRoles(['monitor']);
    const lacking = routes.filter((r) => r.permission !== 'public' && !held.has(r.permission as never));
    expect(lacking.length).toBeGreaterThanOrEqual(8);
    for (const r of lacking) {
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: r.url,
        ...withSession(cookie),
        payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
      });
      const expected = r.method === 'GET' && r.path.includes('{') ? 404 : 403;
      expect(res.statusCode, `${r.method} ${r.path}`).toBe(expected);
    }
    const denials = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('actor_id', '=', monitor.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denials.length).toBe(lacking.length);
  });

  it('answers an API token only within its scopes', async () => {
    const analyst = await makeUser(t, ['analyst']);
    const cookie = await signIn(t, analyst);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      ...withSession(cookie),
      payload: { name: 'reporting', scopes: ['profile.read'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, view } = created.json();
    const stored = await t.database.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(403);
    // A scope the user does not hold is refused at creation.
    const tooWide = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      ...withSession(cookie),
      payload: { name: 'x', scopes: ['user.read'] },
    });
    expect(tooWide.statusCode).toBe(400);
    // Revoked, it stops working at once.
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/tokens/${view.id}`, ...withSession(cookie) }))
        .statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Bearer lnt_forged' } }))
        .statusCode,
    ).toBe(401);
  });
});
