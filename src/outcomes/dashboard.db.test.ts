import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_LANGUAGES } from '../platform/i18n/languages.ts';
import { renderedPages } from '../prosecution/pdf-testing.ts';
import { type TestApp, withSession } from '../server/testing.ts';
import { startDemoTestApp } from '../world/demo-testing.ts';
import type { ShownTable } from './dashboard.ts';
import { type IndicatorWords, REPORT_TEXTS } from './report-texts.ts';

// The dashboard's figures from the demo (src/outcomes/indicators.db.test.ts counts them by hand: 8 removed and 2
// arrests in KINGFISHER, at a site in Udon Thani; 60 tips): every figure from 1 to 10 comes hidden (null), the
// larger ones as they are; by province for the map; and the printed report says "< 11" where a figure is hidden.

let t: TestApp;
const users = new Map<string, string>();
const signInAs = async (username: string) => {
  const { id } = await t.database.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/demo-sign-in', payload: { userId: id } });
  return res.cookies[0]?.value ?? '';
};
const get = (url: string, who = 'demo.me-officer') =>
  t.app.inject({ method: 'GET', url, ...withSession(users.get(who) ?? '') });

beforeAll(async () => {
  ({ t } = await startDemoTestApp());
  for (const u of ['demo.me-officer', 'demo.social-worker']) users.set(u, await signInAs(u));
}, 180_000);
afterAll(() => t.close());
/** The demo's tips placed in Udon Thani, as its fixed-seed world places them. */
const UDON_TIPS = 8;

const stages = (tables: ShownTable[], id: string) =>
  Object.fromEntries((tables.find((x) => x.id === id)?.cells ?? []).map((c) => [c.key.join(' | '), c.count]));
/** Every figure of the answer (cells, margins, totals) that is a number from 1 to k-1. */
const small = (tables: ShownTable[], k = 3) =>
  tables.flatMap((x) =>
    [...x.cells.map((c) => c.count), ...x.margins.map((m) => m.count), x.total].filter(
      (n) => n !== null && n >= 1 && n < k,
    ),
  );

describe('GET /api/outcomes/dashboard', () => {
  it('hides every figure from 1 to 2 on the screens and shows the others, audited with the filters’ names', async () => {
    const res = await get('/api/outcomes/dashboard');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.k).toBe(3);
    expect(small(d.tables)).toEqual([]);
    expect(stages(d.tables, 'protection')).toEqual({
      removed: 8,
      screened: 0,
      'presumed victims': 0,
      'protection cases': 0,
      'accepted a service': 0,
      'declined a service': 0,
      'received compensation': 0,
    });
    expect(stages(d.tables, 'justice')).toEqual({
      arrests: null,
      'charges laid': 0,
      'charges convicted': 0,
      sentences: 0,
    });
    expect(stages(d.tables, 'tips')).toMatchObject({ received: 60, triaged: 0 });
    expect(d.words).toEqual([]);
    expect(d.places).toContainEqual({ country: 'TH', province: 'Udon Thani' });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'outcomes.dashboard_read')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual([{ filters: [], tables: d.tables.length, hidden: d.hidden }]);
  });

  it('narrows to a province: KINGFISHER’s 8 removals there, its 2 arrests hidden; a province with nothing, zeros', async () => {
    const here = (await get('/api/outcomes/dashboard?country=TH&province=Udon%20Thani')).json();
    expect(here.filters).toEqual(['country', 'province']);
    expect(here.words).toEqual(['Country: Thailand', 'Province: Udon Thani']);
    expect(stages(here.tables, 'protection').removed).toBe(8);
    expect(stages(here.tables, 'justice').arrests).toBeNull();
    expect(small(here.tables)).toEqual([]);
    const none = (await get('/api/outcomes/dashboard?province=Fujian')).json();
    expect(stages(none.tables, 'protection').removed).toBe(0);
    expect(stages(none.tables, 'tips').received).toBe(0);
  });

  it('gives the map its figures by province, hidden below 3', async () => {
    const res = await get('/api/outcomes/dashboard/map');
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.measures.map((x: { words: string }) => x.words)).toEqual([
      'people removed in operations',
      'presumed victims identified',
      'arrests',
      'tips received',
    ]);
    const udon = m.provinces.find((p: { province: string }) => p.province === 'Udon Thani');
    expect(udon).toMatchObject({ country: 'TH', counts: [8, 0, null, UDON_TIPS] });
    const all = m.provinces.flatMap((p: { counts: (number | null)[] }) => p.counts);
    expect(all.filter((n: number | null) => n !== null && n > 0 && n < 3)).toEqual([]);
    const one = (await get('/api/outcomes/dashboard/map?country=TH&province=Udon%20Thani')).json();
    expect(one.provinces.map((p: { province: string }) => p.province)).toEqual(['Udon Thani']);
  });

  it('prints the figures as a PDF, hidden ones as "< 11"', async () => {
    const at = '2026-12-04T10:00:00.000Z';
    const res = await get(
      `/api/outcomes/dashboard/report.pdf?country=TH&province=Udon%20Thani&generatedAt=${at}`,
    );
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await renderedPages(res.rawPayload)).map((p) => p.text).join('\n');
    expect(text).toContain('Outcome indicators');
    expect(text).toContain('Province: Udon Thani');
    expect(text).toContain('Printed 2026-12-04 10:00 UTC');
    expect(text).toMatch(/removed\s+< 11/);
    expect(text).toMatch(/arrests\s+< 11/);
    const again = await get(
      `/api/outcomes/dashboard/report.pdf?country=TH&province=Udon%20Thani&generatedAt=${at}`,
    );
    expect(again.headers['x-content-sha256']).toBe(res.headers['x-content-sha256']);
  });

  it("prints in the request's language, or the one ?lang= names, every table's words translated", async () => {
    const at = '2026-12-04T10:00:00.000Z';
    const url = `/api/outcomes/dashboard/report.pdf?country=TH&province=Udon%20Thani&generatedAt=${at}`;
    const res = await t.app.inject({
      method: 'GET',
      url,
      ...withSession(users.get('demo.me-officer') ?? ''),
      headers: { 'accept-language': 'th' },
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const text = (await renderedPages(res.rawPayload))
      .map((p) => p.text)
      .join('\n')
      .normalize('NFKC')
      .replace(/\s+/g, '');
    for (const words of ['ตัวชี้วัดผลลัพธ์', 'จังหวัด:UdonThani', 'พิมพ์เมื่อ4ธันวาคม2569เวลา10:00UTC', 'นำออกจากพื้นที่'])
      expect(text, words).toContain(words.normalize('NFKC'));
    expect(text).not.toContain('Printed');
    const zh = await get(`${url}&lang=zh`);
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['x-content-sha256']).not.toBe(res.headers['x-content-sha256']);
    // Every table, dimension, row and median the indicators give has its words in every language.
    const figures = (await get('/api/outcomes/dashboard')).json();
    for (const lang of SERVER_LANGUAGES.filter((l) => l !== 'en')) {
      const words = REPORT_TEXTS[lang].tables as IndicatorWords;
      for (const table of figures.tables as ShownTable[]) {
        expect(Object.keys(words.titles), lang).toContain(table.id);
        for (const d of table.dimensions)
          expect(Object.keys(words.dimensions), `${table.id} ${lang}`).toContain(d);
        for (const c of table.cells)
          for (const key of c.key) expect(Object.keys(words.rows), `${table.id} ${lang}`).toContain(key);
      }
      for (const m of figures.medians as { id: string }[]) expect(Object.keys(words.medians)).toContain(m.id);
    }
  });

  it('refuses a social worker', async () => {
    for (const url of [
      '/api/outcomes/dashboard',
      '/api/outcomes/dashboard/map',
      '/api/outcomes/dashboard/report.pdf',
    ])
      expect((await get(url, 'demo.social-worker')).statusCode, url).toBe(403);
  });
});
