import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';

let t: TestApp;
let worker: TestUser;
let adminA: TestUser;
let adminB: TestUser;
let adminOther: TestUser;
const cookies: Record<'worker' | 'adminA' | 'adminB' | 'adminOther', string> = {
  worker: '',
  adminA: '',
  adminB: '',
  adminOther: '',
};

beforeAll(async () => {
  t = await startTestApp();
  adminA = await makeUser(t, ['admin']);
  adminB = await makeUser(t, ['admin'], { agencyId: adminA.agencyId });
  worker = await makeUser(t, ['screening_officer'], { agencyId: adminA.agencyId });
  adminOther = await makeUser(t, ['admin']);
  cookies.worker = await signIn(t, worker);
  cookies.adminA = await signIn(t, adminA);
  cookies.adminB = await signIn(t, adminB);
  cookies.adminOther = await signIn(t, adminOther);
});
afterAll(() => t.close());

type Who = keyof typeof cookies;
const call = (
  method: 'GET' | 'POST',
  url: string,
  who: Who,
  opts: { payload?: object; device?: string; userAgent?: string } = {},
) =>
  t.app.inject({
    method,
    url,
    ...withSession(cookies[who]),
    ...(opts.payload ? { payload: opts.payload } : {}),
    headers: {
      ...(opts.device ? { 'x-lantern-device': opts.device } : {}),
      ...(opts.userAgent ? { 'user-agent': opts.userAgent } : {}),
    },
  });

const register = async (who: Who, label: string, userAgent?: string): Promise<string> => {
  const res = await call('POST', '/api/devices', who, {
    payload: { label },
    ...(userAgent ? { userAgent } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

const deviceCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('devices')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const audited = async (action: string, resourceId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .select(['actor_id', 'outcome', 'detail'])
    .where('action', '=', action)
    .where('resource_id', '=', resourceId)
    .execute();

describe('devices registered per person', () => {
  it('registers the browser, keeps 200 characters of its user agent, and audits it', async () => {
    const res = await call('POST', '/api/devices', 'worker', {
      payload: { label: '  Samsung A14, unit 3 ' },
      userAgent: `Mozilla/5.0 ${'x'.repeat(400)}`,
    });
    expect(res.statusCode).toBe(201);
    const { id, label, registeredAt } = res.json();
    expect(label).toBe('Samsung A14, unit 3');
    expect(typeof registeredAt).toBe('string');
    const row = await t.database.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.user_agent).toHaveLength(200);
    expect(row.user_id).toBe(worker.id);
    expect(row.agency_id).toBe(worker.agencyId);
    expect(await audited('device.register', id)).toMatchObject([{ actor_id: worker.id, outcome: 'success' }]);
    const mine = (await call('GET', '/api/me/devices', 'worker')).json().devices;
    expect(mine.map((d: { id: string }) => d.id)).toContain(id);
    expect((await call('GET', '/api/me/devices', 'adminA')).json().devices).toEqual([]);
  });

  it('refuses bad input with a clear 400 and stores nothing', async () => {
    const before = await deviceCount();
    for (const payload of [
      {},
      { label: '' },
      { label: '   ' },
      { label: 'two\nlines' },
      { label: 'x'.repeat(101) },
    ]) {
      const res = await call('POST', '/api/devices', 'worker', { payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.message).toMatch(/label/);
    }
    const extra = await call('POST', '/api/devices', 'worker', {
      payload: { label: 'A', userId: adminA.id },
    });
    expect(extra.statusCode).toBe(400);
    expect((await call('GET', '/api/devices/not-an-id/status', 'worker')).statusCode).toBe(400);
    const header = await call('GET', '/api/me', 'worker', { device: 'not-an-id' });
    expect(header.statusCode).toBe(400);
    expect(header.json().error.message).toMatch(/x-lantern-device/);
    const id = await register('worker', 'Bad input phone');
    const noReason = await call('POST', `/api/devices/${id}/revoke`, 'adminA', { payload: { reason: ' ' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/reason/);
    expect(await deviceCount()).toBe(before + 1);
    const waiting = await t.database.db
      .selectFrom('account_approvals')
      .select('id')
      .where('device_id', '=', id)
      .execute();
    expect(waiting).toEqual([]);
  });

  it("answers a device's status to its own person only, noting when it was seen", async () => {
    const id = await register('worker', 'Tablet, shelter 2');
    const before = await t.database.db
      .selectFrom('devices')
      .select('last_seen_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await new Promise((r) => setTimeout(r, 5));
    const own = await call('GET', `/api/devices/${id}/status`, 'worker');
    expect(own.json()).toEqual({ status: 'active' });
    const after = await t.database.db
      .selectFrom('devices')
      .select('last_seen_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(after.last_seen_at.getTime()).toBeGreaterThan(before.last_seen_at.getTime());
    const other = await call('GET', `/api/devices/${id}/status`, 'adminA');
    const missing = await call('GET', '/api/devices/00000000-0000-4000-8000-000000000000/status', 'adminA');
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
  });

  it('lets a person revoke their own device at once; the server then refuses it, but its status route answers', async () => {
    const id = await register('worker', 'Old phone');
    expect((await call('GET', '/api/me', 'worker', { device: id })).statusCode).toBe(200);
    // Nobody revokes another's device as their own.
    expect((await call('POST', `/api/me/devices/${id}/revoke`, 'adminA')).statusCode).toBe(404);
    const res = await call('POST', `/api/me/devices/${id}/revoke`, 'worker');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'revoked' });
    expect((await call('POST', `/api/me/devices/${id}/revoke`, 'worker')).statusCode).toBe(409);
    const refused = await call('GET', '/api/me', 'worker', { device: id });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('device_revoked');
    // Even signing in again from it is refused.
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-lantern-device': id },
      payload: { username: worker.username, password: 'whatever it is' },
    });
    expect(signIn.json().error.code).toBe('device_revoked');
    const status = await call('GET', `/api/devices/${id}/status`, 'worker', { device: id });
    expect(status.json()).toEqual({ status: 'revoked' });
    // Without the header the person's session works as before.
    expect((await call('GET', '/api/me', 'worker')).statusCode).toBe(200);
    expect(await audited('device.revoke', id)).toMatchObject([
      { actor_id: worker.id, outcome: 'success', detail: { by: 'owner', user: worker.id } },
    ]);
    expect(await audited('device.refused', id)).toMatchObject([{ outcome: 'denied' }]);
    expect(await audited('device.revoked_seen', id)).toHaveLength(1);
  });
});

describe("an administrator's revocation", () => {
  it("lists the agency's devices, and another agency's administrator neither sees nor revokes them", async () => {
    const id = await register('worker', 'Nokia G21, raid team');
    const listed = await call('GET', `/api/devices?userId=${worker.id}`, 'adminA');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().devices.find((d: { id: string }) => d.id === id)).toMatchObject({
      label: 'Nokia G21, raid team',
      status: 'active',
      user: { id: worker.id, username: worker.username },
      pendingApprovalId: null,
    });
    const foreign = await call('GET', '/api/devices', 'adminOther');
    expect(foreign.json().devices.map((d: { id: string }) => d.id)).not.toContain(id);
    const ask = await call('POST', `/api/devices/${id}/revoke`, 'adminOther', {
      payload: { reason: 'lost' },
    });
    expect(ask.statusCode).toBe(404);
    // A person who is no administrator may not list or ask.
    expect((await call('GET', '/api/devices', 'worker')).statusCode).toBe(403);
    expect(
      (await call('POST', `/api/devices/${id}/revoke`, 'worker', { payload: { reason: 'x' } })).statusCode,
    ).toBe(403);
  });

  it('audits every read of a list of devices, with ids and counts only', async () => {
    const listings = async (actorId: string) =>
      t.database.db
        .selectFrom('audit_log')
        .select(['resource_type', 'resource_id', 'outcome', 'detail'])
        .where('action', '=', 'device.list')
        .where('actor_id', '=', actorId)
        .orderBy('seq')
        .execute();
    const label = 'Samsung A14, audit listing';
    await register('worker', label, 'Mozilla/5.0 (Linux; Android 14) audit-probe');
    const mine = (await call('GET', '/api/me/devices', 'worker')).json().devices.length as number;
    const theirs = (await call('GET', `/api/devices?userId=${worker.id}`, 'adminA')).json().devices.length;
    const agency = (await call('GET', '/api/devices', 'adminA')).json().devices.length as number;
    const foreign = (await call('GET', `/api/devices?userId=${worker.id}`, 'adminOther')).json().devices;
    expect(foreign).toEqual([]);
    expect((await listings(worker.id)).at(-1)).toEqual({
      resource_type: 'user',
      resource_id: worker.id,
      outcome: 'success',
      detail: { count: mine },
    });
    expect((await listings(adminA.id)).slice(-2)).toEqual([
      { resource_type: 'user', resource_id: worker.id, outcome: 'success', detail: { count: theirs } },
      { resource_type: 'device', resource_id: null, outcome: 'success', detail: { count: agency } },
    ]);
    // Looking for another agency's person is audited too, finding none.
    expect((await listings(adminOther.id)).at(-1)).toMatchObject({
      resource_id: worker.id,
      detail: { count: 0 },
    });
    const text = JSON.stringify([...(await listings(worker.id)), ...(await listings(adminA.id))]);
    expect(text).not.toContain('Samsung');
    expect(text).not.toContain('audit-probe');
  });

  it('needs a second administrator, who is not the requester; then the device is refused and its person told', async () => {
    const id = await register('worker', 'Samsung A14, unit 7');
    const asked = await call('POST', `/api/devices/${id}/revoke`, 'adminA', {
      payload: { reason: 'Lost during the inspection of 3 December' },
    });
    expect(asked.statusCode).toBe(202);
    const approvalId = asked.json().approvalId as string;
    // Nothing happened yet.
    expect((await call('GET', '/api/me', 'worker', { device: id })).statusCode).toBe(200);
    const listed = await call('GET', `/api/devices?userId=${worker.id}`, 'adminA');
    expect(listed.json().devices.find((d: { id: string }) => d.id === id).pendingApprovalId).toBe(approvalId);
    // The requester may not approve it, nor another agency's administrator, nor the device's person.
    const own = await call('POST', `/api/account-approvals/${approvalId}/approve`, 'adminA');
    expect(own.statusCode).toBe(403);
    expect(
      (await call('POST', `/api/account-approvals/${approvalId}/approve`, 'adminOther')).statusCode,
    ).toBe(404);
    expect((await call('POST', `/api/account-approvals/${approvalId}/approve`, 'worker')).statusCode).toBe(
      403,
    );
    const waiting = (await call('GET', '/api/account-approvals', 'adminB')).json().approvals;
    expect(waiting.find((a: { id: string }) => a.id === approvalId)).toMatchObject({
      kind: 'revoke_device',
      device: { id, label: 'Samsung A14, unit 7' },
      reason: 'Lost during the inspection of 3 December',
      mayDecide: true,
    });
    const approved = await call('POST', `/api/account-approvals/${approvalId}/approve`, 'adminB');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().approval.status).toBe('approved');
    const row = await t.database.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    expect(row.revoked_by).toBe(adminB.id);
    expect(row.revoke_reason).toBe('Lost during the inspection of 3 December');
    const refused = await call('GET', '/api/me/notices', 'worker', { device: id });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('device_revoked');
    expect((await call('GET', `/api/devices/${id}/status`, 'worker', { device: id })).json().status).toBe(
      'revoked',
    );
    const notices = (await call('GET', '/api/me/notices', 'worker')).json().notices;
    const nameOf = async (u: TestUser) =>
      (
        await t.database.db
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', u.id)
          .executeTakeFirstOrThrow()
      ).display_name;
    expect(notices.map((n: { detail: unknown }) => n.detail)).toContainEqual({
      kind: 'device_revoked',
      label: 'Samsung A14, unit 7',
      requestedBy: await nameOf(adminA),
      approvedBy: await nameOf(adminB),
    });
    const user = worker.id;
    expect(await audited('user.revoke_device_request', user)).toContainEqual(
      expect.objectContaining({ actor_id: adminA.id, detail: { approval: approvalId, device: id } }),
    );
    expect(await audited('user.revoke_device_approve', user)).toContainEqual(
      expect.objectContaining({ actor_id: adminB.id }),
    );
    expect(await audited('device.revoke', id)).toMatchObject([
      { actor_id: adminB.id, detail: { by: 'approval', approval: approvalId, requestedBy: adminA.id } },
    ]);
    // Already revoked: nothing more to ask.
    const again = await call('POST', `/api/devices/${id}/revoke`, 'adminB', { payload: { reason: 'again' } });
    expect(again.statusCode).toBe(409);
  });

  it("a system administrator sees every agency's devices and may approve another administrator's request", async () => {
    const sysadmin = await makeUser(t, ['system_admin']);
    const sysCookie = await signIn(t, sysadmin);
    const id = await register('worker', 'Field laptop');
    const listed = await t.app.inject({ method: 'GET', url: '/api/devices', ...withSession(sysCookie) });
    expect(listed.json().devices.map((d: { id: string }) => d.id)).toContain(id);
    const asked = await call('POST', `/api/devices/${id}/revoke`, 'adminA', {
      payload: { reason: 'Stolen' },
    });
    const approvalId = asked.json().approvalId as string;
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/account-approvals/${approvalId}/approve`,
      ...withSession(sysCookie),
    });
    expect(approved.statusCode).toBe(200);
    expect((await call('GET', `/api/devices/${id}/status`, 'worker')).json().status).toBe('revoked');
  });

  it('a refused request leaves the device working', async () => {
    const id = await register('worker', 'Spare phone');
    const asked = await call('POST', `/api/devices/${id}/revoke`, 'adminB', {
      payload: { reason: 'Not returned' },
    });
    const approvalId = asked.json().approvalId as string;
    expect((await call('POST', `/api/account-approvals/${approvalId}/refuse`, 'adminA')).statusCode).toBe(
      200,
    );
    expect((await call('GET', '/api/me', 'worker', { device: id })).statusCode).toBe(200);
    expect((await call('GET', `/api/devices/${id}/status`, 'worker')).json().status).toBe('active');
  });
});
