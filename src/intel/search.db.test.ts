import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

let t: TestApp;
let police: string;
let other: string;

const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = police) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const find = async (q: string, cookie = police) =>
  (await api('GET', `/api/intel/search?q=${encodeURIComponent(q)}`, undefined, cookie)).json();

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  police = await signIn(t, a);
  const b = await makeUser(t, ['analyst']);
  t.clock.advance(30_000);
  other = await signIn(t, b);
  const person = (
    await api('POST', '/api/intel/entities', { type: 'person', label: 'Somchai Jaidee' })
  ).json().id;
  await api('POST', `/api/intel/entities/${person}/facts`, { attribute: 'alias', value: 'สมชาย ใจดี' });
  await api('POST', `/api/intel/entities/${person}/facts`, { attribute: 'alias', value: 'Nok' });
  await api('POST', '/api/intel/entities', { type: 'person', label: 'Nguyễn Thị Lan' });
  await api('POST', '/api/intel/entities', { type: 'person', label: 'Somsak Wongsawat' });
  await api('POST', '/api/intel/entities', { type: 'phone', label: '+66812345678' });
  await api('POST', '/api/intel/entities', { type: 'vehicle', label: '1กข 1234' });
  const source = (await api('POST', '/api/intel/sources', { code: 'S1', kind: 'informant' })).json().id;
  await api('POST', '/api/intel/reports', {
    sourceId: source,
    reportedOn: '2026-09-01',
    title: 'Karaoke',
    handling: 'P',
    items: [
      {
        text: 'Girls under 18 seen at the karaoke bar near the 100% market',
        sourceGrade: '2',
        infoGrade: 'C',
      },
    ],
  });
  const agencyId = (await api('GET', '/api/me')).json().agency.id;
  await t.database.db
    .insertInto('call_records')
    .values({
      agency_id: agencyId,
      import_id: '00000000-0000-4000-8000-000000000001',
      caller: '+66812345678',
      callee: '+66899999999',
      started_at: new Date(),
      duration_s: 30,
      kind: 'voice',
      cell_id: null,
      cell_lat: null,
      cell_lon: null,
    })
    .execute();
});
afterAll(() => t.close());

describe('one search box', () => {
  it('finds names across spellings and word order', async () => {
    const labels = (await find('Somchay Chaidee')).entities.map((e: { label: string }) => e.label);
    expect(labels[0]).toBe('Somchai Jaidee');
    expect(labels).not.toContain('Somsak Wongsawat');
    expect((await find('Lan Thi Nguyen')).entities[0].label).toBe('Nguyễn Thị Lan');
  });

  it('finds names whose key is one or two letters (Htoo, Aye) by their parts exactly', async () => {
    for (const label of ['Htoo', 'Htoo Aung', 'Aye', 'May Thu'])
      await api('POST', '/api/intel/entities', { type: 'person', label });
    const labels = async (q: string) => (await find(q)).entities.map((e: { label: string }) => e.label);
    const thu = await labels('Thu');
    expect(thu[0]).toBe('Htoo');
    expect(thu).toEqual(expect.arrayContaining(['Htoo Aung', 'May Thu']));
    expect(thu).not.toContain('Aye');
    expect((await labels('Aye'))[0]).toBe('Aye');
  });

  it('finds a name written in Thai script', async () => {
    expect((await find('สมชาย ใจดี')).entities[0].label).toBe('Somchai Jaidee');
  });

  it('finds a phone number typed in any format, with its call records', async () => {
    for (const typed of ['081-234-5678', '+66 81 234 5678', '66812345678']) {
      const r = await find(typed);
      expect(r.entities.map((e: { label: string }) => e.label)).toContain('+66812345678');
      expect(r.phones).toContainEqual(expect.objectContaining({ number: '+66812345678', callRecords: 1 }));
    }
  });

  it('finds plates and report text, taking % and _ literally', async () => {
    expect((await find('1กข-1234')).entities[0].label).toBe('1กข 1234');
    expect((await find('100% market')).reports).toHaveLength(1);
    expect((await find('100_ market')).reports).toHaveLength(0);
  });

  it('searches only what the agency holds, and audits searches without what was typed', async () => {
    const r = await find('Somchai Jaidee', other);
    expect(r.entities).toEqual([]);
    expect(r.reports).toEqual([]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'intel.search')
      .execute();
    expect(JSON.stringify(audit)).not.toContain('Somchai');
  });
});
