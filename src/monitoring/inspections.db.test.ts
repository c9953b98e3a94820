import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { inspectionForRouting } from './inspection-routing-view.ts';
import { dueFollowUps } from './inspections.ts';

// A labour inspector plans an unannounced inspection with a colleague; the visit is refused until both have stated
// their independence, and the colleague who states a conflict is taken off it. The visit records the workers
// present and three interviews, the findings on the ILO eleven and two breaches, an improvement order and a
// screening referral of two workers to a protection centre, whose screening officer sees exactly those two and
// starts a screening from one (taken up once). Another agency gets 404; the audit holds no pseudonym; the order
// is due a follow-up once its deadline passes, until a follow-up visit is made.

let t: TestApp;
let inspector: string;
let colleague: string;
let colleagueId: string;
let screener: string;
let stranger: string;
let labourId: string;
let centreId: string;
let id: string;
const CODES = ['CANARY-Worker-A7', 'CANARY-Worker-B8', 'CANARY-Worker-C9'];
const P = '/api/monitoring/inspections';
const iso = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const page = async (cookie = inspector) => {
  const r = await api('GET', `${P}/${id}`, cookie);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const WORKPLACE = {
  name: 'Mahachai Seafood Processing Co.',
  sector: 'Seafood processing',
  employer: 'Mahachai Seafood Processing Co. Ltd',
  address: 'Soi 4, Tha Chalom, Mueang Samut Sakhon',
  lat: 13.53,
  lon: 100.27,
  country: 'TH',
};
const VISIT = { visitedOn: iso(0), workers: { female: 14, male: 16, other: 0, under18: 2, migrant: 25 } };

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  labourId = await insertAgency(db, 'Labour Protection Office (test)', 'labour');
  centreId = await insertAgency(db, 'Protection Centre (test)', 'services');
  const a = await makeUser(t, ['labour_inspector'], { agencyId: labourId });
  const b = await makeUser(t, ['labour_inspector'], { agencyId: labourId });
  colleagueId = b.id;
  inspector = await signIn(t, a);
  t.clock.advance(31_000);
  colleague = await signIn(t, b);
  t.clock.advance(31_000);
  screener = await signIn(t, await makeUser(t, ['screening_officer'], { agencyId: centreId }));
  t.clock.advance(31_000);
  const otherLabour = await insertAgency(db, 'Another Labour Office (test)', 'labour');
  stranger = await signIn(t, await makeUser(t, ['labour_inspector'], { agencyId: otherLabour }));
});
afterAll(() => t?.close());

describe('a labour inspection', () => {
  it('is planned with a per-agency ref, the planner and a colleague on it', async () => {
    const r = await api('POST', P, inspector, {
      kind: 'unannounced',
      plannedOn: iso(0),
      workplace: WORKPLACE,
      inspectorIds: [colleagueId],
    });
    expect(r.statusCode, r.body).toBe(201);
    id = r.json().id;
    expect(r.json().ref).toBe(`LI-${iso(0).slice(0, 4)}-1`);
    const p = await page();
    expect(p.status).toBe('planned');
    expect(p.inspectors.map((i: { statement: null }) => i.statement)).toEqual([null, null]);
    expect(p.independence).toEqual({ onIt: 2, stated: 0, ready: false });
    expect(p.findings.set).toEqual({
      id: 'ilo-forced-labour-11',
      version: '2012',
      name: 'ILO indicators of forced labour (SAP-FL, 2012)',
    });
    expect(p.findings.indicators).toHaveLength(11);
  });

  it('refuses the visit until every inspector on it has stated no interest; a conflict takes one off', async () => {
    await api('POST', `${P}/interests`, colleague, {
      kind: 'relative',
      description: 'Brother-in-law supervises at Mahachai Seafood',
      declaredOn: iso(-100),
    });
    let v = await api('POST', `${P}/${id}/visit`, inspector, VISIT);
    expect(v.statusCode).toBe(409);
    expect(v.json().error.message).toMatch(/^Inspectors on LI-\d{4}-1 yet to state .*: 2 of 2\./);
    expect(
      (await api('POST', `${P}/${id}/independence`, inspector, { statement: 'no_interest' })).statusCode,
    ).toBe(200);
    v = await api('POST', `${P}/${id}/visit`, inspector, VISIT);
    expect(v.statusCode).toBe(409);
    expect(v.json().error.message).toMatch(/: 1 of 2\. The visit/);
    const c = await api('POST', `${P}/${id}/independence`, colleague, { statement: 'conflict' });
    expect(c.json()).toEqual({ id, statement: 'conflict', removed: true });
    const p = await page();
    const off = p.inspectors.find((i: { id: string }) => i.id === colleagueId);
    expect([off.statement, off.removedReason, off.interestsDeclared]).toEqual([
      'conflict',
      'conflict_declared',
      1,
    ]);
    expect(p.independence).toEqual({ onIt: 1, stated: 1, ready: true });
    v = await api('POST', `${P}/${id}/visit`, inspector, VISIT);
    expect(v.statusCode, v.body).toBe(200);
    expect((await page()).workers).toEqual({ female: 14, male: 16, other: 0, under18: 2, migrant: 25 });
  });

  it('records interviews, findings and breaches', async () => {
    for (const [i, code] of CODES.entries()) {
      const r = await api('POST', `${P}/${id}/interviews`, inspector, {
        code,
        private: i < 2,
        language: i === 1 ? 'km' : 'my',
        interpreter: true,
        sex: i === 0 ? 'female' : 'male',
        under18: i === 2,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const f = await api('PUT', `${P}/${id}/findings`, inspector, {
      indicators: [
        {
          id: 'ilo11.retention_of_identity_documents',
          answer: 'observed',
          workers: 12,
          observation: 'Passports in the office safe',
        },
        { id: 'ilo11.debt_bondage', answer: 'not_observed' },
      ],
      breaches: [
        { breach: 'excessive_hours', workers: 30, note: '' },
        { breach: 'documents_withheld', workers: 12, note: 'Kept by the supervisor' },
      ],
    });
    expect(f.json()).toEqual({ id, observed: 1, breaches: 2, revision: 1, duplicate: false });
    const bad = await api('PUT', `${P}/${id}/findings`, inspector, {
      indicators: [{ id: 'ilo11.deception', answer: 'observed', workers: 31, observation: '' }],
      breaches: [],
    });
    expect(bad.json().error.message).toBe(
      'indicators.ilo11.deception.observation: say what was seen or heard; indicators.ilo11.deception.workers: more than the 30 present',
    );
    const p = await page();
    expect(p.interviews.map((i: { code: string; private: boolean }) => [i.code, i.private])).toEqual([
      [CODES[0], true],
      [CODES[1], true],
      [CODES[2], false],
    ]);
    expect(
      p.findings.indicators
        .filter((i: { answer: string | null }) => i.answer !== null)
        .map((i: { id: string }) => i.id),
    ).toEqual(['ilo11.retention_of_identity_documents', 'ilo11.debt_bondage']);
    expect(p.findings.breaches.map((b: { label: string; workers: number }) => [b.label, b.workers])).toEqual([
      ['Excessive working hours', 30],
      ['Identity documents withheld by the employer', 12],
    ]);
  });

  it('refers two workers to screening with an improvement order; the centre sees exactly those two', async () => {
    const order = await api('POST', `${P}/${id}/outcomes`, inspector, {
      kind: 'improvement_order',
      items: 'Return the passports to the workers\nPay overtime',
      deadline: iso(30),
    });
    expect(order.statusCode, order.body).toBe(201);
    const p = await page();
    const [a, b] = p.interviews as { id: string }[];
    expect(p.choices.screeningAgencies.map((x: { name: string }) => x.name)).toEqual([
      'Another Labour Office (test)',
      'Labour Protection Office (test)',
      'Protection Centre (test)',
    ]);
    const ref = await api('POST', `${P}/${id}/outcomes`, inspector, {
      kind: 'screening_referral',
      toAgencyId: centreId,
      interviewIds: [a?.id, b?.id],
      reason: 'Passports held; both say they cannot leave',
    });
    expect(ref.json()).toMatchObject({ kind: 'screening_referral', referrals: 2 });
    const again = await api('POST', `${P}/${id}/outcomes`, inspector, {
      kind: 'screening_referral',
      toAgencyId: centreId,
      interviewIds: [a?.id],
      reason: 'Again',
    });
    expect([again.statusCode, again.json().error.message]).toEqual([
      409,
      'interviewIds: workers chosen who are already referred to this agency: 1',
    ]);
    const list = await api('GET', `${P}/referred-workers`, screener);
    expect(list.statusCode, list.body).toBe(200);
    const workers = list.json().workers as Record<string, unknown>[];
    expect(
      workers.map((w) => [w.pseudonym, w.language, w.sex, w.under18, w.inspectionRef, w.screeningId]).sort(),
    ).toEqual([
      [CODES[0], 'my', 'female', false, p.ref, null],
      [CODES[1], 'km', 'male', false, p.ref, null],
    ]);
    expect(workers[0]?.fromAgency).toBe('Labour Protection Office (test)');
    expect((await api('GET', `${P}/referred-workers`, stranger)).json().workers).toEqual([]);
  });

  it('starts a screening from a referral, once', async () => {
    const [w] = (await api('GET', `${P}/referred-workers`, screener)).json().workers as {
      id: string;
      pseudonym: string;
    }[];
    const start = (change: object) =>
      api('POST', '/api/screenings', screener, { ...screeningStart({ source: 'inspection' }), ...change });
    const page0 = await page();
    const wrongRef = await start({ sourceRef: 'LI-1900-9', inspectionReferralId: w?.id });
    expect(wrongRef.statusCode).toBe(400);
    const s = await start({ sourceRef: page0.ref, pseudonym: w?.pseudonym, inspectionReferralId: w?.id });
    expect(s.statusCode, s.body).toBe(201);
    expect([s.json().source, s.json().sourceRef]).toEqual(['inspection', page0.ref]);
    const twice = await start({ sourceRef: page0.ref, inspectionReferralId: w?.id });
    expect(twice.statusCode).toBe(409);
    const after = (await api('GET', `${P}/referred-workers`, screener)).json().workers as {
      id: string;
      screeningId: string | null;
    }[];
    expect(after.find((x) => x.id === w?.id)?.screeningId).toBe(s.json().id);
    expect((await api('GET', '/api/screenings', screener)).json().screenings).toHaveLength(1);
    const p = await page();
    const referral = p.outcomes[1].referrals.find((r: { takenUp: boolean }) => r.takenUp);
    expect(referral.toAgency).toBe('Protection Centre (test)');
  });

  it('is not found for another agency', async () => {
    expect((await api('GET', `${P}/${id}`, stranger)).statusCode).toBe(404);
    expect((await api('POST', `${P}/${id}/outcomes`, stranger, { kind: 'warning' })).statusCode).toBe(404);
    expect(
      (await api('POST', `${P}/${id}/independence`, stranger, { statement: 'no_interest' })).statusCode,
    ).toBe(404);
    const list = await api('GET', P, stranger);
    expect(list.json().inspections).toEqual([]);
  });

  it('gives routing a summary in words with no worker identity', async () => {
    const actor = {
      kind: 'user' as const,
      userId: null,
      agencyId: labourId,
      roles: [],
      permissions: new Set([]),
      label: 'test',
    };
    const r = await inspectionForRouting(t.database.db, t.config.secretKeys, actor, id);
    expect(r).toMatchObject({
      id,
      agencyId: labourId,
      kind: 'labour',
      children: true,
      danger: 'high',
      lat: 13.53,
    });
    expect(r.text).toBe(
      `Labour inspection ${r.ref}, unannounced visit on ${iso(0)}, of Mahachai Seafood Processing Co. (Seafood processing), employer Mahachai Seafood Processing Co. Ltd, Soi 4, Tha Chalom, Mueang Samut Sakhon, TH. 30 workers present (14 women, 16 men, 2 under 18, 25 migrants). 3 workers interviewed, 2 of them out of the employer's sight and hearing. Forced-labour indicators observed: Retention of identity documents (12 workers). Labour-law breaches: Excessive working hours (30 workers); Identity documents withheld by the employer (12 workers). Outcomes: Improvement order, to comply by ${iso(30)}; Workers referred to screening (2 workers).`,
    );
    for (const c of CODES) expect(r.text).not.toContain(c);
    await expect(
      inspectionForRouting(t.database.db, t.config.secretKeys, { ...actor, agencyId: centreId }, id),
    ).rejects.toThrow('No such inspection in your agency.');
  });

  it('audits every step with ids and counts, never a pseudonym or a note', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('resource_type', '=', 'labour_inspection')
      .orderBy('seq')
      .execute();
    const text = JSON.stringify(rows);
    for (const c of [...CODES, 'Passports', 'Brother-in-law', 'Return the passports'])
      expect(text).not.toContain(c);
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'monitoring.inspection_interview')).toHaveLength(3);
    expect(actions.filter((a) => a === 'monitoring.inspection_outcome')).toHaveLength(2);
    expect(actions.filter((a) => a === 'monitoring.inspection_independence')).toHaveLength(2);
    expect(actions.filter((a) => a === 'monitoring.inspection_visit')).toHaveLength(1);
  });

  it('lists the order as due a follow-up once its deadline passes, until a follow-up visit', async () => {
    const db = t.database.db;
    expect((await api('GET', P, inspector)).json().followUpsDue).toEqual([]);
    const due = await dueFollowUps(db, labourId, iso(31));
    expect(due.map((d) => [d.ref, d.deadline, d.plannedFollowUp])).toEqual([
      [`LI-${iso(0).slice(0, 4)}-1`, iso(30), null],
    ]);
    const f = await api('POST', P, inspector, { kind: 'follow_up', followsId: id, plannedOn: iso(0) });
    expect(f.statusCode, f.body).toBe(201);
    expect((await dueFollowUps(db, labourId, iso(31)))[0]?.plannedFollowUp).toEqual({
      id: f.json().id,
      ref: f.json().ref,
    });
    await api('POST', `${P}/${f.json().id}/independence`, inspector, { statement: 'no_interest' });
    const v = await api('POST', `${P}/${f.json().id}/visit`, inspector, VISIT);
    expect(v.statusCode, v.body).toBe(200);
    expect(await dueFollowUps(db, labourId, iso(31))).toEqual([]);
    const p = await page();
    expect(p.followUps.map((x: { ref: string; status: string }) => [x.ref, x.status])).toEqual([
      [f.json().ref, 'visited'],
    ]);
    const fp = (await api('GET', `${P}/${f.json().id}`, inspector)).json();
    expect([fp.kind, fp.follows.ref, fp.workplace.name]).toEqual(['follow_up', p.ref, WORKPLACE.name]);
  });
});
