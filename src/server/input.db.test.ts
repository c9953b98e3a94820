import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isZawgyi } from '../intel/names/zawgyi.ts';
import { textProblem } from '../platform/text.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from './testing.ts';

let t: TestApp;
let cookie: string;
let agencyId: string;

beforeAll(async () => {
  t = await startTestApp({ LANTERN_BODY_LIMIT_BYTES: '4096' });
  const admin = await makeUser(t, ['system_admin', 'admin']);
  agencyId = admin.agencyId;
  cookie = await signIn(t, admin);
});
afterAll(() => t.close());

const count = async (table: 'agencies' | 'users') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const raw = (url: string, body: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url,
    ...withSession(cookie),
    headers: { 'content-type': contentType },
    body,
  });

describe('bad input changes nothing', () => {
  it('refuses malformed JSON with a code', async () => {
    const before = await count('agencies');
    for (const body of ['{"name": "x", "kind": ', '{name: x}', 'null', '[1,2', '']) {
      const res = await raw('/api/agencies', body);
      expect(res.statusCode, body).toBe(400);
      expect(['invalid_json', 'validation_failed']).toContain(res.json().error.code);
    }
    expect(await count('agencies')).toBe(before);
  });

  it('refuses wrong types and names the field, without echoing the value', async () => {
    const res = await raw('/api/agencies', JSON.stringify({ name: 12345, kind: 'police' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toMatch(/name/);
    const secretish = await raw(
      '/api/users',
      JSON.stringify({ agencyId, username: 'ok_user', displayName: 'Nguyễn Văn A', roles: ['no_such_role'] }),
    );
    expect(secretish.statusCode).toBe(400);
    expect(secretish.body).not.toContain('Nguyễn');
  });

  it('refuses unknown fields', async () => {
    const before = await count('agencies');
    const res = await raw(
      '/api/agencies',
      JSON.stringify({ name: 'Extra Field Agency', kind: 'ngo', admin: true }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/admin/);
    expect(await count('agencies')).toBe(before);
  });

  it('refuses an oversize body with 413', async () => {
    const before = await count('agencies');
    const res = await raw('/api/agencies', JSON.stringify({ name: 'x'.repeat(10_000), kind: 'ngo' }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await count('agencies')).toBe(before);
  });

  it('refuses other content types with 415', async () => {
    const res = await raw('/api/agencies', 'name=x&kind=ngo', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('refuses a NUL character and lone surrogates with a reason', async () => {
    for (const name of ['bad\u0000name', 'bad\ud800name']) {
      const res = await raw('/api/agencies', JSON.stringify({ name, kind: 'ngo' }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/NUL|Unicode/);
    }
  });

  it('answers unknown API paths with the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', ...withSession(cookie) });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  });
});

// Strings a form may hold: any Unicode (scripts of the region, emoji, combining marks), quotes, SQL syntax.
const SQLISH = [
  "'",
  '"',
  ';',
  '--',
  '/*',
  '*/',
  '\\',
  "' OR '1'='1",
  'DROP TABLE users;',
  '%',
  '_',
  '$1',
  '\u200b',
  '\u202e',
  'ñ',
  'ก',
  'ខ្មែរ',
  'ພາສາລາວ',
  'မြန်မာ',
  'Nguyễn',
  '中文',
  '👩‍👧',
];
const fieldText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SQLISH),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''))
  // What the one text rule (platform/text.ts) accepts: everything but control characters and lone surrogates;
  // and not Burmese typed in Zawgyi, which the rule converts to Unicode on the way in (zawgyi.test.ts).
  .filter((s) => s.length <= 200 && s.trim().length > 0 && textProblem(s) === null && !isZawgyi(s));

describe('text fields keep what was typed', () => {
  it('stores and returns agency and user names intact, whatever they hold', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fieldText, fieldText, async (agencyName, displayName) => {
        n++;
        const a = await raw('/api/agencies', JSON.stringify({ name: `${agencyName} #${n}`, kind: 'ngo' }));
        expect(a.statusCode, a.body).toBe(201);
        expect(a.json().name).toBe(`${agencyName} #${n}`);
        const u = await raw(
          '/api/users',
          JSON.stringify({ agencyId: a.json().id, username: `prop_${n}`, displayName, roles: ['monitor'] }),
        );
        expect(u.statusCode, u.body).toBe(201);
        const back = await t.app.inject({
          method: 'GET',
          url: `/api/users/${u.json().user.id}`,
          ...withSession(cookie),
        });
        expect(back.json().displayName).toBe(displayName);
        expect(back.json().agencyName).toBe(`${agencyName} #${n}`);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a name holding a control character (other than tab and line breaks) and stores nothing', async () => {
    const before = await count('agencies');
    await fc.assert(
      fc.asyncProperty(
        fieldText,
        fc.integer({ min: 0, max: 0x9f }).filter((c) => (c < 0x20 || c >= 0x7f) && ![9, 10, 13].includes(c)),
        async (name, code) => {
          const res = await raw(
            '/api/agencies',
            JSON.stringify({ name: `${name}${String.fromCharCode(code)}`, kind: 'ngo' }),
          );
          expect(res.statusCode, res.body).toBe(400);
        },
      ),
      { numRuns: 40 },
    );
    expect(await count('agencies')).toBe(before);
  });
});
