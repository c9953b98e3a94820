import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { openCase } from './case-fixture.ts';
import { compensationFigures } from './compensation-read.ts';

// A presumed victim of labour trafficking claims her unpaid wages: the claim is filed, 30,000 baht awarded and paid
// in two parts. A claim on confiscated assets names the seized cash it draws on (the agency's own, or shared with
// it; never another's, nor a running operation's). A civil claim she decides to withdraw is withdrawn.

let t: TestApp;
let worker: string;
let colleague: string;
let stranger: string;
let workerUser: TestUser;
let policeUser: TestUser;
let caseId: string;
const exhibits: Record<'own' | 'shared' | 'foreign' | 'running', string> = {
  own: '',
  shared: '',
  foreign: '',
  running: '',
};

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const base = () => `/api/protection/cases/${caseId}/compensation`;
const read = async (cookie = worker) => {
  const r = await api('GET', base(), cookie);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const claim = (body: object, cookie = worker) =>
  api('POST', base(), cookie, {
    route: 'labour_claim',
    forum: 'Labour Court, Region 7',
    amountClaimed: 45000,
    currency: 'THB',
    ...body,
  });
const status = (id: string, body: object, cookie = worker) =>
  api('POST', `${base()}/${id}/status`, cookie, body);
const pay = (id: string, amount: number, from = 'employer', cookie = worker) =>
  api('POST', `${base()}/${id}/payments`, cookie, { amount, receivedOn: '2026-11-20', from });
const claimCount = async () =>
  (await t.database.db.selectFrom('protection_claims').select('id').where('case_id', '=', caseId).execute())
    .length;

async function exhibit(owner: TestUser, operationId: string | null = null) {
  const x = await t.database.db
    .insertInto('exhibits')
    .values({
      ref: `EX-T-${crypto.randomUUID().slice(0, 8)}`,
      agency_id: owner.agencyId,
      operation_id: operationId,
      nature: 'physical',
      category: 'cash',
      description: 'Cash seized at the site office',
      collected_by: owner.id,
      collected_at: new Date(),
      collected_where: 'Site office',
      seal_number: 'S-1',
      hash_algorithm: null,
      digital_hash: null,
      state: 'in_custody',
      custodian: 'Evidence store',
      custodian_user_id: null,
      location: 'Evidence store',
      custody_count: 0,
      custody_head: '0'.repeat(64),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return x.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  workerUser = await makeUser(t, ['social_worker'], { agencyId: officer.agencyId });
  worker = await signIn(t, workerUser);
  t.clock.advance(31_000);
  colleague = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  policeUser = await makeUser(t, ['investigator']);
  caseId = await openCase(t, screener, worker);
  expect((await api('POST', `/api/protection/cases/${caseId}/owner`, worker)).statusCode).toBe(200);
  const db = t.database.db;
  exhibits.own = await exhibit(workerUser);
  exhibits.shared = await exhibit(policeUser);
  exhibits.foreign = await exhibit(policeUser);
  await db
    .insertInto('shares')
    .values({
      resource_type: 'exhibit',
      resource_id: exhibits.shared,
      agency_id: workerUser.agencyId,
      shared_by: policeUser.id,
    })
    .execute();
  const op = await sql<{ id: string }>`
    INSERT INTO operations (agency_id, code_name, status, target_label, place, plan, created_by, updated_by)
    VALUES (${workerUser.agencyId}, 'HERON', 'executing', 'Site', 'Site', '{}', ${workerUser.id}, ${workerUser.id})
    RETURNING id`.execute(db);
  exhibits.running = await exhibit(workerUser, op.rows[0]?.id);
}, 90_000);
afterAll(() => t.close());

describe('compensation', () => {
  let wages: string;

  it('follows a claim from preparation to money received, with totals per currency', async () => {
    const made = await claim({ prosecutionRef: 'CF-2026-114' });
    expect(made.statusCode, made.body).toBe(201);
    wages = made.json().claimId;
    expect((await status(wages, { status: 'filed', on: '2026-10-01' })).statusCode).toBe(200);
    const award = await status(wages, { status: 'awarded', on: '2026-11-02', amountAwarded: 30000 });
    expect(award.statusCode, award.body).toBe(200);
    const first = await pay(wages, 10000);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'partly_paid', received: 10000 });
    expect((await read()).claims[0]).toMatchObject({
      status: 'partly_paid',
      received: 10000,
      amountAwarded: 30000,
    });
    const second = await pay(wages, 20000, 'offender');
    expect(second.json()).toMatchObject({ status: 'paid_in_full', received: 30000 });
    const page = await read();
    expect(page.totals).toEqual([{ currency: 'THB', claimed: 45000, awarded: 30000, received: 30000 }]);
    const c = page.claims[0];
    expect(c).toMatchObject({
      route: 'labour_claim',
      forum: 'Labour Court, Region 7',
      amountClaimed: 45000,
      currency: 'THB',
      prosecutionRef: 'CF-2026-114',
      assetExhibitIds: [],
      status: 'paid_in_full',
      amountAwarded: 30000,
      received: 30000,
    });
    expect(c.steps.map((s: { status: string; on: string }) => [s.status, s.on])).toEqual([
      ['prepared', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
      ['filed', '2026-10-01'],
      ['awarded', '2026-11-02'],
      ['partly_paid', '2026-11-20'],
      ['paid_in_full', '2026-11-20'],
    ]);
    expect(c.steps[2].amountAwarded).toBe(30000);
    expect(c.payments.map((p: { amount: number; from: string }) => [p.amount, p.from])).toEqual([
      [10000, 'employer'],
      [20000, 'offender'],
    ]);
    expect(c.steps[3].paymentId).toBe(c.payments[0].id);
  });

  it('shows what the prosecution allocated to the claim from confiscated assets, by its ref and the claim id', async () => {
    const db = t.database.db;
    const pros = await db
      .insertInto('prosecution_cases')
      .values({
        agency_id: policeUser.agencyId,
        ref: 'CF-2026-114',
        title: 'Case',
        origin: 'intelligence',
        created_by: policeUser.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const asset = await db
      .insertInto('prosecution_assets')
      .values({
        agency_id: policeUser.agencyId,
        case_id: pros.id,
        n: 1,
        kind: 'bank_account',
        description: 'Account',
        currency: 'THB',
        status: 'confiscated',
        added_by: policeUser.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const allocate = (claimId: string | null, amount: number) =>
      db
        .insertInto('prosecution_asset_allocations')
        .values({
          agency_id: policeUser.agencyId,
          case_id: pros.id,
          case_ref: 'CF-2026-114',
          asset_id: asset.id,
          amount: String(amount),
          currency: 'THB',
          allocated_on: '2026-11-20',
          claim_id: claimId,
          recorded_by: policeUser.id,
        })
        .execute();
    await allocate(wages, 12000);
    // Another claim's allocation under the same ref, and one naming no claim: neither is this claim's.
    await allocate(null, 500);
    await allocate(crypto.randomUUID(), 700);
    const found = (await read()).claims.find((c: { id: string }) => c.id === wages);
    expect(found.allocated).toEqual([{ amount: 12000, currency: 'THB', allocatedOn: '2026-11-20' }]);
  });

  it('refuses steps out of order with a clear reason, and changes nothing', async () => {
    const early = (await claim({ route: 'state_victim_fund', forum: 'Victim fund committee' })).json()
      .claimId;
    const before = await read();
    type Call = () => ReturnType<typeof pay>;
    const refusals: [Call, number, string][] = [
      [() => pay(early, 5000), 409, 'A claim is paid only after it is awarded.'],
      [
        () => status(early, { status: 'awarded', on: '2026-11-01', amountAwarded: 5000 }),
        409,
        'state_victim_fund: a claim prepared can next be filed or withdrawn, not awarded',
      ],
      [
        () => status(early, { status: 'filed', on: '2026-11-01', amountAwarded: 5000 }),
        400,
        'amountAwarded: only an award carries an amount',
      ],
      [
        () => status(wages, { status: 'awarded', on: '2026-11-01' }),
        400,
        'amountAwarded: an award carries the amount awarded',
      ],
      [() => pay(wages, 1), 409, 'The claim is paid in full already.'],
      [
        () => status(wages, { status: 'withdrawn', on: '2026-11-21', language: 'my' }),
        409,
        'labour_claim: the claim is paid_in_full: nothing follows',
      ],
      [
        () => status(early, { status: 'withdrawn', on: '2026-11-21' }),
        400,
        'language: the person withdraws a claim in their language',
      ],
    ];
    for (const [request, code, message] of refusals) {
      const r = await request();
      expect(r.statusCode).toBe(code);
      expect(r.json().error.message).toBe(message);
    }
    expect((await pay(early, 0)).statusCode).toBe(400);
    expect((await read()).claims).toEqual(before.claims);
  });

  it('draws on seized assets the agency holds or was shared, naming a bad one', async () => {
    const ok = await claim({
      route: 'confiscated_assets',
      forum: 'Criminal Court',
      assetExhibitIds: [exhibits.own, exhibits.shared, exhibits.own],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const n = await claimCount();
    const missing = '00000000-0000-4000-8000-000000000001';
    for (const bad of [exhibits.foreign, missing, exhibits.running]) {
      const r = await claim({
        route: 'confiscated_assets',
        forum: 'Criminal Court',
        assetExhibitIds: [exhibits.own, bad],
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.message).toBe(
        `assetExhibitIds: ${bad} is not an exhibit your agency holds or was shared`,
      );
    }
    expect(await claimCount()).toBe(n);
    const found = (await read()).claims.find((c: { id: string }) => c.id === ok.json().claimId);
    expect([...found.assetExhibitIds].sort()).toEqual([exhibits.own, exhibits.shared].sort());
    // A try at a running operation's exhibit is a try at the operation: audited as refused.
    const refusal = await t.database.db
      .selectFrom('audit_log')
      .select(['outcome', 'detail'])
      .where('action', '=', 'operations.access')
      .execute();
    expect(refusal).toEqual([{ outcome: 'denied', detail: { need: 'member', via: 'exhibit' } }]);
  });

  it('records the person withdrawing a claim, in their language, and leaves it out of what is claimed', async () => {
    const civil = (
      await claim({ route: 'civil_claim_in_criminal_case', forum: 'Criminal Court', amountClaimed: 100000 })
    ).json().claimId;
    expect((await status(civil, { status: 'filed', on: '2026-11-03' })).statusCode).toBe(200);
    const w = await status(civil, { status: 'withdrawn', on: '2026-11-10', language: 'my' });
    expect(w.statusCode, w.body).toBe(200);
    const page = await read();
    const c = page.claims.find((x: { id: string }) => x.id === civil);
    expect(c.status).toBe('withdrawn');
    expect(c.steps.at(-1)).toMatchObject({ status: 'withdrawn', on: '2026-11-10', language: 'my' });
    expect((await status(civil, { status: 'filed', on: '2026-11-11' })).statusCode).toBe(409);
    // Claimed: wages 45,000, the fund 45,000 and the assets 45,000; the withdrawn 100,000 is not counted.
    expect(page.totals).toEqual([{ currency: 'THB', claimed: 135000, awarded: 30000, received: 30000 }]);
  });

  it('is changed by the case’s caseworker only, and another agency finds nothing', async () => {
    const n = await claimCount();
    expect((await claim({}, colleague)).statusCode).toBe(403);
    expect((await claim({ assetExhibitIds: [exhibits.foreign] }, colleague)).statusCode).toBe(403);
    expect((await pay(wages, 10, 'employer', colleague)).statusCode).toBe(403);
    expect((await api('GET', base(), stranger)).statusCode).toBe(404);
    expect((await claim({}, stranger)).statusCode).toBe(404);
    expect((await status(wages, { status: 'filed', on: '2026-11-01' }, stranger)).statusCode).toBe(404);
    expect(await claimCount()).toBe(n);
    expect((await read(colleague)).claims).toHaveLength(n);
  });

  it('audits reads and changes with codes and ids only', async () => {
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'resource_id'])
      .where('action', 'in', [
        'protection.claim_prepare',
        'protection.claim_status',
        'protection.claim_payment',
        'protection.compensation_read',
      ])
      .orderBy('seq')
      .execute();
    const n = (action: string) => audits.filter((a) => a.action === action).length;
    expect(n('protection.claim_prepare')).toBe(4);
    expect(n('protection.claim_status')).toBe(4);
    expect(n('protection.claim_payment')).toBe(2);
    expect(n('protection.compensation_read')).toBe(8);
    expect(audits.every((a) => a.resource_id === caseId)).toBe(true);
    const payment = audits.find((a) => a.action === 'protection.claim_payment');
    expect(payment?.detail).toEqual({
      claim: wages,
      payment: expect.stringMatching(/^[0-9a-f-]{36}$/),
      from: 'employer',
      status: 'partly_paid',
    });
    const assets = audits.filter((a) => a.action === 'protection.claim_prepare')[2];
    expect(assets?.detail).toEqual({
      claim: expect.any(String),
      route: 'confiscated_assets',
      exhibits: [exhibits.own, exhibits.shared],
    });
    const json = JSON.stringify(audits);
    for (const words of ['Labour Court', 'Criminal Court', 'CF-2026-114', '2026-11'])
      expect(json).not.toContain(words);
  });

  it('counts claims per route and status and sums the money received, for outcomes', async () => {
    expect(await compensationFigures(t.database.db, workerUser.agencyId)).toEqual({
      claims: [
        { route: 'civil_claim_in_criminal_case', status: 'withdrawn', count: 1 },
        { route: 'confiscated_assets', status: 'prepared', count: 1 },
        { route: 'labour_claim', status: 'paid_in_full', count: 1 },
        { route: 'state_victim_fund', status: 'prepared', count: 1 },
      ],
      received: [{ currency: 'THB', amount: 30000 }],
    });
    expect(await compensationFigures(t.database.db, policeUser.agencyId)).toEqual({
      claims: [],
      received: [],
    });
  });
});
