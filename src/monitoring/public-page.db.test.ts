import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/testing.ts';
import { unicodeToZawgyi } from '../intel/names/zawgyi.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { makeUser, signIn, type TestApp, testAppOn, withSession } from '../server/testing.ts';
import { canonicalCode } from './public-receipt.ts';
import { countOf, openPublicChannel, postForm, receiptCodeOf, sendReport } from './public-testing.ts';
import { LANGS, PAGE_TEXTS } from './public-texts.ts';
import { FOLLOW_TEXTS } from './public-texts-follow.ts';
import { FORM_TEXTS } from './public-texts-form.ts';

// The anonymous page end to end on the whole server, as a browser without JavaScript uses it (plain form posts).
// Its promise: nothing that could identify the sender is stored or logged, and a receipt code opens its own
// report's thread only.

const unique = (label: string) => `${label}${randomBytes(6).toString('hex')}`;
const SENDER = {
  address: '192.0.2.201',
  forwardedFor: '203.0.113.77',
  forwarded: '198.51.100.99',
  agent: unique('ZebraPhoneBrowser'),
  language: 'tlh-Piqad',
  cookie: unique('TrackerCookie'),
};
const CONTROL_ADDRESS = '192.0.2.55';
const REPORT_TEXT = unique('Workers locked in the shrimp shed ');

let lines: string[] = [];
let t: TestApp;
let hotlineCookie = '';
let ngo = '';

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({
    LANTERN_SECRET_KEY: randomBytes(32).toString('hex'),
    LANTERN_DATA_DIR: '/nonexistent-lantern-test',
    LANTERN_WEB_DIR: '/nonexistent-lantern-web',
    PORT: '80',
  });
  t = await testAppOn(config, await createTestDatabase(), { logger: createLogger('trace', sink) });
  const hotline = await makeUser(t, ['hotline_operator']);
  ngo = hotline.agencyId;
  hotlineCookie = await signIn(t, hotline);
  await openPublicChannel(t.database.db, ngo);
}, 60_000);
afterAll(() => t.close());

describe('the anonymous page', () => {
  it('stores no address and no identifying header, and logs none', async () => {
    lines = [];
    const res = await postForm(
      t.app,
      '/report?lang=th',
      {
        lang: 'th',
        what: REPORT_TEXT,
        place: 'Mahachai pier',
        occurred: 'last night',
        people: '๑๒',
        children: 'yes',
        danger: 'high',
        kind: 'labour',
        contact: 'Signal only after 22:00',
      },
      {
        remoteAddress: SENDER.address,
        headers: {
          'x-forwarded-for': SENDER.forwardedFor,
          forwarded: `for=${SENDER.forwarded};proto=https`,
          'user-agent': SENDER.agent,
          'accept-language': SENDER.language,
          cookie: `tracker=${SENDER.cookie}`,
          // A page served with no-referrer makes the browser say "null" as its origin on a form post.
          origin: 'null',
        },
      },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['set-cookie']).toBeUndefined();
    const code = receiptCodeOf(res.body);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);

    const followed = await postForm(
      t.app,
      '/report/follow',
      { code, lang: 'th' },
      {
        remoteAddress: SENDER.address,
        headers: { 'user-agent': SENDER.agent, 'x-forwarded-for': SENDER.forwardedFor },
      },
    );
    expect(followed.statusCode).toBe(200);
    const added = await postForm(
      t.app,
      '/report/follow/add',
      { code, lang: 'th', text: 'The boss took our passports' },
      {
        remoteAddress: SENDER.address,
        headers: { 'user-agent': SENDER.agent, cookie: `tracker=${SENDER.cookie}` },
      },
    );
    expect(added.statusCode).toBe(200);
    // A post naming a foreign origin is refused, and the refusal audited with no address either.
    const refused = await postForm(
      t.app,
      '/report',
      { what: 'x' },
      {
        remoteAddress: SENDER.address,
        headers: { origin: 'https://elsewhere.example', 'user-agent': SENDER.agent },
      },
    );
    expect(refused.statusCode).toBe(403);
    // A control: a staff sign-in from an address does record it, so the scan below can find an address.
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: CONTROL_ADDRESS,
      payload: { username: 'nobody-here', password: 'wrong wrong wrong' },
    });

    const tip = await t.database.db
      .selectFrom('tips')
      .selectAll()
      .where('channel', '=', 'public_page')
      .executeTakeFirstOrThrow();
    expect(tip).toMatchObject({
      agency_id: ngo,
      import_id: null,
      entered_by: null,
      language: 'th',
      text: REPORT_TEXT,
      place_hint: 'Mahachai pier',
      occurred: 'last night',
      people_count: 12,
      children: 'yes',
      danger: 'high',
      kind: 'labour',
      status: 'new',
      tlp: 'AMBER',
      lat: null,
      lon: null,
    });
    expect(tip.receipt_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tip.details).toMatch(/^s1\./);
    expect(tip.receipt_hash).not.toContain(canonicalCode(code));

    // Every column of every table, cast to text.
    const columns = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`.execute(t.database.db);
    const byTable = new Map<string, string[]>();
    for (const c of columns.rows)
      byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
    expect(byTable.size).toBeGreaterThan(40);
    const everything: string[] = [];
    for (const [table, cols] of byTable) {
      const rows = await sql<{ v: string | null }>`
        SELECT concat_ws(' | ', ${sql.join(cols.map((c) => sql`${sql.ref(c)}::text`))}) AS v
        FROM ${sql.table(table)}`.execute(t.database.db);
      for (const r of rows.rows) if (r.v) everything.push(`${table}: ${r.v}`);
    }
    const stored = everything.join('\n');
    expect(stored).toContain(REPORT_TEXT);
    expect(stored).toContain(CONTROL_ADDRESS);
    const logged = lines.join('\n');
    for (const secret of [
      SENDER.address,
      SENDER.forwardedFor,
      SENDER.forwarded,
      SENDER.agent,
      SENDER.language,
      SENDER.cookie,
      'Signal only after 22:00',
      code,
      canonicalCode(code) as string,
    ]) {
      expect(stored, secret).not.toContain(secret);
      expect(logged, secret).not.toContain(secret);
    }
    expect(logged).not.toContain(REPORT_TEXT);
    expect(logged).toContain('"route":"/report"');
    expect(logged).toContain('"route":"/report/follow/add"');

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'actor_kind', 'agency_id', 'resource_id', 'ip', 'outcome'])
      .where('action', 'like', 'monitoring.public_%')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual(
      [
        'monitoring.public_report',
        'monitoring.public_thread_read',
        'monitoring.public_added',
        'monitoring.public_thread_read',
      ].map((action) => ({
        action,
        actor_id: null,
        actor_kind: 'anonymous',
        agency_id: null,
        resource_id: String(tip.id),
        ip: null,
        outcome: 'success',
      })),
    );
  });

  it('opens with a receipt code that report’s thread only', async () => {
    const a = await sendReport(t.app, t.database.db, {
      lang: 'en',
      what: 'Report A: girls kept at the karaoke bar',
    });
    const b = await sendReport(t.app, t.database.db, {
      lang: 'en',
      what: 'Report B: boat crew unpaid for months',
    });
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/monitoring/tips/${a.tipId}/replies`,
      ...withSession(hotlineCookie),
      payload: { text: 'Reply to A: we have passed this to the police unit.' },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(
      (await postForm(t.app, '/report/follow/add', { code: b.code, text: 'Addition to B: the boat is blue' }))
        .statusCode,
    ).toBe(200);

    // Typed in small letters with spaces for dashes, as people copy it.
    const typedA = a.code.toLowerCase().replaceAll('-', ' ');
    const threadA = (await postForm(t.app, '/report/follow', { code: typedA })).body;
    expect(threadA).toContain('Report A: girls kept at the karaoke bar');
    expect(threadA).toContain('Reply to A: we have passed this to the police unit.');
    expect(threadA).not.toContain('Report B');
    expect(threadA).not.toContain('Addition to B');
    const threadB = (await postForm(t.app, '/report/follow', { code: b.code })).body;
    expect(threadB).toContain('Report B: boat crew unpaid for months');
    expect(threadB).toContain('Addition to B: the boat is blue');
    expect(threadB).toContain(FOLLOW_TEXTS.en.noReply);
    expect(threadB).not.toContain('Report A');
    expect(threadB).not.toContain('Reply to A');

    const hashB = (
      await t.database.db
        .selectFrom('tips')
        .select('receipt_hash')
        .where('id', '=', b.tipId)
        .executeTakeFirstOrThrow()
    ).receipt_hash as string;
    const wrong = [
      'AAAA-BBBB-CCCC-DDDD-EEEE',
      a.code.slice(0, -1),
      hashB,
      hashB.slice(0, 20),
      '',
      `${a.code}0`,
    ];
    const answers = await Promise.all(wrong.map((code) => postForm(t.app, '/report/follow', { code })));
    for (const res of answers) {
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(answers[0]?.body);
      expect(res.body).toContain(FOLLOW_TEXTS.en.notFound);
      expect(res.body).not.toContain('Report A');
      expect(res.body).not.toContain('Report B');
    }
    // An addition with a wrong code stores nothing.
    const before = await countOf(t.database.db, 'tip_messages');
    const forged = await postForm(t.app, '/report/follow/add', { code: hashB, text: 'Forged addition' });
    expect(forged.statusCode).toBe(404);
    expect(forged.body).toBe(answers[0]?.body);
    expect(await countOf(t.database.db, 'tip_messages')).toBe(before);
  });

  it('works without JavaScript: plain pages, plain forms, one same-origin stylesheet', async () => {
    for (const url of ['/report', '/report/follow']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.body).not.toMatch(/<script|javascript:|\son[a-z]+=|style=/i);
      expect(res.body).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(res.body).toContain('<link rel="stylesheet" href="/report/style.css">');
      expect(res.body).toMatch(/<form [^>]*method="post"/);
    }
    const css = await t.app.inject({ method: 'GET', url: '/report/style.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).not.toMatch(/@import|url\(/);
    // A form post from another site is still refused; JSON is not a form.
    const foreign = await postForm(
      t.app,
      '/report',
      { what: 'x' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(foreign.statusCode).toBe(403);
    const json = await t.app.inject({ method: 'POST', url: '/report', payload: { what: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('speaks each of the seven languages, chosen by link and carried through the forms', async () => {
    for (const lang of LANGS) {
      const page = (await t.app.inject({ method: 'GET', url: `/report?lang=${lang}` })).body;
      expect(page).toContain(`<html lang="${lang}">`);
      expect(page).toContain(PAGE_TEXTS[lang].intro);
      expect(page).toContain(FORM_TEXTS[lang].what);
      expect(page).toContain(FORM_TEXTS[lang].dangerLife);
      expect(page).toContain(`<input type="hidden" name="lang" value="${lang}">`);
      for (const other of LANGS) if (other !== lang) expect(page).toContain(`href="/report?lang=${other}"`);
    }
    const thai = (await t.app.inject({ method: 'GET', url: '/report?lang=th' })).body;
    expect(thai).toContain('เกิดอะไรขึ้น?');
    expect(thai).not.toContain('What is happening?');
    // The receipt in Khmer; a language switch there keeps the code (posted, never in a link).
    const km = await postForm(t.app, '/report', { lang: 'km', what: 'ក្មេងស្រីធ្វើការនៅរោងចក្រ' });
    expect(km.body).toContain(FOLLOW_TEXTS.km.codeAdvice);
    const code = receiptCodeOf(km.body);
    expect(km.body).not.toContain(`?code=`);
    const lao = await postForm(t.app, '/report/follow', { code, lang: 'lo' });
    expect(lao.body).toContain(FOLLOW_TEXTS.lo.threadTitle);
    expect(lao.body).toContain('ក្មេងស្រីធ្វើការនៅរោងចក្រ');
    expect(await t.app.inject({ method: 'GET', url: '/report?lang=xx' }).then((r) => r.body)).toContain(
      PAGE_TEXTS.en.intro,
    );
  });

  it('stores Burmese typed in Zawgyi as Unicode', async () => {
    const unicode = 'အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်';
    const zawgyi = unicodeToZawgyi(unicode);
    expect(zawgyi).not.toBe(unicode);
    const { tipId } = await sendReport(t.app, t.database.db, {
      lang: 'my',
      what: zawgyi,
      place: unicodeToZawgyi('မြဝတီ'),
    });
    const row = await t.database.db
      .selectFrom('tips')
      .select(['text', 'place_hint', 'language'])
      .where('id', '=', tipId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ text: unicode, place_hint: 'မြဝတီ', language: 'my' });
  });

  it('keeps what was typed and says what to correct', async () => {
    const before = await countOf(t.database.db, 'tips');
    const res = await postForm(t.app, '/report?lang=vi', {
      lang: 'vi',
      what: '   ',
      place: 'Chợ <b>Bến Thành</b>',
      people: 'nhiều',
      danger: 'life',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(FORM_TEXTS.vi.checkFields);
    expect(res.body).toContain(FORM_TEXTS.vi.needWhat);
    expect(res.body).toContain(FORM_TEXTS.vi.badNumber);
    expect(res.body).toContain('value="Chợ &lt;b&gt;Bến Thành&lt;/b&gt;"');
    expect(res.body).toContain('value="nhiều"');
    expect(res.body).toContain('name="danger" value="life" checked');
    expect(await countOf(t.database.db, 'tips')).toBe(before);
  });
});
