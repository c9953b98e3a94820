import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from './testing.ts';

let t: TestApp;
let behindProxy: TestApp;
let cookie: string;
let agencyId: string;
let demoUserId: string;

beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  const admin = await makeUser(t, ['system_admin', 'admin']);
  agencyId = admin.agencyId;
  cookie = await signIn(t, admin);
  const demoUser = await makeUser(t, ['analyst']);
  await t.database.db.updateTable('users').set({ demo: true }).where('id', '=', demoUser.id).execute();
  demoUserId = demoUser.id;
  behindProxy = await startTestApp({ LANTERN_PUBLIC_URL: 'https://lantern.example.org' });
});
afterAll(async () => {
  await t.close();
  await behindProxy.close();
});

const agencies = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('agencies')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('Host header (DNS rebinding)', () => {
  it('refuses the demo sign-in and the API under a name the server was not given', async () => {
    for (const host of ['attacker.example:80', 'attacker.example', '127.0.0.1.attacker.example:80']) {
      const demo = await t.app.inject({
        method: 'POST',
        url: '/api/auth/demo-sign-in',
        headers: { host },
        payload: { userId: demoUserId },
      });
      expect(demo.statusCode, host).toBe(421);
      expect(demo.json().error.code).toBe('wrong_host');
      expect(demo.cookies).toHaveLength(0);
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { host },
        ...withSession(cookie),
      });
      expect(me.statusCode, host).toBe(421);
    }
    // The loopback names on the configured port are this server.
    for (const host of ['localhost:80', '127.0.0.1:80', '[::1]:80', 'localhost']) {
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { host },
        ...withSession(cookie),
      });
      expect(me.statusCode, host).toBe(200);
    }
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/me',
          headers: { host: 'localhost:81' },
          ...withSession(cookie),
        })
      ).statusCode,
    ).toBe(421);
    const demo = await t.app.inject({
      method: 'POST',
      url: '/api/auth/demo-sign-in',
      headers: { host: '127.0.0.1:80' },
      payload: { userId: demoUserId },
    });
    expect(demo.statusCode).toBe(200);
  });

  it('builds sign-in links from the configured address, not from the Host header', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { host: 'localhost' },
      ...withSession(cookie),
      payload: { agencyId, username: 'link.monitor', displayName: 'Link Monitor', roles: ['monitor'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().signInLink).toMatch(/^http:\/\/127\.0\.0\.1:80\/#\/welcome\//);
  });

  it('answers to LANTERN_PUBLIC_URL behind a proxy and links to it', async () => {
    const admin = await makeUser(behindProxy, ['admin']);
    const proxyCookie = await signIn(behindProxy, admin);
    const res = await behindProxy.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { host: 'lantern.example.org', origin: 'https://lantern.example.org' },
      ...withSession(proxyCookie),
      payload: {
        agencyId: admin.agencyId,
        username: 'proxy.monitor',
        displayName: 'Proxy Monitor',
        roles: ['monitor'],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().signInLink).toMatch(/^https:\/\/lantern\.example\.org\/#\/welcome\//);
    const other = await behindProxy.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { host: 'lantern.example.net' },
      ...withSession(proxyCookie),
    });
    expect(other.statusCode).toBe(421);
  });
});

describe('Origin of state-changing requests (CSRF)', () => {
  const post = (headers: Record<string, string>, name: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers,
      ...withSession(cookie),
      payload: { name, kind: 'ngo' },
    });

  it('refuses a cookie request from another site, by Origin or else by Referer, and changes nothing', async () => {
    const before = await agencies();
    const attempts: Record<string, string>[] = [
      { origin: 'https://attacker.example' },
      { origin: 'null' },
      { origin: 'http://localhost.attacker.example' },
      { origin: 'http://localhost:81' },
      { referer: 'https://attacker.example/page' },
      { origin: 'https://attacker.example', referer: 'http://localhost/' },
    ];
    for (const headers of attempts) {
      const res = await post(headers, 'Cross-site Agency');
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.message).toMatch(/did not come from the Lantern app/);
    }
    const signOut = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { origin: 'https://attacker.example' },
      ...withSession(cookie),
    });
    expect(signOut.statusCode).toBe(403);
    expect(await agencies()).toBe(before);
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select(['resource_id', 'detail'])
      .where('action', '=', 'request.origin')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.resource_id)).toContain('POST /api/agencies');
    expect(JSON.stringify(denied)).not.toContain('attacker');
  });

  it("accepts the app's own origin, and clients that name none", async () => {
    expect((await post({ origin: 'http://localhost' }, 'Same-origin Agency')).statusCode).toBe(201);
    expect((await post({ referer: 'http://127.0.0.1:80/#/admin' }, 'Referer Agency')).statusCode).toBe(201);
    expect((await post({}, 'Script Agency')).statusCode).toBe(201);
  });
});

describe('content types of state-changing API requests', () => {
  it('refuses text/plain and form types even without a body', async () => {
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/audit/verify',
        headers: { 'content-type': type },
        ...withSession(cookie),
      });
      expect(res.statusCode, type).toBe(415);
      expect(res.json().error.code).toBe('unsupported_media_type');
    }
    const bare = await t.app.inject({ method: 'POST', url: '/api/audit/verify', ...withSession(cookie) });
    expect(bare.statusCode).toBe(200);
  });

  it('refuses a JSON body sent as text/plain', async () => {
    const before = await agencies();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { 'content-type': 'text/plain' },
      ...withSession(cookie),
      body: JSON.stringify({ name: 'Plain Agency', kind: 'ngo' }),
    });
    expect(res.statusCode).toBe(415);
    expect(await agencies()).toBe(before);
  });
});

describe('a server bound to every interface', () => {
  it('answers to its addresses typed as digits, but takes an origin only from the address it was reached at', async () => {
    const wide = await startTestApp({ HOST: '0.0.0.0' });
    try {
      const admin = await makeUser(wide, ['system_admin']);
      const wideCookie = await signIn(wide, admin);
      const post = (headers: Record<string, string>, name: string) =>
        wide.app.inject({
          method: 'POST',
          url: '/api/agencies',
          headers,
          ...withSession(wideCookie),
          payload: { name, kind: 'ngo' },
        });
      expect((await post({ host: '10.0.0.5:80', origin: 'http://10.0.0.5' }, 'Wide One')).statusCode).toBe(
        201,
      );
      expect((await post({ host: '10.0.0.5:80', origin: 'http://203.0.113.5' }, 'Wide Two')).statusCode).toBe(
        403,
      );
      expect((await post({ host: 'lantern.attacker.example:80' }, 'Wide Three')).statusCode).toBe(421);
    } finally {
      await wide.close();
    }
  });
});
