import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../platform/http/session-cookie.ts';
import {
  codeFor,
  cookieOf,
  makeUser,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
  withSession,
} from '../server/testing.ts';
import { issueSignInLink } from './admin-service.ts';
import { stepAt, totpCode } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LANTERN_LOGIN_MAX_FAILURES: '3', LANTERN_LOCKOUT_MINUTES: '15' });
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, ...(cookie ? withSession(cookie) : {}) });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', ...withSession(cookie) });

async function lastAudit(action: string) {
  return t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

describe('sign-in', () => {
  it('signs in with password and code, and reaches protected routes', async () => {
    const u = await makeUser(t, ['analyst']);
    const cookie = await signIn(t, u);
    const res = await me(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.username).toBe(u.username);
    const set = res.headers['set-cookie'];
    expect(set).toBeUndefined();
  });

  it('sets the session cookie HttpOnly and SameSite=Strict', async () => {
    const u = await makeUser(t, ['me_officer'], { totp: false });
    const res = await post('/api/auth/sign-in', { username: u.username, password: TEST_PASSWORD });
    const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Strict');
    expect(res.json().stage).toBe('active');
  });

  it('refuses a wrong password the same way as an unknown user, and audits both', async () => {
    const u = await makeUser(t, ['analyst']);
    const wrong = await post('/api/auth/sign-in', {
      username: u.username,
      password: 'not the password at all',
    });
    const unknown = await post('/api/auth/sign-in', {
      username: 'nobody-here',
      password: 'not the password at all',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(cookieOf(wrong)).toBeUndefined();
    const entry = await lastAudit('auth.sign_in');
    expect(entry?.outcome).toBe('failure');
    expect(entry?.detail).toEqual({ reason: 'unknown_user' });
    expect(JSON.stringify(entry)).not.toContain('nobody-here');
  });

  it('refuses a wrong code and a replayed code, and audits them', async () => {
    const u = await makeUser(t, ['analyst']);
    const secret = u.secret ?? '';
    const step1 = await post('/api/auth/sign-in', { username: u.username, password: TEST_PASSWORD });
    expect(step1.json().stage).toBe('totp');
    const pending = cookieOf(step1) ?? '';
    // A pending session reaches nothing but the next step.
    expect((await me(pending)).statusCode).toBe(401);
    const bad = await post(
      '/api/auth/second-factor',
      { code: totpCode(secret, stepAt(t.clock.now) + 5) },
      pending,
    );
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('second_factor_failed');
    expect((await lastAudit('auth.second_factor'))?.detail).toEqual({ reason: 'wrong_code' });
    const code = codeFor(t, secret);
    const good = await post('/api/auth/second-factor', { code }, pending);
    expect(good.statusCode).toBe(200);
    // The same code again, in a new sign-in within the same 30 seconds, is a replay.
    const again = await post('/api/auth/sign-in', { username: u.username, password: TEST_PASSWORD });
    const replay = await post('/api/auth/second-factor', { code }, cookieOf(again));
    expect(replay.statusCode).toBe(401);
    expect((await lastAudit('auth.second_factor'))?.detail).toEqual({ reason: 'replayed_code' });
    // The pending session is replaced on success: the old token is worthless.
    expect((await post('/api/auth/second-factor', { code: codeFor(t, secret, 1) }, pending)).statusCode).toBe(
      401,
    );
  });

  it('locks the address out of an account after repeated failures, even for the right password', async () => {
    const u = await makeUser(t, ['analyst']);
    for (let i = 0; i < 3; i++)
      expect(
        (await post('/api/auth/sign-in', { username: u.username, password: 'wrong wrong wrong' })).statusCode,
      ).toBe(401);
    expect((await lastAudit('auth.lockout'))?.resource_id).toBe(u.id);
    const locked = await post('/api/auth/sign-in', { username: u.username, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(401);
    expect((await lastAudit('auth.sign_in'))?.detail).toEqual({ reason: 'locked_at_address' });
    t.clock.advance(16 * 60_000);
    expect(
      (await post('/api/auth/sign-in', { username: u.username, password: TEST_PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('ends a session after idle time and after its absolute lifetime', async () => {
    const u = await makeUser(t, ['analyst']);
    const cookie = await signIn(t, u);
    t.clock.advance(29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthenticated');

    t.clock.advance(30_000);
    const cookie2 = await signIn(t, u);
    for (let i = 0; i < 15; i++) {
      t.clock.advance(25 * 60_000);
      await me(cookie2);
      t.clock.advance(25 * 60_000);
      const res = await me(cookie2);
      // 15 × 50 minutes of steady use passes the 12-hour absolute limit at the 15th round, not before.
      expect(res.statusCode, `after ${(i + 1) * 50} minutes`).toBe(i < 14 ? 200 : 401);
    }
  });

  it('refuses a tampered cookie', async () => {
    const u = await makeUser(t, ['analyst']);
    t.clock.advance(30_000);
    const cookie = await signIn(t, u);
    const flipped = cookie.slice(0, -1) + (cookie.endsWith('A') ? 'B' : 'A');
    for (const c of [flipped, `${cookie}x`, 'x'.repeat(500), '']) {
      const res = await me(c);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in first.' } });
    }
  });

  it('signs out and the cookie stops working', async () => {
    const u = await makeUser(t, ['analyst']);
    t.clock.advance(30_000);
    const cookie = await signIn(t, u);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', ...withSession(cookie) })).statusCode,
    ).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await lastAudit('auth.sign_out'))?.actor_id).toBe(u.id);
  });

  it('throttles many attempts from one address', async () => {
    const t2 = await startTestApp({ LANTERN_LOGIN_ATTEMPTS_PER_IP: '5' });
    try {
      const codes = [];
      for (let i = 0; i < 7; i++)
        codes.push(
          (
            await t2.app.inject({
              method: 'POST',
              url: '/api/auth/sign-in',
              payload: { username: `x${i}`, password: 'y' },
            })
          ).statusCode,
        );
      expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(codes.slice(5)).toEqual([429, 429]);
    } finally {
      await t2.close();
    }
  });
});

describe('one-time links and enrolment', () => {
  it('takes a new user from link to password to second factor to an active session', async () => {
    const u = await makeUser(t, ['screening_officer'], { totp: false });
    const token = await t.database.db.transaction().execute((trx) => issueSignInLink(trx, u.id, 'new_user'));
    const redeem = await post('/api/auth/link', { token });
    expect(redeem.json().stage).toBe('set_password');
    const weak = await post('/api/auth/password', { password: 'short' }, cookieOf(redeem));
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/at least 12/);
    const pw = await post('/api/auth/password', { password: 'a brand new passphrase' }, cookieOf(redeem));
    expect(pw.json().stage).toBe('enroll_totp');
    const start = await post('/api/auth/enrolment/start', undefined, cookieOf(pw));
    const { secret, uri } = start.json();
    expect(uri).toContain(secret);
    const stored = await t.database.db
      .selectFrom('users')
      .select('totp_secret_enc')
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret_enc).not.toContain(secret);
    const done = await post('/api/auth/enrolment/confirm', { code: codeFor(t, secret) }, cookieOf(pw));
    expect(done.json().stage).toBe('active');
    expect((await me(cookieOf(done) ?? '')).statusCode).toBe(200);
    // The link works once.
    expect((await post('/api/auth/link', { token })).statusCode).toBe(401);
  });

  it('refuses a first-administrator link from another machine', async () => {
    const u = await makeUser(t, ['admin'], { totp: false });
    const token = await t.database.db
      .transaction()
      .execute((trx) => issueSignInLink(trx, u.id, 'first_admin'));
    const far = await t.app.inject({
      method: 'POST',
      url: '/api/auth/link',
      payload: { token },
      remoteAddress: '203.0.113.9',
    });
    expect(far.statusCode).toBe(401);
    expect((await lastAudit('auth.link'))?.detail).toEqual({ reason: 'first_admin_link_not_local' });
    expect((await post('/api/auth/link', { token })).statusCode).toBe(200);
  });
});

describe('session status', () => {
  it('is answered without counting as use, so an open tab still goes idle', async () => {
    const u = await makeUser(t, ['analyst']);
    t.clock.advance(30_000);
    const cookie = await signIn(t, u);
    const status = () => t.app.inject({ method: 'GET', url: '/api/auth/session', ...withSession(cookie) });
    for (let i = 0; i < 5; i++) {
      t.clock.advance(5 * 60_000);
      expect((await status()).json().signedIn).toBe(true);
    }
    t.clock.advance(6 * 60_000);
    expect((await status()).json()).toEqual({ signedIn: false, demo: false });
    expect((await me(cookie)).statusCode).toBe(401);
  });
});
