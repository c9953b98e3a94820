import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyAuditChain } from '../access/audit-upgrade.ts';
import { insertAgency } from '../access/users-store.ts';
import type { Db } from '../db/connection.ts';
import { createTestDatabase } from '../db/testing.ts';
import { loadConfig } from '../platform/config.ts';
import { registerClientAddress } from '../server/client-address.ts';
import { registerErrorHandler } from '../server/error-handler.ts';
import { HostRules, registerRequestGuard } from '../server/request-guard.ts';
import { registerSecurityHeaders } from '../server/security-headers.ts';
import { DAY } from './public-limits.ts';
import { publicPageRoutes } from './public-routes.ts';
import { countOf, openPublicChannel, postForm, sendReport } from './public-testing.ts';
import { PAGE_TEXTS } from './public-texts.ts';
import { FOLLOW_TEXTS } from './public-texts-follow.ts';
import { FORM_TEXTS } from './public-texts-form.ts';

// The page's limits, set small through the plugin's options: over a limit the reporter is told to try again later
// (429), what they typed is kept on the page, and nothing is stored. The counters tell no sender from another.

let database: Db;
let app: FastifyInstance;
let agencyId = '';
const clock = { now: Date.parse('2026-12-05T03:00:00Z') };
const MINUTE = 60_000;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({
    LANTERN_SECRET_KEY: randomBytes(32).toString('hex'),
    LANTERN_WEB_DIR: '/nonexistent',
    PORT: '80',
  });
  keyAuditChain(database.db, config);
  app = Fastify();
  registerClientAddress(app, database.db);
  registerErrorHandler(app);
  registerSecurityHeaders(app, { hsts: false });
  registerRequestGuard(app, new HostRules(config, () => null), database.db);
  await app.register(publicPageRoutes, {
    db: database.db,
    secretKeys: config.secretKeys,
    now: () => clock.now,
    limits: {
      bodyBytes: 4096,
      reportsPerMinute: 2,
      reportsPerHour: 3,
      wrongCodesPerMinute: 2,
      additionsPerCodePerDay: 2,
      text: { what: 50 },
    },
  });
  await app.ready();
  agencyId = await insertAgency(database.db, 'Hotline', 'ngo');
  await openPublicChannel(database.db, agencyId);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the public page limits', () => {
  it('take new reports per minute and per hour over all reporters, then ask to wait, keeping the form', async () => {
    await sendReport(app, database.db, { what: 'first' });
    await sendReport(app, database.db, { what: 'second' });
    const before = await countOf(database.db, 'tips');
    const busy = await postForm(app, '/report?lang=th', { lang: 'th', what: 'third report', place: 'ท่าเรือ' });
    expect(busy.statusCode).toBe(429);
    expect(busy.body).toContain(PAGE_TEXTS.th.busy);
    expect(busy.body).toContain('>third report</textarea>');
    expect(busy.body).toContain('value="ท่าเรือ"');
    expect(await countOf(database.db, 'tips')).toBe(before);
    clock.now += MINUTE + 1;
    await sendReport(app, database.db, { what: 'third report' });
    clock.now += MINUTE + 1;
    expect((await postForm(app, '/report', { what: 'fourth' })).statusCode).toBe(429);
    expect(await countOf(database.db, 'tips')).toBe(before + 1);
    clock.now += 60 * MINUTE;
    await sendReport(app, database.db, { what: 'fourth' });
  });

  it('refuse a body over the limit and an answer over its length, storing nothing', async () => {
    const before = await countOf(database.db, 'tips');
    const huge = await postForm(app, '/report?lang=km', { lang: 'km', what: 'x'.repeat(5000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(huge.body).toContain(PAGE_TEXTS.km.tooLarge);
    const long = await postForm(app, '/report?lang=en', { lang: 'en', what: 'y'.repeat(51) });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('This is too long: at most 50 characters (you wrote 51).');
    expect(long.body).toContain(`>${'y'.repeat(51)}</textarea>`);
    // Characters are counted as letters, not bytes: 50 Thai letters (450 bytes as the form sends them) pass.
    clock.now += 2 * 60 * MINUTE;
    const thai = 'ก'.repeat(50);
    expect((await postForm(app, '/report', { what: thai })).statusCode).toBe(200);
    expect(await countOf(database.db, 'tips')).toBe(before + 1);
    expect(FORM_TEXTS.en.tooLong).toContain('{max}');
  });

  it('refuse every code for a minute after too many wrong ones, then open the right one again', async () => {
    clock.now += 2 * 60 * MINUTE;
    const { code } = await sendReport(app, database.db, { what: 'a report to follow' });
    for (const wrong of ['AAAA-BBBB-CCCC-DDDD-EEEE', 'nothing']) {
      const res = await postForm(app, '/report/follow', { code: wrong });
      expect(res.statusCode).toBe(404);
    }
    const blocked = await postForm(app, '/report/follow?lang=vi', { code, lang: 'vi' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain(FOLLOW_TEXTS.vi.tooManyCodes);
    expect(blocked.body).not.toContain('a report to follow');
    const blockedAdd = await postForm(app, '/report/follow/add', { code, text: 'more' });
    expect(blockedAdd.statusCode).toBe(429);
    clock.now += MINUTE + 1;
    const open = await postForm(app, '/report/follow', { code });
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('a report to follow');
  });

  it('take a few additions per report a day, then keep the text and store nothing until the day has passed', async () => {
    clock.now += 2 * 60 * MINUTE;
    const { code, tipId } = await sendReport(app, database.db, { what: 'a report with additions' });
    const other = await sendReport(app, database.db, { what: 'another report' });
    for (const text of ['one', 'two'])
      expect((await postForm(app, '/report/follow/add', { code, text })).statusCode).toBe(200);
    const messages = await countOf(database.db, 'tip_messages');
    const events = await countOf(database.db, 'tip_events');
    const third = await postForm(app, '/report/follow/add?lang=lo', { code, lang: 'lo', text: 'ສາມ' });
    expect(third.statusCode).toBe(429);
    expect(third.body).toContain(FOLLOW_TEXTS.lo.tooManyAdditions);
    expect(third.body).toContain('>ສາມ</textarea>');
    expect(await countOf(database.db, 'tip_messages')).toBe(messages);
    expect(await countOf(database.db, 'tip_events')).toBe(events);
    // Another report's additions are counted apart.
    expect((await postForm(app, '/report/follow/add', { code: other.code, text: 'fine' })).statusCode).toBe(
      200,
    );
    clock.now += DAY + 1;
    const later = await postForm(app, '/report/follow/add', { code, text: 'three' });
    expect(later.statusCode).toBe(200);
    expect(later.body).toContain(FOLLOW_TEXTS.en.added);
    const reporter = await database.db
      .selectFrom('tip_messages')
      .select(['author', 'user_id'])
      .where('tip_id', '=', tipId)
      .execute();
    expect(reporter).toEqual([
      { author: 'reporter', user_id: null },
      { author: 'reporter', user_id: null },
      { author: 'reporter', user_id: null },
    ]);
    const empty = await postForm(app, '/report/follow/add', { code, text: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain(FOLLOW_TEXTS.en.needAddition);
  });

  it('say reports cannot be taken while the page is closed, and take none', async () => {
    await openPublicChannel(database.db, agencyId, false);
    const before = await countOf(database.db, 'tips');
    const page = await app.inject({ method: 'GET', url: '/report?lang=zh-Hans' });
    expect(page.body).toContain(PAGE_TEXTS['zh-Hans'].closed);
    expect(page.body).not.toContain('<textarea');
    clock.now += 2 * 60 * MINUTE;
    const post = await postForm(app, '/report', { what: 'while closed' });
    expect(post.statusCode).toBe(503);
    expect(post.body).toContain(PAGE_TEXTS.en.closed);
    expect(await countOf(database.db, 'tips')).toBe(before);
    await database.db.deleteFrom('public_channel').execute();
    expect((await postForm(app, '/report', { what: 'no agency' })).statusCode).toBe(503);
    expect(await countOf(database.db, 'tips')).toBe(before);
    await openPublicChannel(database.db, agencyId);
  });
});
