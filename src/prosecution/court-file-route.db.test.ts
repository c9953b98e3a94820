import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { insertOperation, logArrest, seizeExhibit, share } from './case-fixture.ts';
import { renderedPages } from './pdf-testing.ts';

// The file for court from the API: a PDF of the case (an arrest, an exhibit shared with the office), the same
// bytes for the same generation time, its SHA-256 in the audit log; another office gets nothing.

let t: TestApp;
let prosecutor: string;
let stranger: string;
let caseId: string;

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });

beforeAll(async () => {
  t = await startTestApp();
  const police = await makeUser(t, ['investigator']);
  const office = await insertAgency(t.database.db, 'Provincial prosecution office', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: office }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['prosecutor']));
  const op = await insertOperation(t, police, { codeName: 'HERON', status: 'concluded' });
  await logArrest(t, police, op, 'สมชาย ก.', null, 1);
  const ledger = await seizeExhibit(t, police, op, 'Debt ledger', 0);
  await share(t, police, 'operation', op, office);
  await share(t, police, 'exhibit', ledger.id, office);
  const opened = await t.app.inject({
    method: 'POST',
    url: '/api/prosecution/cases',
    ...withSession(prosecutor),
    payload: { operationId: op },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.json().id;
}, 120_000);
afterAll(() => t.close());

describe('the file for court', () => {
  it('is a PDF, the same bytes for the same generation time, its hash audited', async () => {
    const url = `/api/prosecution/cases/${caseId}/court-file.pdf?generatedAt=2026-12-01T08:00:00.000Z`;
    const a = await get(url, prosecutor);
    expect(a.statusCode, a.body.slice(0, 200)).toBe(200);
    expect(a.headers['content-type']).toBe('application/pdf');
    expect(a.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const b = await get(url, prosecutor);
    expect(b.headers['x-content-sha256']).toBe(a.headers['x-content-sha256']);
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'prosecution.court_file_pdf')
      .execute();
    expect(audited.map((r) => (r.detail as { sha256: string }).sha256)).toEqual([
      a.headers['x-content-sha256'],
      a.headers['x-content-sha256'],
    ]);
  });

  it("carries the court's events in its timeline", async () => {
    const hearing = await t.app.inject({
      method: 'POST',
      url: `/api/prosecution/cases/${caseId}/hearings`,
      ...withSession(prosecutor),
      payload: { kind: 'trial', at: '2026-11-25T02:00:00.000Z', court: 'Provincial Court of Samut Sakhon' },
    });
    expect(hearing.statusCode, hearing.body).toBe(201);
    const pdf = await get(`/api/prosecution/cases/${caseId}/court-file.pdf`, prosecutor);
    const text = (await renderedPages(pdf.rawPayload)).map((p) => p.text).join(' ');
    expect(text).toContain('Trial hearing at Provincial Court of Samut Sakhon');
  });

  it("is written in the request's language, or the one ?lang= names; the court's name as recorded", async () => {
    const words = async (url: string, language: string) => {
      const pdf = await t.app.inject({
        method: 'GET',
        url,
        ...withSession(prosecutor),
        headers: { 'accept-language': language },
      });
      expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
      const pages = await renderedPages(pdf.rawPayload);
      return pages
        .map((p) => p.text)
        .join(' ')
        .normalize('NFKC')
        .replace(/\s+/g, '');
    };
    const url = `/api/prosecution/cases/${caseId}/court-file.pdf`;
    const thai = await words(url, 'th,en;q=0.5');
    for (const s of ['สำนวนคดีเพื่อยื่นต่อศาล', 'จับกุมสมชายก.', 'การสืบพยานณProvincialCourtofSamutSakhon'])
      expect(thai, s).toContain(s.normalize('NFKC'));
    expect(thai).not.toContain('Trialhearing');
    const chinese = await words(`${url}?lang=zh`, 'th');
    expect(chinese).toContain('移送法院案卷');
    expect(chinese).toContain('ProvincialCourtofSamutSakhon：开庭审理'.normalize('NFKC'));
  });

  it('is nothing to another office', async () => {
    expect((await get(`/api/prosecution/cases/${caseId}/court-file.pdf`, stranger)).statusCode).toBe(404);
  });
});
