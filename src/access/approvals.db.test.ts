import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOperation, type Cast, operationCast } from '../operations/operation-fixture.ts';
import {
  codeFor,
  cookieOf,
  makeUser,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
  type TestUser,
} from '../server/testing.ts';

let t: TestApp;
let c: Cast;
let adminA: TestUser;
let adminB: TestUser;
let cookieA: string;
let cookieB: string;

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  adminA = c.users.admin;
  cookieA = c.cookies.admin;
  adminB = await makeUser(t, ['admin'], { agencyId: c.agencyId });
  t.clock.advance(31_000);
  cookieB = await signIn(t, adminB);
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  c.call(method, url, cookie, payload);

/** Redeems a one-time link as its holder would: chooses a password and enrols a fresh authenticator. */
async function redeem(link: string): Promise<string> {
  const token = link.split('/welcome/')[1] ?? '';
  const post = (url: string, payload: object | undefined, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url,
      ...(payload ? { payload } : {}),
      ...(cookie ? { cookies: { lantern_session: cookie } } : {}),
    });
  const start = await post('/api/auth/link', { token });
  expect(start.statusCode).toBe(200);
  const pw = await post('/api/auth/password', { password: TEST_PASSWORD }, cookieOf(start));
  const enrol = await post('/api/auth/enrolment/start', undefined, cookieOf(pw));
  const done = await post(
    '/api/auth/enrolment/confirm',
    { code: codeFor(t, enrol.json().secret) },
    cookieOf(pw),
  );
  expect(done.json().stage).toBe('active');
  return cookieOf(done) ?? '';
}

describe('no administrator acts as another person unseen', () => {
  it('a reset gives the requesting administrator no link, and needs a second administrator', async () => {
    const op = await approvedOperation(c, 'KESTREL');
    const victim = c.users.investigator;
    // Before: the investigator, a member of KESTREL, reads it.
    expect((await call('GET', `/api/operations/plans/${op.id}`, c.cookies.investigator)).statusCode).toBe(
      200,
    );
    const asked = await call('POST', `/api/users/${victim.id}/reset-2fa`, cookieA);
    expect(asked.statusCode).toBe(202);
    expect(asked.body).not.toMatch(/welcome/);
    const approvalId = asked.json().approvalId as string;
    // Nothing happened yet: the person's session still works.
    expect((await call('GET', '/api/me', c.cookies.investigator)).statusCode).toBe(200);
    // The requester cannot approve their own request, nor can the person concerned.
    expect((await call('POST', `/api/account-approvals/${approvalId}/approve`, cookieA)).statusCode).toBe(
      403,
    );
    const listed = (await call('GET', '/api/account-approvals', cookieB)).json().approvals;
    expect(listed.find((a: { id: string }) => a.id === approvalId)).toMatchObject({
      kind: 'reset_2fa',
      mayDecide: true,
    });
    const approved = await call('POST', `/api/account-approvals/${approvalId}/approve`, cookieB);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().signInLink).toMatch(/#\/welcome\//);
    // The session ended and the account left the operation.
    expect((await call('GET', '/api/me', c.cookies.investigator)).statusCode).toBe(401);
    const holder = await redeem(approved.json().signInLink);
    expect((await call('GET', `/api/operations/plans/${op.id}`, holder)).statusCode).toBe(404);
    // The person is told at their next sign-in, with who asked and who approved.
    const notices = (await call('GET', '/api/me/notices', holder)).json().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].detail).toMatchObject({
      kind: 'account_reset',
      requestedBy: expect.stringMatching(/^Test user/),
      approvedBy: expect.stringMatching(/^Test user/),
      operationsLeft: 1,
    });
    // The reset appears in the operation's leak review.
    const review = (
      await call('GET', `/api/operations/plans/${op.id}/leak-review`, c.cookies.planner)
    ).json();
    expect(review.events.map((e: { action: string }) => e.action)).toContain('operations.member_suspended');
    // Its commanders re-admit the person after speaking to them.
    const back = await call('POST', `/api/operations/plans/${op.id}/members`, c.cookies.planner, {
      userId: victim.id,
      role: 'evidence',
      team: 'Alpha',
      language: null,
    });
    expect(back.statusCode).toBe(200);
    expect((await call('GET', `/api/operations/plans/${op.id}`, holder)).statusCode).toBe(200);
  });

  it('a refused or second request changes nothing', async () => {
    const u = await makeUser(t, ['analyst'], { agencyId: c.agencyId });
    t.clock.advance(31_000);
    const cookie = await signIn(t, u);
    const asked = (await call('POST', `/api/users/${u.id}/reset-2fa`, cookieA)).json();
    const refused = await call('POST', `/api/account-approvals/${asked.approvalId}/refuse`, cookieB);
    expect(refused.json().status).toBe('refused');
    expect((await call('GET', '/api/me', cookie)).statusCode).toBe(200);
    const again = await call('POST', `/api/account-approvals/${asked.approvalId}/approve`, cookieB);
    expect(again.statusCode).toBe(409);
  });
});

describe('administrators do not grant themselves roles', () => {
  it('refuses a change of one’s own roles', async () => {
    const res = await call('PATCH', `/api/users/${adminA.id}`, cookieA, { roles: ['admin', 'analyst'] });
    expect(res.statusCode).toBe(403);
    expect((await call('GET', '/api/me', cookieA)).json().permissions).not.toContain('intel.read');
  });

  it('a role that sees intelligence or victims waits for a second administrator', async () => {
    const u = await makeUser(t, ['me_officer'], { agencyId: c.agencyId });
    const res = await call('PATCH', `/api/users/${u.id}`, cookieA, { roles: ['me_officer', 'analyst'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles).toEqual(['me_officer']);
    expect(res.json().pending.roles).toEqual(['analyst']);
    const approvalId = res.json().pending.approvalId as string;
    expect((await call('POST', `/api/account-approvals/${approvalId}/approve`, cookieA)).statusCode).toBe(
      403,
    );
    const ok = await call('POST', `/api/account-approvals/${approvalId}/approve`, cookieB);
    expect(ok.statusCode).toBe(200);
    const after = (await call('GET', `/api/users/${u.id}`, cookieB)).json();
    expect(after.roles).toEqual(['analyst', 'me_officer']);
  });

  it('a new account with such a role starts without it until approved', async () => {
    const res = await call('POST', '/api/users', cookieA, {
      agencyId: c.agencyId,
      username: 'sock.puppet',
      displayName: 'Sock Puppet',
      roles: ['analyst', 'monitor'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.roles).toEqual(['monitor']);
    expect(res.json().pending.roles).toEqual(['analyst']);
  });

  it('an administrator of another agency cannot approve, a system administrator can', async () => {
    const u = await makeUser(t, ['monitor'], { agencyId: c.agencyId });
    const res = (
      await call('PATCH', `/api/users/${u.id}`, cookieA, { roles: ['monitor', 'investigator'] })
    ).json();
    const foreign = await makeUser(t, ['admin']);
    t.clock.advance(31_000);
    const foreignCookie = await signIn(t, foreign);
    const no = await call('POST', `/api/account-approvals/${res.pending.approvalId}/approve`, foreignCookie);
    expect(no.statusCode).toBe(404);
    const root = await makeUser(t, ['system_admin'], { agencyId: foreign.agencyId });
    t.clock.advance(31_000);
    const rootCookie = await signIn(t, root);
    const yes = await call('POST', `/api/account-approvals/${res.pending.approvalId}/approve`, rootCookie);
    expect(yes.statusCode).toBe(200);
  });
});

describe('an operation whose last commander was reset', () => {
  it('is not orphaned: the approver of its decision, and nobody else, names a new commander', async () => {
    const made = (
      await call('POST', '/api/operations/plans', c.cookies.planner, {
        decisionId: (await c.approvedDecision()).id,
        codeName: 'OSPREY',
      })
    ).json();
    const asked = (await call('POST', `/api/users/${c.users.planner.id}/reset-2fa`, cookieA)).json();
    expect(
      (await call('POST', `/api/account-approvals/${asked.approvalId}/approve`, cookieB)).statusCode,
    ).toBe(200);
    const name = (cookie: string) =>
      call('POST', `/api/operations/plans/${made.id}/members`, cookie, {
        userId: c.users.outsider.id,
        role: 'command',
        team: 'Command',
        language: null,
      });
    // Another commander of the agency may not step in; the deputy, who approved the decision, may.
    expect((await name(c.cookies.outsider)).statusCode).toBe(404);
    const restored = await name(c.cookies.deputy);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toEqual({ commandRestored: true });
    expect((await call('GET', `/api/operations/plans/${made.id}`, c.cookies.deputy)).statusCode).toBe(404);
    expect((await call('GET', `/api/operations/plans/${made.id}`, c.cookies.outsider)).statusCode).toBe(200);
    // Once it has a commander again, the exception is closed.
    const again = await call('POST', `/api/operations/plans/${made.id}/members`, c.cookies.deputy, {
      userId: c.users.deputy.id,
      role: 'command',
      team: 'Command',
      language: null,
    });
    expect(again.statusCode).toBe(404);
  });
});
