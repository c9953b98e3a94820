import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import { permissionsOfRoles } from '../access/roles.ts';
import { termHash } from '../access/sealing.ts';
import { searchTips } from '../monitoring/tips.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { reTermReportItems, TERMS_VERSION } from './report-terms.ts';

// Report and tip text found in every script of the region, diacritics folded, and items indexed the old way
// found again after the re-index.

let t: TestApp;
let cookie: string;
let agencyId: string;
let source: string;

const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const find = async (q: string) => (await api('GET', `/api/intel/search?q=${encodeURIComponent(q)}`)).json();
const titles = async (q: string) => (await find(q)).reports.map((r: { title: string }) => r.title).sort();
const tipTexts = async (q: string) => (await find(q)).tips.map((x: { excerpt: string }) => x.excerpt);

async function report(title: string, text: string) {
  const r = await api('POST', '/api/intel/reports', {
    sourceId: source,
    reportedOn: '2026-09-01',
    title,
    handling: 'P',
    items: [{ text, sourceGrade: '2', infoGrade: 'C' }],
  });
  expect(r.statusCode).toBe(201);
  return r.json().id as string;
}

// Texts as informants and hotlines write them: names inside running text, no spaces in the unspaced scripts.
const TEXTS: Record<string, string> = {
  chinese: '线人说张超昨晚在码头见了王伟，带着三个女孩。',
  traditional: '張超在碼頭與陳美玲見面',
  thai: 'นายสมชายพรหมมาพาผู้หญิงไปที่คาราโอเกะ',
  khmer: 'ឈ្មោះសុខចាន់ធីនៅភ្នំពេញជាមួយក្មេងស្រី',
  burmese: 'အောင်ကျော်ဦးသည်ရန်ကုန်မှာအလုပ်ပေးသည်',
  lao: 'ທ້າວສົມຈິດວົງສະຫວັນໄປວຽງຈັນ',
  vietnamese: 'Nguyễn Quốc Đặng đã đưa các cô gái qua biên giới',
};

beforeAll(async () => {
  t = await startTestApp();
  cookie = await signIn(t, await makeUser(t, ['analyst']));
  agencyId = (await api('GET', '/api/me')).json().agency.id;
  source = (await api('POST', '/api/intel/sources', { code: 'S1', kind: 'informant' })).json().id;
  for (const [title, text] of Object.entries(TEXTS)) await report(title, text);
  const tips = [
    ['Khách hàng nói Trần Thị Hương bị giữ ở quán karaoke', 'Quận 1'],
    ['有人看见张超在码头', '码头'],
    ['ผู้หญิงถูกขังที่คาราโอเกะ สมชาย เป็นคนคุม', 'ซอย 5'],
    ['Boat crew not paid for months', 'pier'],
  ];
  await t.database.db
    .insertInto('tips')
    .values(
      tips.map(([text, place], i) => ({
        agency_id: agencyId,
        import_id: '00000000-0000-4000-8000-000000000002',
        tip_ref: `T-${i}`,
        received_at: new Date(Date.UTC(2026, 4, i + 1)),
        channel: 'hotline',
        language: null,
        text: text as string,
        place_hint: place as string,
        lat: null,
        lon: null,
        tlp: 'AMBER',
      })),
    )
    .execute();
});
afterAll(() => t.close());

describe('report text in every script', () => {
  it('finds Chinese names as typed, in a text without spaces, from two characters', async () => {
    expect(await titles('张超')).toEqual(['chinese']);
    expect(await titles('王伟')).toEqual(['chinese']);
    expect(await titles('码头')).toEqual(['chinese']);
    expect(await titles('張超')).toEqual(['traditional']);
    expect(await titles('陈美玲')).toEqual([]);
    expect(await titles('陳美玲')).toEqual(['traditional']);
    // Both characters present, but not together: not a hit.
    expect(await titles('超张')).toEqual([]);
    // One character is too short to search by.
    expect(await titles('张')).toEqual([]);
  });

  it('finds Thai, Khmer, Burmese and Lao names and words inside unspaced text', async () => {
    expect(await titles('สมชาย')).toEqual(['thai']);
    expect(await titles('พรหมมา')).toEqual(['thai']);
    expect(await titles('สมชาย พรหมมา')).toEqual(['thai']);
    expect(await titles('คาราโอเกะ')).toEqual(['thai']);
    expect(await titles('ชายพรหม')).toEqual(['thai']);
    expect(await titles('พรหมสมชาย')).toEqual([]);
    expect(await titles('ចាន់ធី')).toEqual(['khmer']);
    expect(await titles('ភ្នំពេញ')).toEqual(['khmer']);
    expect(await titles('အောင်ကျော်')).toEqual(['burmese']);
    expect(await titles('ရန်ကုန်')).toEqual(['burmese']);
    expect(await titles('ສົມຈິດ')).toEqual(['lao']);
    expect(await titles('ວຽງຈັນ')).toEqual(['lao']);
  });

  it('folds diacritics on both sides', async () => {
    expect(await titles('Quoc')).toEqual(['vietnamese']);
    expect(await titles('Nguyen')).toEqual(['vietnamese']);
    expect(await titles('dang')).toEqual(['vietnamese']);
    expect(await titles('DANG nguyen')).toEqual(['vietnamese']);
    expect(await titles('Nguyễn Quốc')).toEqual(['vietnamese']);
    expect(await titles('bien gioi')).toEqual(['vietnamese']);
    // Word beginnings from three letters still find the word.
    expect(await titles('Nguy')).toEqual(['vietnamese']);
    expect(await titles('Quocc')).toEqual([]);
  });

  it('finds text saved after the search was built, and nothing for too short a query', async () => {
    await report('later', 'Lê Văn Tám và 李娜 ở Hà Nội');
    expect(await titles('Van Tam')).toEqual(['later']);
    expect(await titles('李娜')).toEqual(['later']);
    expect(await titles('Ha Noi')).toEqual(['later']);
    expect(await titles('le')).toEqual([]);
  });

  it('re-indexes items indexed the old way (whole unfolded words) so they are found after the upgrade', async () => {
    const id = await report('old', 'Phạm Thị Thủy gặp 刘洋 tại cảng');
    const ring = t.config.secretKeys;
    // The terms as the first version wrote them: whole words as the word segmenter cut them, unfolded.
    const old = ['phạm', 'thị', 'thủy', 'gặp', '刘', '洋', 'tại', 'cảng'];
    const { n } = await t.database.db
      .selectFrom('intel_report_items')
      .select('n')
      .where('report_id', '=', id)
      .executeTakeFirstOrThrow();
    await t.database.db.deleteFrom('intel_report_terms').where('report_id', '=', id).execute();
    await t.database.db
      .insertInto('intel_report_terms')
      .values(old.map((w) => ({ report_id: id, n, term: termHash(ring, w) })))
      .execute();
    await sql`UPDATE intel_report_items SET terms_version = 1 WHERE report_id = ${id}`.execute(t.database.db);
    expect(await titles('Pham Thuy')).toEqual([]);
    expect(await titles('刘洋')).toEqual([]);

    expect(await reTermReportItems(t.database.db, ring)).toBe(1);
    expect(await titles('Pham Thuy')).toEqual(['old']);
    expect(await titles('刘洋')).toEqual(['old']);
    const v = await sql<{ terms_version: number }>`
      SELECT terms_version FROM intel_report_items WHERE report_id = ${id}`.execute(t.database.db);
    expect(v.rows[0]?.terms_version).toBe(TERMS_VERSION);
    // A second pass finds nothing left to do.
    expect(await reTermReportItems(t.database.db, ring)).toBe(0);
  });
});

describe('tip text by the same rules', () => {
  it('finds tips in every script and with diacritics folded', async () => {
    expect(await tipTexts('Huong')).toEqual(['Khách hàng nói Trần Thị Hương bị giữ ở quán karaoke']);
    expect(await tipTexts('tran thi huong')).toHaveLength(1);
    expect(await tipTexts('张超')).toEqual(['有人看见张超在码头']);
    expect(await tipTexts('สมชาย')).toHaveLength(1);
    expect(await tipTexts('Quan 1')).toHaveLength(1);
    expect(await tipTexts('paid months')).toHaveLength(1);
    expect(await tipTexts('张')).toEqual([]);
    expect(await tipTexts('nh')).toEqual([]);
  });

  it('shows tips only to those who may see them', async () => {
    const actor: Actor = {
      kind: 'system',
      userId: null,
      agencyId,
      roles: ['operation_commander'],
      permissions: permissionsOfRoles(['operation_commander']),
      label: 'test',
    };
    expect(await searchTips(t.database.db, actor, '张超', 10)).toEqual([]);
    const analyst: Actor = { ...actor, roles: ['analyst'], permissions: permissionsOfRoles(['analyst']) };
    expect(await searchTips(t.database.db, analyst, '张超', 10)).toHaveLength(1);
  });
});
