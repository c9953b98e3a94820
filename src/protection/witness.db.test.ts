import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// A presumed victim who is sheltered, has accepted one service and declined another, is asked about cooperating
// with the prosecution: she cooperates, then declines, then cooperates again — and nothing of her case moves. Her
// support measures (permits, reprisal risk to her family, hearing support, travel and subsistence) are recorded,
// validated and read back with their steps, the money paid per currency and the permits running out.

let t: TestApp;
let screener: string;
let worker: string;
let colleague: string;
let stranger: string;
let caseId: string;
const NOTE = 'CANARY-WITNESS-5T1 brother threatened in Myawaddy';
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const base = () => `/api/protection/cases/${caseId}`;
const witness = async (cookie = worker) => {
  const r = await api('GET', `${base()}/witness`, cookie);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const stance = (s: string, cookie = worker) =>
  api('POST', `${base()}/witness/cooperation`, cookie, { stance: s, on: day(0), language: 'my' });
const measure = (body: object, cookie = worker) => api('POST', `${base()}/witness/measures`, cookie, body);
const step = (id: string, body: object, cookie = worker) =>
  api('POST', `${base()}/witness/measures/${id}/status`, cookie, body);
const count = async (table: 'protection_witness_measures' | 'protection_cooperation') =>
  (await t.database.db.selectFrom(table).select('id').where('case_id', '=', caseId).execute()).length;
/** Everything of the case that is not witness support: its page, and its rows as stored. */
const everythingElse = async () => {
  const db = t.database.db;
  const page = (await api('GET', base(), worker)).json();
  const services = await db
    .selectFrom('protection_services')
    .selectAll()
    .where('case_id', '=', caseId)
    .execute();
  const events = await db
    .selectFrom('protection_service_events')
    .selectAll()
    .where(
      'service_id',
      'in',
      services.map((s) => s.id),
    )
    .orderBy('at')
    .execute();
  const stays = await db.selectFrom('protection_stays').selectAll().where('case_id', '=', caseId).execute();
  const c = await db.selectFrom('protection_cases').selectAll().where('id', '=', caseId).execute();
  return { page, services, events, stays, c };
};

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  colleague = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  caseId = await openCase(t, screener, worker);
  expect((await api('POST', `${base()}/owner`, worker)).statusCode).toBe(200);
  const needs = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: 'some',
    note: '',
  }));
  expect((await api('POST', `${base()}/needs`, worker, { language: 'my', needs })).statusCode).toBe(201);
  for (const [service, decision] of [
    ['shelter', 'accepted'],
    ['legal_aid', 'declined'],
  ] as const) {
    const offered = await api('POST', `${base()}/services`, worker, { service, language: 'my' });
    expect(offered.statusCode).toBe(201);
    const id = offered.json().serviceId;
    const r = await api('POST', `${base()}/services/${id}/decision`, worker, { decision, language: 'my' });
    expect(r.statusCode).toBe(200);
  }
  const stay = { place: 'Provincial shelter', startedOn: day(-5), freeToLeave: true };
  expect((await api('POST', `${base()}/stays`, worker, stay)).statusCode).toBe(201);
}, 90_000);
afterAll(() => t.close());

describe('witness support without pressure', () => {
  it('records the person’s stance as steps, and declining (and back) leaves every service as it was', async () => {
    expect((await witness()).cooperation).toEqual({ current: 'not_asked', since: null, history: [] });
    expect((await stance('cooperating')).statusCode).toBe(201);
    const before = await everythingElse();
    expect((await stance('declined')).statusCode).toBe(201);
    expect(await everythingElse()).toEqual(before);
    expect((await stance('cooperating')).statusCode).toBe(201);
    expect(await everythingElse()).toEqual(before);
    expect((await stance('declined')).statusCode).toBe(201);
    expect(await everythingElse()).toEqual(before);
    const w = await witness();
    expect(w.cooperation.current).toBe('declined');
    expect(w.cooperation.since).toBe(day(0));
    expect(w.cooperation.history.map((h: { stance: string }) => h.stance)).toEqual([
      'declined',
      'cooperating',
      'declined',
      'cooperating',
    ]);
    expect(w.cooperation.history[0]).toMatchObject({ language: 'my', by: before.page.owner });
    // Having declined, she is offered a service and takes it; the one she declined is hers to take again.
    const medical = await api('POST', `${base()}/services`, worker, { service: 'medical', language: 'my' });
    expect(medical.statusCode).toBe(201);
    const accepted = await api('POST', `${base()}/services/${medical.json().serviceId}/decision`, worker, {
      decision: 'accepted',
      language: 'my',
    });
    expect(accepted.statusCode).toBe(200);
    expect(
      (await api('POST', `${base()}/services`, worker, { service: 'legal_aid', language: 'my' })).statusCode,
    ).toBe(201);
    const statuses = Object.fromEntries(
      (await api('GET', base(), worker))
        .json()
        .services.map((s: { service: string; status: string }) => [s.service, s.status]),
    );
    expect(statuses).toEqual({ shelter: 'accepted', legal_aid: 'offered', medical: 'accepted' });
  });

  it('refuses measures whose details do not fit their kind, naming the field, and writes nothing', async () => {
    const cases: [object, RegExp][] = [
      [{ kind: 'work_permit' }, /^validUntil: a permit needs/],
      [{ kind: 'travel', currency: 'THB' }, /^amount: travel and subsistence need the amount/],
      [{ kind: 'subsistence', amount: 3000 }, /^currency: travel and subsistence need the currency/],
      [{ kind: 'reprisal_risk_family', reprisalLevel: 'serious' }, /^country: /],
      [{ kind: 'hearing_support', hearingOn: day(20), support: [] }, /^support: hearing support needs/],
      [
        { kind: 'witness_protection', amount: 10, currency: 'THB' },
        /^amount: not part of a witness_protection/,
      ],
      [{ kind: 'subsistence', amount: 3000, currency: 'XYZ' }, /body\.currency: must be an ISO 4217/],
      [{ kind: 'subsistence', amount: 30.001, currency: 'THB' }, /body\.amount: must have at most two/],
      [{ kind: 'reprisal_risk_family', reprisalLevel: 'some', country: 'XX' }, /body\.country: /],
      [{ kind: 'bribe' }, /body\.kind: /],
    ];
    for (const [body, message] of cases) {
      const r = await measure(body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().error.message).toMatch(message);
    }
    const unknown = await measure({ kind: 'bribe' });
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: 'body.kind' })]);
    expect(await count('protection_witness_measures')).toBe(0);
  });

  it('records measures with their steps, money paid per currency and permits running out', async () => {
    const ids: Record<string, string> = {};
    const add = async (name: string, body: object) => {
      const r = await measure(body);
      expect(r.statusCode, r.body).toBe(201);
      ids[name] = r.json().measureId;
    };
    await add('stay', { kind: 'temporary_stay_permit', validUntil: day(10), note: NOTE });
    await add('work', { kind: 'work_permit', validUntil: day(100) });
    await add('old', { kind: 'work_permit', validUntil: day(-1) });
    await add('refused', { kind: 'temporary_stay_permit', validUntil: day(5) });
    await add('risk', { kind: 'reprisal_risk_family', reprisalLevel: 'serious', country: 'MM' });
    await add('hearing', {
      kind: 'hearing_support',
      hearingOn: day(20),
      support: ['video_link', 'interpreter'],
    });
    await add('bus', { kind: 'travel', amount: 1500, currency: 'THB' });
    await add('food', { kind: 'subsistence', amount: 3000.5, currency: 'THB' });
    await add('usd', { kind: 'subsistence', amount: 50, currency: 'USD' });
    await add('unpaid', { kind: 'travel', amount: 200, currency: 'THB' });
    for (const name of ['stay', 'work', 'old'])
      expect((await step(ids[name] as string, { status: 'granted' })).statusCode).toBe(200);
    expect((await step(ids.refused as string, { status: 'refused' })).statusCode).toBe(200);
    // Money is provided on the date it was paid, and only money is.
    expect((await step(ids.bus as string, { status: 'provided' })).json().error.message).toMatch(/^paidOn: /);
    expect((await step(ids.hearing as string, { status: 'provided', paidOn: day(0) })).statusCode).toBe(400);
    for (const name of ['bus', 'food', 'usd'])
      expect((await step(ids[name] as string, { status: 'provided', paidOn: day(-1) })).statusCode).toBe(200);
    // Steps follow their order.
    const late = await step(ids.bus as string, { status: 'granted' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('travel: the measure is provided: nothing follows');
    expect((await step(ids.refused as string, { status: 'provided' })).statusCode).toBe(409);
    // A permit expired is asked for again and granted until a new date.
    expect((await step(ids.old as string, { status: 'expired' })).statusCode).toBe(200);
    const w = await witness();
    const byId = (id: string | undefined) => w.measures.find((m: { id: string }) => m.id === id);
    expect(w.paid).toEqual([
      { currency: 'THB', travel: 1500, subsistence: 3000.5, total: 4500.5 },
      { currency: 'USD', travel: 0, subsistence: 50, total: 50 },
    ]);
    expect(w.permitsExpiring).toEqual([
      { measureId: ids.stay, kind: 'temporary_stay_permit', validUntil: day(10), validity: 'expiring' },
      { measureId: ids.old, kind: 'work_permit', validUntil: day(-1), validity: 'expired' },
    ]);
    expect(byId(ids.work).validity).toBe('valid');
    expect(byId(ids.refused).validity).toBeNull();
    expect(byId(ids.stay)).toMatchObject({ status: 'granted', note: NOTE });
    expect(byId(ids.risk)).toMatchObject({
      reprisal: { level: 'serious', country: 'MM' },
      status: 'requested',
    });
    expect(byId(ids.hearing).hearing).toEqual({ on: day(20), support: ['video_link', 'interpreter'] });
    expect(byId(ids.old).steps.map((s: { status: string }) => s.status)).toEqual([
      'requested',
      'granted',
      'expired',
    ]);
    expect(byId(ids.food)).toMatchObject({
      amount: 3000.5,
      currency: 'THB',
      paidOn: day(-1),
      status: 'provided',
    });
    expect((await step(ids.old as string, { status: 'requested' })).statusCode).toBe(200);
    expect((await step(ids.old as string, { status: 'granted', validUntil: day(200) })).statusCode).toBe(200);
    const renewed = (await witness()).measures.find((m: { id: string }) => m.id === ids.old);
    expect(renewed).toMatchObject({ validUntil: day(200), validity: 'valid' });
    expect(renewed.steps.at(-1)).toMatchObject({ status: 'granted', validUntil: day(200) });
    const stored = await t.database.db.selectFrom('protection_witness_measures').select('note').execute();
    expect(JSON.stringify(stored)).not.toContain('CANARY');
  });

  it('is nobody else’s: another agency finds no case, a colleague who does not own it changes nothing', async () => {
    expect((await api('GET', `${base()}/witness`, stranger)).statusCode).toBe(404);
    expect((await stance('cooperating', stranger)).statusCode).toBe(404);
    expect((await measure({ kind: 'witness_protection' }, stranger)).statusCode).toBe(404);
    const before = [await count('protection_cooperation'), await count('protection_witness_measures')];
    expect((await stance('cooperating', colleague)).statusCode).toBe(403);
    expect((await measure({ kind: 'witness_protection' }, colleague)).statusCode).toBe(403);
    const anyMeasure = (await witness()).measures[0].id;
    expect((await step(anyMeasure, { status: 'refused' }, colleague)).statusCode).toBe(403);
    expect((await stance('cooperating', screener)).statusCode).toBe(403);
    expect([await count('protection_cooperation'), await count('protection_witness_measures')]).toEqual(
      before,
    );
    expect((await witness(colleague)).cooperation.current).toBe('declined');
  });

  it('audits every read and change with codes and ids only', async () => {
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'resource_id'])
      .where('action', 'like', 'protection.witness%')
      .orderBy('seq')
      .execute();
    const n = (action: string) => audits.filter((a) => a.action === action).length;
    expect(n('protection.witness_cooperation')).toBe(4);
    expect(n('protection.witness_measure')).toBe(10);
    expect(n('protection.witness_measure_status')).toBe(10);
    expect(n('protection.witness_read')).toBe(6);
    expect(audits.every((a) => a.resource_id === caseId)).toBe(true);
    const declined = audits.filter((a) => a.action === 'protection.witness_cooperation')[1];
    expect(declined?.detail).toEqual({ step: expect.any(String), stance: 'declined' });
    const firstMeasure = audits.find((a) => a.action === 'protection.witness_measure');
    expect(firstMeasure?.detail).toEqual({ measure: expect.any(String), kind: 'temporary_stay_permit' });
    // Nothing but ids and codes: no note, amount, country or date.
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const a of audits)
      for (const [key, value] of Object.entries(a.detail)) {
        expect(['step', 'stance', 'measure', 'kind', 'status']).toContain(key);
        expect(String(value)).toMatch(/^[a-z_]+$|^[0-9a-f-]{36}$/);
        if (key === 'step' || key === 'measure') expect(String(value)).toMatch(UUID);
      }
    expect(JSON.stringify(audits)).not.toContain('CANARY');
  });
});
