import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// A tip routed from an NGO to the police becomes a report in the language of the analyst who receives it: its
// title (with the kind of exploitation), provenance and facts, and the source the police file such reports under.
// The names, places and numbers stay as written.

let t: TestApp;
let police: string;
let hotline: string;
let analyst: string;

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object, language?: string) =>
  t.app.inject({
    method,
    url,
    ...withSession(cookie),
    ...(language ? { headers: { 'accept-language': language } } : {}),
    ...(payload ? { payload } : {}),
  });

/** A tip entered at the NGO and routed to the police: the routing's id. */
async function routedTip(text: string): Promise<string> {
  const entered = await api('POST', '/api/monitoring/intake', hotline, {
    channel: 'hotline',
    language: 'th',
    text,
    kind: 'labour',
    occurred: 'last week',
    place: { hint: 'Pier 3 fish market', country: 'TH' },
    peopleCount: 4,
    children: 'no',
    danger: 'medium',
    reporter: { name: 'Somchai', contact: '', consentToShare: false },
    people: [{ name: 'Wanna', role: 'victim', consentToShare: false, note: '' }],
    phones: [],
    plates: [],
  });
  expect(entered.statusCode, entered.body).toBe(201);
  const tipId = entered.json().id;
  const sent = await api('POST', `/api/monitoring/tips/${tipId}/route`, hotline, {
    toAgencyIds: [police],
    text: 'Workers at the pier cannot leave.',
  });
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.json().routings[0].id;
}

async function receivedReport(routingId: string, language: string) {
  const got = await api(
    'POST',
    `/api/monitoring/routings/${routingId}/receive`,
    analyst,
    { sourceGrade: '2', infoGrade: 'C' },
    language,
  );
  expect(got.statusCode, got.body).toBe(200);
  const report = await api('GET', `/api/intel/reports/${got.json().reportId}`, analyst);
  expect(report.statusCode, report.body).toBe(200);
  return report.json() as { title: string; provenance: string; items: { text: string }[] };
}

beforeAll(async () => {
  t = await startTestApp();
  const ngo = await insertAgency(t.database.db, 'Migrant network', 'ngo');
  police = await insertAgency(t.database.db, 'Anti-trafficking police', 'police');
  hotline = await signIn(t, await makeUser(t, ['hotline_operator'], { agencyId: ngo }));
  analyst = await signIn(t, await makeUser(t, ['analyst'], { agencyId: police }));
});
afterAll(async () => t?.close());

describe('a routed tip received into intelligence', () => {
  it('is written in Thai for an analyst who reads Thai, and so is the source made for the sender', async () => {
    const report = await receivedReport(await routedTip('First tip about the pier.'), 'th-TH,th;q=0.9');
    expect(report.title).toBe('เบาะแสที่ Migrant network ส่งต่อ: การบังคับใช้แรงงานหรือแสวงประโยชน์ด้านแรงงาน');
    expect(report.provenance).toMatch(/^Migrant network ส่งต่อผ่าน Lantern เมื่อวันที่ \d{4}-\d{2}-\d{2} /);
    expect(report.provenance).toContain('ผู้ส่งปกปิดตัวตนของผู้แจ้งไว้');
    expect(report.provenance).toContain('ปกปิดบุคคลที่ถูกระบุชื่อ 1 คน');
    expect(report.items[1]?.text).toBe(
      'ประเภท: การบังคับใช้แรงงานหรือแสวงประโยชน์ด้านแรงงาน สถานที่: Pier 3 fish market (TH) ช่วงเวลา: last week ผู้ตกอยู่ในความเสี่ยง: 4 คน เด็ก: ไม่มี ระดับอันตราย: มีการแสวงประโยชน์อยู่ ไม่มีอันตรายเฉพาะหน้า',
    );
    const sources = (await api('GET', '/api/intel/sources', analyst)).json().sources;
    expect(sources.map((s: { description: string }) => s.description)).toEqual([
      'เบาะแสและผลการตรวจที่ Migrant network ส่งต่อ',
    ]);
  });

  it('is written in English for an analyst who reads English', async () => {
    const report = await receivedReport(await routedTip('Second tip about the pier.'), 'en');
    expect(report.title).toBe('Tip routed by Migrant network: forced or exploited labour');
    expect(report.provenance).toMatch(
      /^Routed through Lantern by Migrant network on \d{4}-\d{2}-\d{2}\. The reporter’s identity was withheld by the sender\. 1 person named was withheld without their consent\.$/,
    );
    expect(report.items[1]?.text).toBe(
      'Kind: forced or exploited labour. Place: Pier 3 fish market (TH). When: last week. People at risk: 4. Children: no. Danger: Exploitation going on, no immediate danger.',
    );
  });
});
