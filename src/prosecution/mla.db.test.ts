import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// Requests for mutual legal assistance from a Thai case file: one to Malaysia for bank records and a freezing of
// the broker's assets, tied to him and his charge, taken drafted → sent (a response due in 10 days, listed with
// the office's deadlines) → acknowledged (the due date moved) → executed (the deadline met); one withdrawn while
// drafted. Steps out of order, unknown countries and another case's suspect refused with nothing changed; another
// office's prosecutor gets 404; the audit log holds ids and codes only.

let t: TestApp;
let prosecutor: string;
let stranger: string;
let caseId: string;
let otherCaseSuspect: string;
let broker: string;
let charge: string;
let first: { mlaId: string; ref: string };
const AUTHORITY = 'CANARY-AUTH Attorney General’s Chambers, International Division';

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = prosecutor) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const base = () => `/api/prosecution/cases/${caseId}`;
const step = (mlaId: string, body: object, cookie = prosecutor) =>
  api('POST', `${base()}/mla/${mlaId}/steps`, body, cookie);
const mla = async () => (await api('GET', `${base()}/court`)).json().mla;
const reminders = async () =>
  (await api('GET', '/api/prosecution/deadlines')).json().deadlines as { kind: string; dueOn: string }[];
const rows = async () => {
  const n = async (table: 'prosecution_mla_requests' | 'prosecution_mla_steps' | 'prosecution_mla_links') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [
    await n('prosecution_mla_requests'),
    await n('prosecution_mla_steps'),
    await n('prosecution_mla_links'),
  ];
};

beforeAll(async () => {
  t = await startTestApp();
  const officeId = await insertAgency(t.database.db, 'Office asking abroad', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: officeId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['prosecutor']));
  const open = async (title: string) => (await api('POST', '/api/prosecution/cases', { title })).json().id;
  const other = await open('Another case');
  otherCaseSuspect = (
    await api('POST', `/api/prosecution/cases/${other}/suspects`, { label: 'Someone else' })
  ).json().suspectId;
  caseId = await open('Cross-border recruitment');
  broker = (await api('POST', `${base()}/suspects`, { label: 'Broker in Johor', role: 'broker' })).json()
    .suspectId;
  charge = (
    await api('POST', `${base()}/charges`, {
      suspectId: broker,
      country: 'TH',
      offence: 'TH-ATIP-6',
      victims: 'adults',
    })
  ).json().chargeId;
}, 120_000);
afterAll(() => t.close());

describe('requests for mutual legal assistance', () => {
  it('drafts a request to another country, tied to the suspect and his charge', async () => {
    const r = await api('POST', `${base()}/mla`, {
      toCountry: 'MY',
      authority: AUTHORITY,
      asks: ['records', 'asset_freezing', 'records'],
      suspectIds: [broker],
      chargeIds: [charge],
    });
    expect(r.statusCode, r.body).toBe(201);
    first = r.json();
    expect(first.ref).toMatch(/^PC-\d{4}-\d{6}\/MLA1$/);
    expect(await mla()).toEqual([
      {
        id: first.mlaId,
        ref: first.ref,
        toCountry: 'MY',
        authority: AUTHORITY,
        asks: ['records', 'asset_freezing'],
        note: '',
        status: 'drafted',
        responseDueOn: null,
        steps: [{ status: 'drafted', on: day(0) }],
        suspectIds: [broker],
        chargeIds: [charge],
      },
    ]);
  });

  it('refuses an unknown country, nothing asked, no one concerned or another case’s suspect, writing nothing', async () => {
    const before = await rows();
    const draft = (body: object) =>
      api('POST', `${base()}/mla`, {
        toCountry: 'LA',
        authority: 'Ministry of Justice',
        asks: ['evidence'],
        ...body,
      });
    const xx = await draft({ toCountry: 'XX', suspectIds: [broker] });
    expect(xx.statusCode).toBe(400);
    expect(xx.body).toMatch(/ISO 3166/);
    expect((await draft({ asks: [], suspectIds: [broker] })).statusCode).toBe(400);
    const nobody = await draft({});
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.message).toMatch(/^suspectIds: name the suspects or the charges/);
    const foreign = await draft({ suspectIds: [broker, otherCaseSuspect] });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe(`suspectIds: ${otherCaseSuspect} not in this case file.`);
    expect(await rows()).toEqual(before);
  });

  it('moves through its steps in order, its response due listed with the deadlines until it is executed', async () => {
    const before = await rows();
    const skip = await step(first.mlaId, { status: 'executed', on: day(0) });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe(
      `status: request ${first.ref} is drafted; it cannot become executed (next: sent, withdrawn).`,
    );
    const early = await step(first.mlaId, { status: 'sent', on: day(0), responseDueOn: day(-1) });
    expect(early.statusCode).toBe(400);
    expect(await rows()).toEqual(before);

    const sent = await step(first.mlaId, { status: 'sent', on: day(0), responseDueOn: day(10) });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().deadline).toMatchObject({ kind: 'mla_response', dueOn: day(10) });
    expect(await reminders()).toEqual([expect.objectContaining({ kind: 'mla_response', dueOn: day(10) })]);
    const acknowledged = await step(first.mlaId, {
      status: 'acknowledged',
      on: day(0),
      responseDueOn: day(5),
    });
    expect(acknowledged.statusCode).toBe(200);
    expect((await reminders()).map((d) => d.dueOn)).toEqual([day(5)]);
    expect((await step(first.mlaId, { status: 'executed', on: day(0) })).statusCode).toBe(200);
    expect(await reminders()).toEqual([]);
    const closed = await step(first.mlaId, { status: 'withdrawn', on: day(0) });
    expect(closed.json().error.message).toMatch(/is executed; it cannot become withdrawn \(it is closed\)/);

    const [request] = await mla();
    expect(request).toMatchObject({ status: 'executed', responseDueOn: day(5) });
    expect(request.steps.map((s: { status: string }) => s.status)).toEqual([
      'drafted',
      'sent',
      'acknowledged',
      'executed',
    ]);
    const deadlines = (await api('GET', `${base()}/court`)).json().deadlines;
    expect(deadlines.map((d: { dueOn: string; closure: string }) => [d.dueOn, d.closure])).toEqual([
      [day(5), 'met'],
      [day(10), 'superseded'],
    ]);
  });

  it('withdraws a request while drafted', async () => {
    const second = await api('POST', `${base()}/mla`, {
      toCountry: 'CN',
      authority: 'Ministry of Public Security',
      asks: ['extradition'],
      suspectIds: [broker],
    });
    expect(second.json().ref).toMatch(/\/MLA2$/);
    const w = await step(second.json().mlaId, { status: 'withdrawn', on: day(0) });
    expect(w.json()).toEqual({ mlaId: second.json().mlaId, status: 'withdrawn', deadline: null });
  });

  it('gives another office 404 and audits with ids and codes only', async () => {
    const before = await rows();
    const draft = await api(
      'POST',
      `${base()}/mla`,
      { toCountry: 'MY', authority: 'x', asks: ['evidence'], suspectIds: [broker] },
      stranger,
    );
    expect(draft.statusCode).toBe(404);
    expect((await step(first.mlaId, { status: 'withdrawn', on: day(0) }, stranger)).statusCode).toBe(404);
    expect(await rows()).toEqual(before);
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['prosecution.mla_draft', 'prosecution.mla_step'])
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'prosecution.mla_draft',
      'prosecution.mla_step',
      'prosecution.mla_step',
      'prosecution.mla_step',
      'prosecution.mla_draft',
      'prosecution.mla_step',
    ]);
    expect(audits[0]?.detail).toEqual({
      mla: first.mlaId,
      toCountry: 'MY',
      asks: ['records', 'asset_freezing'],
      suspects: [broker],
      charges: [charge],
    });
    expect(JSON.stringify(audits)).not.toContain('CANARY');
  });
});
