import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderedPages } from '../prosecution/pdf-testing.ts';
import { type TestApp, withSession } from '../server/testing.ts';
import { startDemoTestApp } from '../world/demo-testing.ts';
import { QUESTIONS } from './checklist.ts';

// Donor checklists on the demo: the M&E officer assesses a proposal for Udon Thani (where KINGFISHER removed 8
// people and arrested 2), the answers kept in the checklist's order, Lantern's figures for the place beside the
// questions (small ones as "fewer than 11"), the PDF holding the title; another agency cannot see it.

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
const send = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(users.get(who) ?? ''), ...(payload ? { payload } : {}) });
const YEAR = new Date().getUTCFullYear();
const TITLE = 'Safe recruitment hubs in Udon Thani';
const proposal = {
  title: TITLE,
  country: 'TH',
  province: 'Udon Thani',
  intervention: 'Village information points on safe migration to Thailand’s coastal factories.',
  funding: 'USD 240,000',
  durationMonths: 24,
  answers: [
    {
      question: 'evidence_base',
      answer: 'Removals and arrests in the province this year.',
      judgement: 'partly',
    },
    { question: 'impact', answer: 'Not stated.', judgement: 'not_met' },
  ],
};

beforeAll(async () => {
  ({ t } = await startDemoTestApp());
  for (const u of ['demo.me-officer', 'demo.coordinator', 'demo.analyst', 'demo.social-worker'])
    users.set(u, await signInAs(u));
}, 180_000);
afterAll(() => t.close());

describe('donor checklists', () => {
  let id = '';

  it('are written, listed with every question answered in order, and read with the place’s figures', async () => {
    const made = await send('POST', '/api/outcomes/checklists', 'demo.me-officer', proposal);
    expect(made.statusCode, made.body).toBe(201);
    id = made.json().id;
    const list = (await send('GET', '/api/outcomes/checklists', 'demo.coordinator')).json();
    expect(list.questions).toHaveLength(11);
    expect(list.checklists).toHaveLength(1);
    const c = list.checklists[0];
    expect(c).toMatchObject({ id, title: TITLE, place: 'Udon Thani, Thailand', durationMonths: 24 });
    expect(c.answers.map((a: { question: string }) => a.question)).toEqual(QUESTIONS.map((q) => q.code));
    expect(c.answers[0]).toEqual(proposal.answers[0]);
    expect(c.answers[1]).toEqual({ question: 'prior_evaluation', answer: '', judgement: 'not_known' });
    const one = await send('GET', `/api/outcomes/checklists/${id}`, 'demo.me-officer');
    expect(one.statusCode, one.body).toBe(200);
    const f = one.json().figures;
    const texts = (q: string) => f[q].map((l: { text: string }) => l.text);
    // 8 removed, 2 arrested: fewer than 11; nobody screened in the demo; the 60 tips lie in several provinces.
    expect(texts('links')).toEqual([
      `fewer than 11 arrests in Udon Thani in ${YEAR}`,
      `0 charges laid in Udon Thani in ${YEAR}`,
      `0 protection cases that accepted a service in Udon Thani in ${YEAR}`,
    ]);
    expect(texts('evidence_base')[0]).toBe(`0 presumed victims identified in Udon Thani in ${YEAR}`);
    expect(texts('prior_evaluation')[0]).toBe(`fewer than 11 operations concluded in Udon Thani in ${YEAR}`);
    // The M&E officer may not read the site ranking (it names sites): no site rank among the links.
    expect(JSON.stringify(f)).not.toMatch(/sites ranked/);
    expect(texts('cultural_fit')[0]).toMatch(
      /^\d+ of the 20 source communities ranked most vulnerable are in Udon Thani$/,
    );
    expect(f.monitoring[0].href).toBe(`#/outcomes?country=TH&province=Udon+Thani&from=${YEAR}-01-01`);
    expect(f.time_funding).toBeUndefined();
    expect(one.body).not.toMatch(/\b[1-9]\b (arrests|operations concluded|people removed)/);
  });

  it('are changed as a whole, and stay with their agency (another’s is not found)', async () => {
    const changed = await send('PUT', `/api/outcomes/checklists/${id}`, 'demo.coordinator', {
      ...proposal,
      answers: [{ question: 'urgency', answer: 'Recruiters active now.', judgement: 'met' }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const c = (await send('GET', `/api/outcomes/checklists/${id}`, 'demo.me-officer')).json().checklist;
    expect(c.answers.filter((a: { judgement: string }) => a.judgement !== 'not_known')).toEqual([
      { question: 'urgency', answer: 'Recruiters active now.', judgement: 'met' },
    ]);
    expect((await send('GET', `/api/outcomes/checklists/${id}`, 'demo.analyst')).statusCode).toBe(404);
    expect((await send('PUT', `/api/outcomes/checklists/${id}`, 'demo.analyst', proposal)).statusCode).toBe(
      404,
    );
    expect((await send('GET', '/api/outcomes/checklists', 'demo.analyst')).json().checklists).toEqual([]);
    expect((await send('GET', '/api/outcomes/checklists', 'demo.social-worker')).statusCode).toBe(403);
    const twice = await send('POST', '/api/outcomes/checklists', 'demo.me-officer', {
      ...proposal,
      answers: [proposal.answers[0], proposal.answers[0]],
    });
    expect(twice.statusCode).toBe(400);
    const bad = await send('POST', '/api/outcomes/checklists', 'demo.me-officer', {
      ...proposal,
      country: 'FR',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('give the analyst the count of top-ranked sites in the place', async () => {
    const made = await send('POST', '/api/outcomes/checklists', 'demo.analyst', proposal);
    expect(made.statusCode, made.body).toBe(201);
    const f = (await send('GET', `/api/outcomes/checklists/${made.json().id}`, 'demo.analyst')).json()
      .figures;
    expect(f.evidence_base.map((l: { text: string }) => l.text)).toContainEqual(
      expect.stringMatching(/^\d+ of the 20 sites ranked highest by evidence are in Udon Thani$/),
    );
  });

  it('print as a PDF holding the proposal, its answers and the figures, audited', async () => {
    const res = await send('GET', `/api/outcomes/checklists/${id}/pdf`, 'demo.me-officer');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await renderedPages(res.rawPayload)).map((p) => p.text).join('\n');
    for (const s of [
      TITLE,
      'Udon Thani, Thailand',
      'USD 240,000',
      '24 months',
      'Recruiters active now.',
      'Measurable and sustainable impact',
    ])
      expect(text).toContain(s);
    expect(text).toContain(`fewer than 11 arrests in Udon Thani in ${YEAR}`);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'like', 'outcomes.checklist_%')
      .where('resource_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'outcomes.checklist_created',
      'outcomes.checklist_read',
      'outcomes.checklist_updated',
      'outcomes.checklist_read',
      'outcomes.checklist_pdf',
    ]);
    expect(audit[0]?.detail).toEqual({ answered: 2 });
    expect(audit[4]?.detail).toEqual({
      sha256: res.headers['x-content-sha256'],
      bytes: res.rawPayload.length,
    });
  });

  it("print in the language ?lang= names (else the request's): labels, questions, figures and dates", async () => {
    const thai = await send('GET', `/api/outcomes/checklists/${id}/pdf?lang=th`, 'demo.me-officer');
    expect(thai.statusCode).toBe(200);
    const thaiText = (await renderedPages(thai.rawPayload))
      .map((p) => p.text)
      .join('\n')
      .normalize('NFKC')
      .replace(/\s+/g, '');
    for (const words of [
      TITLE,
      'UdonThani(ไทย)',
      'Recruitersactivenow.',
      '24เดือน',
      'ผลกระทบที่วัดได้และยั่งยืน',
      `การจับกุมในUdonThaniน้อยกว่า11ครั้งในปีพ.ศ.${YEAR + 543}`,
    ])
      expect(thaiText, words).toContain(words.replace(/\s+/g, '').normalize('NFKC'));
  });
});
