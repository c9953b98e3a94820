import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, withSession } from '../server/testing.ts';
import { CONCLUDED_CODE_NAME } from '../world/demo-concluded.ts';
import { startDemoTestApp } from '../world/demo-testing.ts';
import { forbiddenIn } from './summaries.ts';

// The demo's concluded operation told to the press: the commander drafts it from its frozen figures, a text naming
// the code name or the target is refused, the commander may not approve their own draft, the deputy approves, it is
// released, and the coordination office reads it. A case file still before the court is not summarised.

let t: TestApp;
const cookies: Record<string, string> = {};
const api = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookies[who] ?? ''), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  ({ t } = await startDemoTestApp());
  const users = (await t.app.inject({ method: 'GET', url: '/api/auth/demo-users' })).json().users as {
    id: string;
    displayName: string;
  }[];
  const names: Record<string, string> = {
    commander: 'Pol. Col. Thawatchai Boonmee',
    deputy: 'Pol. Lt. Col. Siriporn Chaiyasit',
    me: 'Nguyễn Thị Lan',
    prosecutor: 'Pimchanok Rattanakul',
  };
  for (const [who, name] of Object.entries(names)) {
    const user = users.find((u) => u.displayName === name);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/demo-sign-in',
      payload: { userId: user?.id },
    });
    cookies[who] = res.cookies[0]?.value ?? '';
  }
}, 180_000);
afterAll(() => t.close());

describe('a public summary of a concluded operation', () => {
  it('is drafted from the figures only, approved by a second person, released and read by coordinators', async () => {
    const op = await t.database.db
      .selectFrom('operations')
      .select(['id', 'target_label'])
      .where('code_name', '=', CONCLUDED_CODE_NAME)
      .executeTakeFirstOrThrow();
    const drafted = await api('POST', `/api/operations/${op.id}/public-summary`, 'commander', { text: null });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const id = drafted.json().id;
    const [s] = (await api('GET', '/api/operations/public-summaries', 'commander')).json().summaries;
    expect(s.figures).toMatchObject({
      arrests: 2,
      exhibitsSeized: 4,
      removed: 8,
      allThreeObjectivesMet: true,
    });
    const writer = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'demo.commander')
      .executeTakeFirstOrThrow();
    expect(s.draftedById).toBe(writer.id);
    expect(s.body).toContain('2 arrests');
    expect(s.body).toMatch(
      /^In (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, an operation/,
    );
    expect(s.body).toContain('8 people were brought to safety');
    expect(forbiddenIn(`${s.headline} ${s.body}`, [CONCLUDED_CODE_NAME, op.target_label])).toBe(false);
    for (const bad of [`Operation ${CONCLUDED_CODE_NAME} ended well`, `Raid at ${op.target_label}`]) {
      const r = await api('PUT', `/api/operations/public-summaries/${id}`, 'commander', {
        headline: 'Arrests',
        body: bad,
      });
      expect(r.statusCode).toBe(400);
      expect(r.body).not.toContain(op.target_label);
    }
    expect(
      (await api('POST', `/api/operations/public-summaries/${id}/release`, 'commander')).statusCode,
    ).toBe(409);
    expect(
      (await api('POST', `/api/operations/public-summaries/${id}/approve`, 'commander')).statusCode,
    ).toBe(403);
    expect((await api('POST', `/api/operations/public-summaries/${id}/approve`, 'deputy')).statusCode).toBe(
      200,
    );
    expect((await api('GET', '/api/outcomes/summaries', 'me')).json().summaries).toEqual([]);
    expect(
      (await api('POST', `/api/operations/public-summaries/${id}/release`, 'commander')).statusCode,
    ).toBe(200);
    const released = (await api('GET', '/api/outcomes/summaries', 'me')).json().summaries;
    expect(released).toEqual([
      expect.objectContaining({
        id,
        agency: 'Anti-Trafficking Police Division (demo)',
        headline: s.headline,
      }),
    ]);
    expect(JSON.stringify(released)).not.toContain(CONCLUDED_CODE_NAME);
  });

  it('is not drafted for a case file the court has not decided, nor by another agency', async () => {
    const c = await t.database.db.selectFrom('prosecution_cases').select('id').executeTakeFirst();
    if (c) {
      const r = await api('POST', `/api/prosecution/cases/${c.id}/public-summary`, 'prosecutor', {
        text: null,
      });
      expect(r.statusCode).toBe(409);
    }
    const op = await t.database.db
      .selectFrom('operations')
      .select('id')
      .where('code_name', '=', CONCLUDED_CODE_NAME)
      .executeTakeFirstOrThrow();
    expect(
      (await api('POST', `/api/operations/${op.id}/public-summary`, 'prosecutor', { text: null })).statusCode,
    ).toBe(403);
  });
});

describe('the text check', () => {
  it('finds a name or a part of it whatever the case and diacritics, not inside other words nor short parts', () => {
    expect(forbiddenIn('Raid at the Golden Lotus karaoke', ['Golden Lotus Karaoke'])).toBe(true);
    expect(forbiddenIn('the lotus room', ['Golden Lotus Karaoke'])).toBe(true);
    expect(forbiddenIn('NGUYEN was there', ['Nguyễn Văn Nam'])).toBe(true);
    // Parts under four letters (Nam, Van) alone are too common to refuse.
    expect(forbiddenIn('in Nam Dinh province', ['Nguyễn Văn Nam'])).toBe(false);
    expect(forbiddenIn('Goldenrod fields', ['Golden Lotus Karaoke'])).toBe(false);
  });
});
