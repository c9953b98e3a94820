import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// Four cases of 16-year-olds in a police unit's agency, transferred to a provincial social welfare office on
// Lantern or returned to an organisation in Myanmar: only on the person's consent, with only what they chose to
// share, cut at once when they withdraw it; a child's return waits for their protection steps.

let t: TestApp;
let worker: string;
let colleague: string;
let receiver: string;
let stranger: string;
let welfare: string;
let home: string;
const cases: string[] = [];
const NEEDS_NOTE = 'CANARY-NEEDS-7Q2 brother still at the boat';
const RETURN_NOTE = 'CANARY-RETURN-3X8 arrives by bus on Tuesday';
const today = new Date().toISOString().slice(0, 10);

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const send = (caseId: string, body: object, cookie = worker) =>
  api('POST', `/api/protection/cases/${caseId}/transfers`, cookie, {
    kind: 'transfer_in_country',
    toAgencyId: welfare,
    consent: true,
    language: 'my',
    items: ['age_group'],
    ...body,
  });
const inbox = async (cookie = receiver) =>
  (await api('GET', '/api/protection/transfers/inbox', cookie)).json();
const answer = (id: string, decision: string, cookie = receiver) =>
  api('POST', `/api/protection/transfers/${id}/answer`, cookie, { decision });
const withdraw = (caseId: string, id: string) =>
  api('POST', `/api/protection/cases/${caseId}/transfers/${id}/withdraw`, worker, { language: 'my' });
const stepOf = (caseId: string, id: string, body: object) =>
  api('POST', `/api/protection/cases/${caseId}/transfers/${id}/steps`, worker, body);
const transfersOf = (caseId: string, cookie = worker) =>
  api('GET', `/api/protection/cases/${caseId}/transfers`, cookie);
const count = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('protection_transfers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const receivingCase = async (id: string) =>
  (await api('GET', '/api/protection/cases', receiver)).json().cases.find((c: { id: string }) => c.id === id);

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  const screener = await signIn(t, officer);
  home = officer.agencyId;
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  colleague = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  welfare = await insertAgency(t.database.db, 'Provincial social welfare office (test)', 'services');
  t.clock.advance(31_000);
  receiver = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: welfare }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  for (let i = 0; i < 4; i++) {
    const id = await openCase(t, screener, worker, `T-${i}`);
    expect((await api('POST', `/api/protection/cases/${id}/owner`, worker)).statusCode).toBe(200);
    cases.push(id);
  }
  const needs = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: domain === 'family' ? 'urgent' : 'some',
    note: domain === 'family' ? NEEDS_NOTE : '',
  }));
  const c0 = cases[0] as string;
  expect(
    (await api('POST', `/api/protection/cases/${c0}/needs`, worker, { language: 'my', needs })).statusCode,
  ).toBe(201);
  const offer = { service: 'legal_aid', language: 'my' };
  expect((await api('POST', `/api/protection/cases/${c0}/services`, worker, offer)).statusCode).toBe(201);
}, 120_000);
afterAll(() => t.close());

describe('transfers and return referrals', () => {
  it('are refused without consent, with items outside the list or a wrong receiver, and write nothing', async () => {
    const id = cases[0] as string;
    const noConsent = await send(id, { consent: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.message).toMatch(
      /consent: a case is transferred only with the person's consent/,
    );
    const bad: [object, RegExp][] = [
      [{ items: ['pseudonym', 'home_address'] }, /items/],
      [{ toAgencyId: undefined }, /toAgencyId, toOrganisation/],
      [{ toOrganisation: 'Shelter in Yangon', toCountry: 'MM' }, /toAgencyId, toOrganisation/],
      [{ kind: 'return_to_origin' }, /country: a return names the country/],
      [{ kind: 'return_to_origin', country: 'XX' }, /country/],
      [{ items: ['pseudonym'] }, /a child's transfer shares the age group/],
      [{ items: ['age_group', 'sex'], sex: 'female' }, /sex/],
      [{ note: 'a note' }, /note: the note for the receiver/],
      [{ toAgencyId: '00000000-0000-0000-0000-000000000001' }, /no such agency/],
    ];
    for (const [body, message] of bad) {
      const r = await send(id, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().error.message).toMatch(message);
    }
    const own = await send(id, { toAgencyId: home });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.message).toMatch(/already your agency/);
    expect((await send(id, {}, colleague)).statusCode).toBe(403);
    expect((await send(id, {}, stranger)).statusCode).toBe(404);
    expect(await count()).toBe(0);
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'protection.transfer_send')
      .execute();
    expect(audits).toEqual([]);
  });

  it('reach the receiving agency with only the consented items, and nothing once consent is withdrawn', async () => {
    const id = cases[0] as string;
    const sent = await send(id, { items: ['services', 'age_group', 'needs'] });
    expect(sent.statusCode, sent.body).toBe(201);
    const transferId = sent.json().transferId as string;
    expect((await send(id, {})).statusCode).toBe(409);
    const { transfers } = await inbox();
    expect(transfers).toEqual([
      {
        id: transferId,
        kind: 'transfer_in_country',
        status: 'sent',
        fromAgency: expect.any(String),
        country: null,
        sentAt: expect.any(String),
        updatedAt: expect.any(String),
        completedOn: null,
        caseId: null,
        items: ['age_group', 'needs', 'services'],
        ageGroup: { group: '15-17', treatedAsChild: true },
        needs: ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
          domain,
          level: domain === 'family' ? 'urgent' : 'some',
        })),
        services: [{ service: 'legal_aid', status: 'offered' }],
      },
    ]);
    expect(JSON.stringify(transfers)).not.toMatch(/Person 7|CANARY/);
    // Another agency sees nothing, and neither it nor the sender answers for the receiver.
    expect((await inbox(stranger)).transfers).toEqual([]);
    expect((await answer(transferId, 'accepted', stranger)).statusCode).toBe(404);
    expect((await answer(transferId, 'accepted', worker)).statusCode).toBe(404);
    expect((await transfersOf(id, stranger)).statusCode).toBe(404);
    expect((await stepOf(id, transferId, { status: 'accepted' })).statusCode).toBe(409);
    // The person withdraws their consent: the receiver sees nothing more, and cannot accept it.
    const w = await withdraw(id, transferId);
    expect(w.json()).toEqual({ id: transferId, status: 'cancelled' });
    expect((await inbox()).transfers).toEqual([]);
    expect((await answer(transferId, 'accepted')).statusCode).toBe(404);
    expect((await withdraw(id, transferId)).statusCode).toBe(409);
    const listed = (await transfersOf(id)).json().transfers;
    expect(listed.map((x: { status: string }) => x.status)).toEqual(['cancelled']);
    expect(listed[0].steps.map((s: { status: string; language: string }) => [s.status, s.language])).toEqual([
      ['sent', 'my'],
      ['cancelled', 'my'],
    ]);
  });

  it('opens a case in the receiving agency on acceptance, with the pseudonym only when shared', async () => {
    const [, withName, without] = cases as [string, string, string];
    // The sex the person stated at screening (the fixture's screening records none) is what is shared.
    const { screening_id } = await t.database.db
      .selectFrom('protection_cases')
      .select('screening_id')
      .where('id', '=', withName)
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('screenings')
      .set({ sex: 'female' })
      .where('id', '=', screening_id)
      .execute();
    const a = await send(withName, {
      items: ['pseudonym', 'age_group', 'exploitation', 'language', 'sex', 'return_plan_note'],
      note: RETURN_NOTE,
    });
    expect(a.statusCode, a.body).toBe(201);
    const b = await send(without, { items: ['age_group'] });
    const [aId, bId] = [a.json().transferId as string, b.json().transferId as string];
    const arrived = (await inbox()).transfers.find((x: { id: string }) => x.id === aId);
    expect(arrived).toMatchObject({
      pseudonym: 'Person 7',
      sex: 'female',
      language: 'my',
      exploitation: 'labour',
      returnPlanNote: RETURN_NOTE,
    });
    expect(arrived.needs).toBeUndefined();
    const acceptA = await answer(aId, 'accepted');
    expect(acceptA.json()).toEqual({ id: aId, status: 'accepted', caseId: expect.any(String) });
    expect((await answer(aId, 'declined')).statusCode).toBe(409);
    const caseA = acceptA.json().caseId as string;
    expect(await receivingCase(caseA)).toMatchObject({
      pseudonym: 'Person 7',
      exploitation: 'labour',
      child: true,
      status: 'open',
      screeningId: null,
    });
    // Its page opens for the receiving caseworker, with no screening behind it.
    const opened = await api('GET', `/api/protection/cases/${caseA}`, receiver);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ pseudonym: 'Person 7', screeningId: null, child: true });
    const mine = (await transfersOf(caseA, receiver)).json();
    expect(mine.transfers).toEqual([]);
    expect(mine.arrivedBy).toMatchObject({ transferId: aId, status: 'accepted', pseudonym: 'Person 7' });
    const caseB = (await answer(bId, 'accepted')).json().caseId as string;
    const b2 = await receivingCase(caseB);
    expect(b2.pseudonym).toBe(`Transfer ${bId.slice(0, 8)}`);
    expect(b2.exploitation).toBeNull();
    // The sender records the arrival; consent is then no longer withdrawn from it.
    expect((await stepOf(without, bId, { status: 'completed', on: '2999-01-01' })).statusCode).toBe(400);
    expect((await stepOf(without, bId, { status: 'completed', on: today })).json()).toEqual({
      id: bId,
      status: 'completed',
    });
    expect((await withdraw(without, bId)).statusCode).toBe(409);
    // Withdrawn after acceptance: the receiving case is closed and keeps nothing that was shared.
    expect((await withdraw(withName, aId)).statusCode).toBe(200);
    expect(await receivingCase(caseA)).toMatchObject({
      pseudonym: `Transfer ${aId.slice(0, 8)}`,
      exploitation: null,
      status: 'closed',
    });
    expect((await inbox()).transfers.map((x: { id: string }) => x.id)).toEqual([bId]);
    const gone = (await transfersOf(caseA, receiver)).json().arrivedBy;
    expect(gone).toMatchObject({ status: 'cancelled', items: [] });
    expect(JSON.stringify(gone)).not.toMatch(/Person 7|CANARY/);
  });

  it("waits, for a child's return, until the child's protection steps are done", async () => {
    const id = cases[3] as string;
    const body = {
      kind: 'return_to_origin',
      toAgencyId: undefined,
      toOrganisation: 'Department of Social Welfare, Yangon (test)',
      toCountry: 'MM',
      country: 'MM',
    };
    const before = await count();
    const refused = await send(id, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.returnBlockers).toContain('no_guardian');
    expect(refused.json().error.details.returnBlockers).toContain('no_best_interests');
    expect(await count()).toBe(before);
    const step = async (s: object, approve = false) => {
      const r = await api('POST', `/api/protection/cases/${id}/child-steps`, worker, {
        detail: 'Recorded with the child',
        language: 'my',
        occurredOn: today,
        ...s,
      });
      expect(r.statusCode, r.body).toBe(201);
      if (approve) {
        const url = `/api/protection/cases/${id}/child-steps/${r.json().stepId}/approve`;
        expect((await api('POST', url, colleague)).statusCode).toBe(200);
      }
    };
    await step({ kind: 'guardian', outcome: 'state_appointed' });
    await step({ kind: 'child_views' });
    await step({ kind: 'best_interests_assessment' }, true);
    await step({ kind: 'best_interests_determination', outcome: 'return_to_family' }, true);
    await step({ kind: 'family_tracing', outcome: 'found' });
    expect((await send(id, body)).json().error.details.returnBlockers).toEqual(['family_not_safe']);
    await step({ kind: 'family_assessment', outcome: 'safe' });
    const sent = await send(id, body);
    expect(sent.statusCode, sent.body).toBe(201);
    const transferId = sent.json().transferId as string;
    // The organisation outside Lantern answers through the sender, who records the arrival.
    expect((await stepOf(id, transferId, { status: 'completed', on: today })).statusCode).toBe(409);
    expect((await stepOf(id, transferId, { status: 'accepted' })).statusCode).toBe(200);
    expect((await stepOf(id, transferId, { status: 'completed', on: today })).statusCode).toBe(200);
    const [listed] = (await transfersOf(id)).json().transfers;
    expect(listed).toMatchObject({
      kind: 'return_to_origin',
      status: 'completed',
      to: { agency: null, organisation: 'Department of Social Welfare, Yangon (test)', country: 'MM' },
      country: 'MM',
      completedOn: today,
    });
    expect(listed.steps.map((s: { status: string; on: string | null }) => [s.status, s.on])).toEqual([
      ['sent', null],
      ['accepted', null],
      ['completed', today],
    ]);
  });

  it('is audited with codes and ids only', async () => {
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'like', 'protection.transfer%')
      .execute();
    expect(new Set(audits.map((a) => a.action))).toEqual(
      new Set([
        'protection.transfer_send',
        'protection.transfer_answer',
        'protection.transfer_step',
        'protection.transfer_cancel',
        'protection.transfer_inbox',
        'protection.transfers_read',
      ]),
    );
    expect(JSON.stringify(audits)).not.toMatch(/Person 7|CANARY|Yangon/);
  });
});
