import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { openPublicChannel, postForm, sendReport } from './public-testing.ts';
import { FOLLOW_TEXTS } from './public-texts-follow.ts';

// The staff's side of the public page: the hotline reads a public report's conversation and replies, the reporter
// reads the reply with their code; another agency sees nothing; a system administrator sets who answers the page.

let t: TestApp;
let hotline: TestUser;
let hotlineCookie = '';
let analystCookie = '';
let adminCookie = '';
let monitorCookie = '';

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  hotline = await makeUser(t, ['hotline_operator']);
  const monitor = await makeUser(t, ['monitor'], { agencyId: hotline.agencyId, totp: false });
  const analyst = await makeUser(t, ['analyst']);
  const admin = await makeUser(t, ['system_admin']);
  hotlineCookie = await signIn(t, hotline);
  analystCookie = await signIn(t, analyst);
  adminCookie = await signIn(t, admin);
  monitorCookie = await signIn(t, monitor);
  await openPublicChannel(t.database.db, hotline.agencyId);
}, 60_000);
afterAll(() => t.close());

describe("a public report's conversation", () => {
  it('is read and answered by the agency that received it, and the reply reaches the reporter', async () => {
    const { code, tipId } = await sendReport(t.app, t.database.db, {
      what: 'My sister cannot leave the factory',
    });
    expect(
      (await postForm(t.app, '/report/follow/add', { code, text: 'It is behind the market' })).statusCode,
    ).toBe(200);
    const first = await call('GET', `/api/monitoring/tips/${tipId}/thread`, hotlineCookie);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().messages).toEqual([
      { author: 'reporter', at: expect.any(String), text: 'It is behind the market', by: null },
    ]);
    const sent = await call('POST', `/api/monitoring/tips/${tipId}/replies`, hotlineCookie, {
      text: 'Thank you. Is she there now?',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const messages = (await call('GET', `/api/monitoring/tips/${tipId}/thread`, hotlineCookie)).json()
      .messages;
    expect(
      messages.map((m: { author: string; text: string; by: string | null }) => [m.author, m.text, m.by]),
    ).toEqual([
      ['reporter', 'It is behind the market', null],
      ['agency', 'Thank you. Is she there now?', expect.stringMatching(/^Test user \d+$/)],
    ]);
    // Sealed at rest.
    const stored = await t.database.db
      .selectFrom('tip_messages')
      .select('text')
      .where('tip_id', '=', tipId)
      .execute();
    for (const m of stored) expect(m.text).toMatch(/^s1\./);
    const events = await t.database.db
      .selectFrom('tip_events')
      .select(['kind', 'by_user'])
      .where('tip_id', '=', tipId)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { kind: 'entered', by_user: null },
      { kind: 'reporter_added', by_user: null },
      { kind: 'replied', by_user: hotline.id },
    ]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'resource_id', 'detail'])
      .where('action', 'in', ['monitoring.thread_read', 'monitoring.replied'])
      .where('resource_id', '=', tipId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.actor_id, a.resource_id])).toEqual([
      ['monitoring.thread_read', hotline.id, tipId],
      ['monitoring.replied', hotline.id, tipId],
      ['monitoring.thread_read', hotline.id, tipId],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Is she there');
    const page = await postForm(t.app, '/report/follow', { code, lang: 'th' });
    expect(page.body).toContain('Thank you. Is she there now?');
    expect(page.body).toContain(FOLLOW_TEXTS.th.reply);
    expect(page.body).not.toContain(FOLLOW_TEXTS.th.noReply);
  });

  it('is not found by another agency, by a role that does not read tips, or for a tip with no reporter to read it', async () => {
    const { tipId } = await sendReport(t.app, t.database.db, { what: 'Another report' });
    for (const [method, cookie] of [
      ['GET', analystCookie],
      ['POST', analystCookie],
    ] as const) {
      const url = `/api/monitoring/tips/${tipId}/${method === 'GET' ? 'thread' : 'replies'}`;
      const res = await call(method, url, cookie, method === 'POST' ? { text: 'hello' } : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call('GET', `/api/monitoring/tips/${tipId}/thread`, monitorCookie)).statusCode).toBe(404);
    expect(
      (await call('POST', `/api/monitoring/tips/${tipId}/replies`, monitorCookie, { text: 'x' })).statusCode,
    ).toBe(403);
    // A tip entered by hand has no receipt code: nobody could read a reply.
    const { id } = await t.database.db
      .insertInto('tips')
      .values({
        agency_id: hotline.agencyId,
        import_id: null,
        tip_ref: null,
        received_at: new Date(),
        channel: 'hotline',
        language: 'en',
        text: 'A call',
        place_hint: null,
        lat: null,
        lon: null,
        tlp: 'AMBER',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await call('GET', `/api/monitoring/tips/${id}/thread`, hotlineCookie)).statusCode).toBe(404);
    expect(
      (await call('POST', `/api/monitoring/tips/${id}/replies`, hotlineCookie, { text: 'x' })).statusCode,
    ).toBe(404);
    const extra = await call('POST', `/api/monitoring/tips/${tipId}/replies`, hotlineCookie, {
      text: 'x',
      to: 'all',
    });
    expect(extra.statusCode).toBe(400);
    const none = await t.database.db
      .selectFrom('tip_messages')
      .select('id')
      .where('tip_id', '=', tipId)
      .execute();
    expect(none).toEqual([]);
  });
});

describe('who answers the public page', () => {
  it('is set by a system administrator, audited, and the page follows it', async () => {
    const other = await makeUser(t, ['hotline_operator']);
    expect((await call('GET', '/api/monitoring/public-channel', hotlineCookie)).statusCode).toBe(403);
    const set = await call('PUT', '/api/monitoring/public-channel', adminCookie, {
      agencyId: other.agencyId,
      open: true,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      agencyId: other.agencyId,
      agencyName: expect.stringMatching(/^Agency /),
      open: true,
    });
    const page = await t.app.inject({ method: 'GET', url: '/report' });
    expect(page.body).toContain(set.json().agencyName);
    const { tipId } = await sendReport(t.app, t.database.db, { what: 'To the other hotline' });
    const tip = await t.database.db
      .selectFrom('tips')
      .select('agency_id')
      .where('id', '=', tipId)
      .executeTakeFirstOrThrow();
    expect(tip.agency_id).toBe(other.agencyId);

    const closed = await call('PUT', '/api/monitoring/public-channel', adminCookie, {
      agencyId: other.agencyId,
      open: false,
    });
    expect(closed.json()).toMatchObject({ open: false });
    expect((await postForm(t.app, '/report', { what: 'closed now' })).statusCode).toBe(503);
    const unknown = await call('PUT', '/api/monitoring/public-channel', adminCookie, {
      agencyId: '3f1f0d5e-9a4b-4c1e-8f3a-2b6d7e8f9a0b',
      open: true,
    });
    expect(unknown.statusCode).toBe(404);
    expect((await call('GET', '/api/monitoring/public-channel', adminCookie)).json()).toMatchObject({
      agencyId: other.agencyId,
      open: false,
    });
    const off = await call('PUT', '/api/monitoring/public-channel', adminCookie, {
      agencyId: null,
      open: true,
    });
    expect(off.json()).toEqual({ agencyId: null, agencyName: null, open: false, setAt: null });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'monitoring.public_channel_set')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual([
      { agency: other.agencyId, open: true },
      { agency: other.agencyId, open: false },
      { agency: null, open: false },
    ]);
    await openPublicChannel(t.database.db, hotline.agencyId);
  });
});
