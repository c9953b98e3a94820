import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

let t: TestApp;

// Sessions are kept in memory for two seconds, as on a real server.
beforeAll(async () => {
  t = await startTestApp({}, { sessionCacheMs: 2000 });
});
afterAll(() => t.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', ...withSession(cookie) });
const signOut = (cookie: string, extra: { headers?: Record<string, string>; body?: string } = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-out', ...withSession(cookie), ...extra });

describe('sign-out ends the session on the server', () => {
  it('the copied cookie is refused after sign-out, even while sessions are cached', async () => {
    const u = await makeUser(t, ['analyst']);
    const cookie = await signIn(t, u);
    expect((await me(cookie)).statusCode).toBe(200);
    const res = await signOut(cookie);
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'lantern_session')?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
    const row = await t.database.db
      .selectFrom('sessions')
      .select('revoked_at')
      .where('user_id', '=', u.id)
      .where('stage', '=', 'active')
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
  });

  it('whatever body or type the sign-out carries (a client that always sends JSON headers)', async () => {
    for (const extra of [
      { headers: { 'content-type': 'application/json' } },
      { headers: { 'content-type': 'application/json' }, body: '{"all":' },
      { headers: { 'content-type': 'text/plain' }, body: 'bye' },
    ]) {
      const u = await makeUser(t, ['analyst']);
      const cookie = await signIn(t, u);
      const res = await signOut(cookie, extra);
      expect(res.statusCode, JSON.stringify(extra)).toBe(204);
      expect((await me(cookie)).statusCode, JSON.stringify(extra)).toBe(401);
    }
  });

  it('requests racing the sign-out do not bring the session back into the cache', async () => {
    const u = await makeUser(t, ['analyst']);
    const cookie = await signIn(t, u);
    await Promise.all([me(cookie), signOut(cookie), me(cookie), me(cookie)]);
    for (let i = 0; i < 3; i++) expect((await me(cookie)).statusCode).toBe(401);
  });
});
