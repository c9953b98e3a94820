import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, startTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../server/testing.ts';

let t: TestApp;

// Five failures per address lock that address out (15 minutes); 10 from all addresses pause the account.
beforeAll(async () => {
  t = await startTestApp({
    LANTERN_LOGIN_MAX_FAILURES: '5',
    LANTERN_LOCKOUT_MINUTES: '15',
    LANTERN_LOGIN_ACCOUNT_FAILURES: '10',
  });
});
afterAll(() => t.close());

const signInFrom = (address: string, user: TestUser, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    remoteAddress: address,
    payload: { username: user.username, password },
  });

const lockouts = async (userId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .select(['detail'])
    .where('action', '=', 'auth.lockout')
    .where('resource_id', '=', userId)
    .orderBy('seq')
    .execute();

describe('a stranger who knows a user name', () => {
  it('locks only their own address out: the owner signs in from another, and the stranger waits the lockout', async () => {
    const u = await makeUser(t, ['analyst'], { totp: false });
    for (let i = 0; i < 7; i++)
      expect((await signInFrom('203.0.113.9', u, `guess ${i}`)).statusCode).toBe(401);
    // The right password from the stranger's address is refused while the lock lasts.
    expect((await signInFrom('203.0.113.9', u, TEST_PASSWORD)).statusCode).toBe(401);
    // The owner, from their own address, is not affected.
    expect((await signInFrom('198.51.100.20', u, TEST_PASSWORD)).statusCode).toBe(200);
    t.clock.advance(14 * 60_000);
    expect((await signInFrom('203.0.113.9', u, TEST_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(61_000);
    expect((await signInFrom('203.0.113.9', u, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await lockouts(u.id)).map((r) => r.detail)).toEqual([{ scope: 'address', minutes: 15 }]);
  });

  it('from many addresses pauses the account only briefly, longer each time', async () => {
    const u = await makeUser(t, ['analyst'], { totp: false });
    const guessFrom = async (n: number, first: number) => {
      for (let i = 0; i < n; i++) await signInFrom(`192.0.2.${first + (i % 4)}`, u, `guess ${i}`);
    };
    await guessFrom(10, 1);
    expect((await signInFrom('198.51.100.20', u, TEST_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(61_000);
    expect((await signInFrom('198.51.100.20', u, TEST_PASSWORD)).statusCode).toBe(200);
    // The owner's success starts the count again; ten more failures pause it for one minute again.
    await guessFrom(10, 11);
    t.clock.advance(61_000);
    expect((await signInFrom('198.51.100.21', u, TEST_PASSWORD)).statusCode).toBe(200);
    // Without a success in between, each pause is twice the one before.
    await guessFrom(10, 21);
    t.clock.advance(61_000);
    await guessFrom(10, 31);
    t.clock.advance(61_000);
    expect((await signInFrom('198.51.100.22', u, TEST_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(60_000);
    expect((await signInFrom('198.51.100.22', u, TEST_PASSWORD)).statusCode).toBe(200);
    const minutes = (await lockouts(u.id))
      .map((r) => r.detail as { scope: string; minutes: number })
      .filter((d) => d.scope === 'account')
      .map((d) => d.minutes);
    expect(minutes).toEqual([1, 1, 1, 2]);
  });

  it('cannot dodge the address lock with a forged X-Forwarded-For; a configured proxy passes the real address', async () => {
    const u = await makeUser(t, ['analyst'], { totp: false });
    const via = (app: TestApp, forwardedFor: string, password: string) =>
      app.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { username: u.username, password },
      });
    for (let i = 0; i < 5; i++) await via(t, `198.51.100.${i}`, 'guess');
    expect((await via(t, '198.51.100.99', TEST_PASSWORD)).statusCode).toBe(401);

    const behindProxy = await startTestApp({ LANTERN_TRUSTED_PROXIES: '10.0.0.0/8' });
    try {
      const v = await makeUser(behindProxy, ['analyst'], { totp: false });
      const proxied = (forwardedFor: string, password: string) =>
        behindProxy.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          remoteAddress: '10.0.0.2',
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { username: v.username, password },
        });
      for (let i = 0; i < 5; i++) await proxied('203.0.113.50', 'guess');
      expect((await proxied('203.0.113.50', TEST_PASSWORD)).statusCode).toBe(401);
      expect((await proxied('198.51.100.7', TEST_PASSWORD)).statusCode).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });
});
