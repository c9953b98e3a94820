import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOperation, type Cast, operationCast } from '../operations/operation-fixture.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { verifyAuditChain } from './audit.ts';
import { rebuildChain, truncateAfter } from './audit-attack.ts';
import { checkpointLine, verifyCheckpoints } from './audit-checkpoints.ts';
import { verifyRecords } from './record-seals.ts';

// The attacks of issue 11, point 3, made on the database of a running server by someone who holds its files but
// not the secret key; and the client address the audit log now keeps.

let t: TestApp;
let c: Cast;
let auditor: string;
let officer: string;

const I = {
  job: 'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or',
  wages: 'deceptive_recruitment.deceived_about_wages_earnings',
  hours: 'exploitative_conditions_of_work.excessive_working_days_or_hours',
  salary: 'exploitative_conditions_of_work.low_or_no_salary',
};

const start = screeningStart({ source: 'walk_in', sourceRef: undefined });

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  auditor = c.cookies.auditor;
  officer = await signIn(t, await makeUser(t, ['screening_officer'], { agencyId: c.agencyId }));
}, 120_000);
afterAll(() => t.close());

const post = (url: string, cookie: string, payload?: object, remoteAddress?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    ...withSession(cookie),
    ...(payload ? { payload } : {}),
    ...(remoteAddress ? { remoteAddress } : {}),
  });

/** A screening completed through the API: a child with four indicators, a presumed victim. */
async function presumedVictim(): Promise<string> {
  const s = (await post('/api/screenings', officer, start)).json();
  const saved = await t.app.inject({
    method: 'PATCH',
    url: `/api/screenings/${s.id}`,
    ...withSession(officer),
    payload: {
      version: s.version,
      answers: {
        [I.job]: { answer: 'yes', observation: 'Told she would work in a shop' },
        [I.wages]: { answer: 'yes', observation: 'Promised 9,000 baht a month' },
        [I.hours]: { answer: 'yes', observation: 'Works 5am to 10pm' },
        [I.salary]: { answer: 'yes', observation: 'Not paid for three months' },
      },
    },
  });
  const done = await post(`/api/screenings/${s.id}/complete`, officer, { version: saved.json().version });
  expect(done.json()).toMatchObject({ evaluation: { outcome: 'presumed_trafficked' }, nonPunishment: true });
  return s.id;
}

/** What the intruder does: switch the guard off where there is one, change rows. */
const tamperRows = (statement: string) => sql.raw(statement).execute(t.database.db);

describe('records that decide fates, verified against the audit log', () => {
  it('names a screening, a decision and a plan approval changed in the database', async () => {
    const screening = await presumedVictim();
    const decision = c.decision.id;
    const op = await approvedOperation(c, 'NIGHTJAR');
    const approval = await post(`/api/operations/plans/${op.id}/approval`, c.cookies.deputy, {
      version: op.version,
    });
    expect(approval.json().status).toBe('approved');

    const before = (await post('/api/audit/verify', auditor)).json();
    expect(before.ok).toBe(true);
    expect(before.records.ok).toBe(true);
    expect(before.records.checked.screening).toBeGreaterThanOrEqual(1);
    expect(before.records.checked.intervention_decision).toBeGreaterThanOrEqual(2);
    expect(before.records.checked.operation).toBe(1);

    // The presumed victim becomes "not indicated", non-punishment cleared; the approved decision rejected; the
    // approved raid moved to another place and time without a new approval.
    await tamperRows(`UPDATE screenings SET evaluation = jsonb_set(evaluation, '{outcome}', '"not_indicated"'),
      non_punishment = false WHERE id = '${screening}'`);
    await tamperRows(`UPDATE intervention_decisions SET status = 'rejected' WHERE id = '${decision}'`);
    await tamperRows(`UPDATE operations SET place = 'Elsewhere', starts_at = starts_at + interval '1 day'
      WHERE id = '${op.id}'`);

    const after = (await post('/api/audit/verify', auditor)).json();
    expect(after.records.ok).toBe(false);
    const named = after.records.problems.map((p: { type: string; id: string; entry: string | null }) => [
      p.type,
      p.id,
    ]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['screening', screening],
        ['intervention_decision', decision],
        ['operation', op.id],
      ]),
    );
    expect(after.records.problems).toHaveLength(3);
    const completed = await t.database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'screening.complete')
      .where('resource_id', '=', screening)
      .executeTakeFirstOrThrow();
    const forScreening = after.records.problems.find((p: { type: string }) => p.type === 'screening');
    expect(forScreening).toEqual({
      type: 'screening',
      id: screening,
      entry: completed.seq,
      problem: `screening ${screening}: differs from audit entry ${completed.seq} (screening.complete): it was changed outside the application`,
    });
    // The library says the same to a command.
    expect((await verifyRecords(t.database.db)).problems).toHaveLength(3);
    // Another agency's auditor checks the same chain, but only their agency's records: these are not theirs.
    const elsewhere = await signIn(t, await makeUser(t, ['auditor']));
    const theirs = (await post('/api/audit/verify', elsewhere)).json();
    expect(theirs.records).toEqual({
      ok: true,
      checked: { screening: 0, intervention_decision: 0, operation: 0, exhibit: 0 },
      problems: [],
    });
    // Put back, they match again: the seal is of the deciding fields, not of the moment.
    await tamperRows(`UPDATE screenings SET evaluation = jsonb_set(evaluation, '{outcome}', '"presumed_trafficked"'),
      non_punishment = true WHERE id = '${screening}'`);
    expect((await verifyRecords(t.database.db)).problems).toHaveLength(2);
  });

  it('names an approved operation whose approval was wiped from the database', async () => {
    const op = await approvedOperation(c, 'KESTREL');
    await post(`/api/operations/plans/${op.id}/approval`, c.cookies.deputy, { version: op.version });
    await tamperRows(`UPDATE operations SET approved_by = NULL, approved_at = NULL WHERE id = '${op.id}'`);
    const r = await verifyRecords(t.database.db);
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        type: 'operation',
        id: op.id,
        problem: expect.stringMatching(/differs from audit entry \d+ \(operations.plan_approve\)/),
      }),
    );
  });

  it('names a completed screening no audit entry sealed (written straight into the database)', async () => {
    const s = (await post('/api/screenings', officer, start)).json();
    await tamperRows(`UPDATE screenings SET status = 'completed', completed_at = now() WHERE id = '${s.id}'`);
    const r = await verifyRecords(t.database.db);
    expect(r.problems).toContainEqual({
      type: 'screening',
      id: s.id,
      entry: null,
      problem: `screening ${s.id}: no audit entry seals it: it was written outside the application`,
    });
  });
});

describe('the audit chain, against an intruder with the database but not the key', () => {
  it('is reported altered after an entry is edited and the chain and head recomputed with SHA-256', async () => {
    await tamperRows(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`);
    await tamperRows(`UPDATE audit_log SET detail = jsonb_set(detail, '{nonPunishment}', 'false')
      WHERE action = 'screening.complete'`);
    await tamperRows(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`);
    await rebuildChain(t.database);
    const r = (await post('/api/audit/verify', auditor)).json();
    expect(r.ok).toBe(false);
    expect(r.firstBad).toEqual({ seq: '1', problem: 'entry 1 was altered' });
  });
});

describe('signed checkpoints', () => {
  it('show the log cut back after a checkpoint an auditor took, though the chain left is whole', async () => {
    const fresh = await startTestApp();
    try {
      const user = await makeUser(fresh, ['auditor']);
      const cookie = await signIn(fresh, user);
      const res = await fresh.app.inject({
        method: 'POST',
        url: '/api/audit/checkpoint',
        ...withSession(cookie),
      });
      expect(res.statusCode).toBe(200);
      const checkpoint = res.json();
      const file = `${checkpointLine(checkpoint)}\n`;
      const entry = await fresh.database.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('seq', '=', checkpoint.seq)
        .executeTakeFirstOrThrow();
      expect(entry).toEqual({ action: 'audit.checkpoint', actor_id: user.id });
      for (let i = 0; i < 3; i++)
        await fresh.app.inject({ method: 'POST', url: '/api/audit/verify', ...withSession(cookie) });
      expect((await verifyCheckpoints(fresh.database.db, file)).ok).toBe(true);
      await truncateAfter(fresh.database, String(Number(checkpoint.seq) - 1));
      expect((await verifyAuditChain(fresh.database.db)).ok).toBe(true);
      const r = await verifyCheckpoints(fresh.database.db, file);
      expect(r.problems).toEqual([
        `checkpoint on line 1 (${checkpoint.at}): entry ${checkpoint.seq} is no longer in the log: the log was cut back after the checkpoint`,
      ]);
    } finally {
      await fresh.close();
    }
  });
});

describe('the client address', () => {
  it('is kept with the audit entries of an API call, and shown to the auditor', async () => {
    const fresh = await startTestApp();
    try {
      const user = await makeUser(fresh, ['auditor']);
      const cookie = await signIn(fresh, user);
      const res = await fresh.app.inject({
        method: 'POST',
        url: '/api/audit/checkpoint',
        remoteAddress: '203.0.113.77',
        ...withSession(cookie),
      });
      expect(res.statusCode).toBe(200);
      const row = await fresh.database.db
        .selectFrom('audit_log')
        .select(['ip', 'action'])
        .where('seq', '=', res.json().seq)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ ip: '203.0.113.77', action: 'audit.checkpoint' });
      // A denial audited before the route runs carries it too.
      const officerCookie = await signIn(fresh, await makeUser(fresh, ['screening_officer']));
      await fresh.app.inject({
        method: 'POST',
        url: '/api/audit/verify',
        remoteAddress: '198.51.100.4',
        ...withSession(officerCookie),
      });
      const denied = await fresh.database.db
        .selectFrom('audit_log')
        .select('ip')
        .where('outcome', '=', 'denied')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(denied.ip).toBe('198.51.100.4');
      const listed = await fresh.app.inject({
        method: 'GET',
        url: '/api/audit?size=50',
        ...withSession(cookie),
      });
      expect(listed.json().entries).toContainEqual(expect.objectContaining({ ip: '203.0.113.77' }));
      // Checked: the address is sealed into the entry with the rest.
      expect((await verifyAuditChain(fresh.database.db)).ok).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
