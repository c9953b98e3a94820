import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { DEMO_AGENCIES, loadDemo } from '../world/demo.ts';
import { ALL_ROLES } from './roles.ts';

let demo: TestApp;
let plain: TestApp;

beforeAll(async () => {
  demo = await startTestApp({}, { demo: true });
  await loadDemo(demo.database.db);
  plain = await startTestApp();
  await loadDemo(plain.database.db);
});
afterAll(async () => {
  await demo.close();
  await plain.close();
});

describe('demo mode', () => {
  it('has a demo user for every role but the system administrator', () => {
    const roles = new Set(DEMO_AGENCIES.flatMap((a) => a.staff.flatMap((s) => s.roles)));
    for (const r of ALL_ROLES.filter((x) => x !== 'system_admin')) expect(roles.has(r), r).toBe(true);
  });

  it('lists demo users by agency and role, and signs in as one with a click, from this machine', async () => {
    const list = await demo.app.inject({ method: 'GET', url: '/api/auth/demo-users' });
    const users = list.json().users as { id: string; agencyName: string; roles: { name: string }[] }[];
    expect(users.length).toBeGreaterThanOrEqual(11);
    const analyst = users.find((u) => u.roles.some((r) => r.name === 'analyst'));
    const res = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/demo-sign-in',
      payload: { userId: analyst?.id },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies[0]?.value ?? '';
    const me = await demo.app.inject({ method: 'GET', url: '/api/me', ...withSession(cookie) });
    expect(me.json().permissions).toContain('intel.read');
    const session = await demo.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      ...withSession(cookie),
    });
    expect(session.json()).toMatchObject({ signedIn: true, demo: true });
  });

  it('refuses a demo sign-in from another machine, and for a user who is not a demo user', async () => {
    const users = (await demo.app.inject({ method: 'GET', url: '/api/auth/demo-users' })).json().users as {
      id: string;
    }[];
    const far = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/demo-sign-in',
      payload: { userId: users[0]?.id },
      remoteAddress: '198.51.100.7',
    });
    expect(far.statusCode).toBe(404);
    const real = await makeUser(demo, ['admin']);
    const notDemo = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/demo-sign-in',
      payload: { userId: real.id },
    });
    expect(notDemo.statusCode).toBe(404);
  });

  it('is closed when the server is not in demo mode, even with demo users in the database', async () => {
    expect((await plain.app.inject({ method: 'GET', url: '/api/auth/demo-users' })).statusCode).toBe(404);
    const session = await plain.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.json()).toEqual({ signedIn: false, demo: false });
  });
});
