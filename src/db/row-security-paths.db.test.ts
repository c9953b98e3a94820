import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, executingOperation, operationCast } from '../operations/operation-fixture.ts';
import { openCase } from '../protection/case-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';

// The reads that go through the scoped reader (row-security.ts) really do: with a table's policy turned to "no
// row", each route's answer loses that table's rows although the application's own checks let the reader in. A
// read taken off the reader would fail here. Both engines.

let t: TestApp;
let c: Cast;
let op: string;
let exhibit: string;
let caseId: string;
let screeningId: string;
let screener: string;
let worker: string;
let elsewhere: string;

const get = async (url: string, cookie: string) => {
  const res = await c.call('GET', url, cookie);
  return { status: res.statusCode, body: res.statusCode === 200 ? res.json() : null };
};

/** Runs `fn` while the table's policy lets no row through, then puts the policy back as it was. */
async function walled<T>(table: string, fn: () => Promise<T>): Promise<T> {
  const db = t.database.db;
  const found = await sql<{ qual: string }>`
    SELECT qual FROM pg_policies WHERE tablename = ${table} AND policyname = 'lantern_scope'`.execute(db);
  const qual = found.rows[0]?.qual;
  if (!qual) throw new Error(`no policy on ${table}`);
  await sql.raw(`ALTER POLICY lantern_scope ON ${table} USING (false)`).execute(db);
  try {
    return await fn();
  } finally {
    await sql.raw(`ALTER POLICY lantern_scope ON ${table} USING (${qual})`).execute(db);
  }
}

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  op = (await executingOperation(c, 'KESTREL')).id;
  const ledger = await c.call('POST', `/api/operations/plans/${op}/log`, c.cookies.investigator, {
    id: randomUUID(),
    kind: 'exhibit',
    occurredAt: new Date().toISOString(),
    exhibit: {
      nature: 'physical',
      category: 'ledger',
      description: 'Debt ledger',
      where: 'Office desk',
      sealNumber: 'S-1',
      digitalHash: null,
    },
  });
  expect(ledger.statusCode, ledger.body).toBe(201);
  exhibit = ledger.json().exhibitId;
  const officer = await makeUser(t, ['screening_officer']);
  screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  caseId = await openCase(t, screener, worker, 'RLS-1');
  screeningId = (await get(`/api/protection/cases/${caseId}`, worker)).body.screeningId;
  const db = t.database.db;
  const provider = await db
    .insertInto('service_providers')
    .values({
      agency_id: null,
      name: 'Shelter',
      kind: 'shelter',
      languages: ['my'],
      area: '',
      accepts_children: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const referral = await c.call('POST', `/api/screenings/${screeningId}/referrals`, screener, {
    providerId: provider.id,
    consent: true,
    sharedItems: ['pseudonym'],
  });
  expect(referral.statusCode, referral.body).toBe(201);
  // The person agrees that a prosecutor's agency sees their case's exploitation.
  const prosecutor = await makeUser(t, ['prosecutor']);
  t.clock.advance(31_000);
  elsewhere = await signIn(t, prosecutor);
  await db
    .insertInto('protection_consents')
    .values({
      id: randomUUID(),
      agency_id: officer.agencyId,
      case_id: caseId,
      item: 'exploitation',
      recipient_agency_id: prosecutor.agencyId,
      language: 'en',
      given_by: officer.id,
    })
    .execute();
}, 180_000);
afterAll(() => t.close());

describe('the routes read through the database wall', () => {
  it('operations: the list, an operation, its log and its exhibits', async () => {
    const planner = c.cookies.planner;
    const deputy = c.cookies.deputy;
    expect((await get('/api/operations/plans', planner)).body.total).toBe(1);
    expect((await get(`/api/operations/plans/${op}/log`, deputy)).body.entries.length).toBeGreaterThan(0);
    expect((await get(`/api/operations/plans/${op}/exhibits`, deputy)).body.exhibits).toHaveLength(1);
    await walled('operations', async () => {
      expect((await get('/api/operations/plans', planner)).body.total).toBe(0);
      expect((await get(`/api/operations/plans/${op}`, planner)).status).toBe(404);
    });
    await walled('operation_members', async () => {
      // The page's team is read through the wall too.
      expect((await get(`/api/operations/plans/${op}`, planner)).body.members).toEqual([]);
    });
    await walled('operation_log', async () => {
      expect((await get(`/api/operations/plans/${op}/log`, deputy)).body.entries).toEqual([]);
    });
    // An entry's corrections are read through the wall too (a commander corrects the evidence team's entry).
    const [entry] = (await get(`/api/operations/plans/${op}/log`, deputy)).body.entries;
    const fixed = await c.call('POST', `/api/operations/plans/${op}/log/${entry.id}/corrections`, deputy, {
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      baseRevision: 0,
      text: 'The ledger was in the desk drawer',
    });
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect((await get(`/api/operations/plans/${op}/log`, deputy)).body.entries[0].corrections).toHaveLength(
      1,
    );
    await walled('operation_log_corrections', async () => {
      expect((await get(`/api/operations/plans/${op}/log`, deputy)).body.entries[0].corrections).toEqual([]);
    });
    await walled('exhibits', async () => {
      expect((await get(`/api/operations/plans/${op}/exhibits`, deputy)).body.exhibits).toEqual([]);
    });
  });

  it('decisions: the list and one decision', async () => {
    const planner = c.cookies.planner;
    expect((await get('/api/operations/decisions', planner)).body.total).toBeGreaterThan(0);
    await walled('intervention_decisions', async () => {
      expect((await get('/api/operations/decisions', planner)).body.total).toBe(0);
      expect((await get(`/api/operations/decisions/${c.decision.id}`, planner)).status).toBe(404);
    });
    expect((await get(`/api/operations/decisions/${c.decision.id}`, planner)).status).toBe(200);
  });

  it('evidence: an exhibit and its chain of custody', async () => {
    const reader = c.cookies.investigator;
    const record = await get(`/api/evidence/exhibits/${exhibit}`, reader);
    expect(record.status).toBe(200);
    expect(record.body.custody.length).toBeGreaterThan(0);
    await walled('exhibits', async () => {
      expect((await get(`/api/evidence/exhibits/${exhibit}`, reader)).status).toBe(404);
    });
    await walled('custody_events', async () => {
      expect((await get(`/api/evidence/exhibits/${exhibit}`, reader)).body.custody).toEqual([]);
    });
  });

  it('screening: the list and one screening', async () => {
    expect((await get('/api/screenings', screener)).body.total).toBe(1);
    const one = (await get(`/api/screenings/${screeningId}`, screener)).body;
    expect(one.referrals).toHaveLength(1);
    expect(one.protectionCase).not.toBeNull();
    await walled('referrals', async () => {
      expect((await get(`/api/screenings/${screeningId}`, screener)).body.referrals).toEqual([]);
    });
    await walled('protection_cases', async () => {
      expect((await get(`/api/screenings/${screeningId}`, screener)).body.protectionCase).toBeNull();
    });
    await walled('screenings', async () => {
      expect((await get('/api/screenings', screener)).body.total).toBe(0);
      expect((await get(`/api/screenings/${screeningId}`, screener)).status).toBe(404);
    });
    expect((await get(`/api/screenings/${screeningId}`, screener)).status).toBe(200);
  });

  it('protection: the list and a case page', async () => {
    expect((await get('/api/protection/cases', worker)).body.total).toBe(1);
    await walled('protection_cases', async () => {
      expect((await get('/api/protection/cases', worker)).body.total).toBe(0);
      expect((await get(`/api/protection/cases/${caseId}`, worker)).status).toBe(404);
    });
    expect((await get(`/api/protection/cases/${caseId}`, worker)).status).toBe(200);
    await walled('protection_consents', async () => {
      expect((await get(`/api/protection/cases/${caseId}`, worker)).body.consents).toEqual([]);
    });
  });

  it("protection: a case as shared with another agency, by the person's consent", async () => {
    expect((await get('/api/protection/shared', elsewhere)).body.cases).toHaveLength(1);
    expect((await get(`/api/protection/shared/${caseId}`, elsewhere)).body.exploitation).toBe('labour');
    await walled('protection_consents', async () => {
      expect((await get('/api/protection/shared', elsewhere)).body.cases).toEqual([]);
      expect((await get(`/api/protection/shared/${caseId}`, elsewhere)).status).toBe(404);
    });
    await walled('protection_cases', async () => {
      expect((await get('/api/protection/shared', elsewhere)).body.cases).toEqual([]);
      expect((await get(`/api/protection/shared/${caseId}`, elsewhere)).status).toBe(404);
    });
  });
});
