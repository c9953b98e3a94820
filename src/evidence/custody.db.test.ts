import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../access/audit.ts';
import { type Cast, executingOperation, operationCast } from '../operations/operation-fixture.ts';
import { startTestApp, type TestApp } from '../server/testing.ts';

let t: TestApp;
let c: Cast;
let opId: string;

const plans = '/api/operations/plans';
const HASH = 'ab'.repeat(32);

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  opId = (await executingOperation(c, 'EGRET')).id;
});
afterAll(() => t.close());

async function seize(nature: 'physical' | 'digital') {
  const res = await c.call('POST', `${plans}/${opId}/log`, c.cookies.investigator, {
    id: randomUUID(),
    kind: 'exhibit',
    occurredAt: new Date().toISOString(),
    exhibit:
      nature === 'digital'
        ? {
            nature,
            category: 'phone',
            description: 'Forensic image of a phone',
            where: 'Office',
            sealNumber: null,
            digitalHash: HASH,
          }
        : {
            nature,
            category: 'cash',
            description: 'Cash in a tin',
            where: 'Safe',
            sealNumber: 'S-9',
            digitalHash: null,
          },
  });
  expect(res.statusCode).toBe(201);
  return res.json().exhibitId as string;
}

const transfer = (over: object = {}) => ({
  action: 'to_storage',
  toUserId: null,
  toExternal: 'Evidence store, Provincial Police HQ',
  purpose: 'Safe keeping until trial',
  authority: 'Case officer, case 12/2026',
  method: 'in_person',
  place: 'Provincial Police HQ',
  at: new Date(Date.now() + 1000).toISOString(),
  hashObserved: null,
  note: '',
  ...over,
});

const record = async (id: string) =>
  (await c.call('GET', `/api/evidence/exhibits/${id}`, c.cookies.investigator)).json();

describe('the chain of custody', () => {
  it('opens with the collection and records each transfer, from whom to whom, why and under what authority', async () => {
    const id = await seize('physical');
    const moved = await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.investigator,
      transfer(),
    );
    expect(moved.statusCode).toBe(201);
    const r = await record(id);
    expect(r.ref).toMatch(/^EX-/);
    expect(r.custody.map((e: { action: string }) => e.action)).toEqual(['collected', 'to_storage']);
    expect(r.custody[1]).toMatchObject({
      to: 'Evidence store, Provincial Police HQ',
      authority: 'Case officer, case 12/2026',
      method: 'in_person',
    });
    expect(r.custody[1].from).toBe(r.custody[0].to);
    expect(r).toMatchObject({ state: 'in_storage', custodian: 'Evidence store, Provincial Police HQ' });
    expect(r.verification).toEqual({ intact: true, entries: 2, problems: [] });
  });

  it('refuses entries dated before the last one, without a custodian, or after disposal', async () => {
    const id = await seize('physical');
    const backdated = await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.investigator,
      transfer({ at: new Date(Date.now() - 3_600_000).toISOString() }),
    );
    expect(backdated.statusCode).toBe(400);
    expect(backdated.json().error.message).toMatch(/earlier than the last custody entry/);
    const nobody = await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.investigator,
      transfer({ toExternal: null }),
    );
    expect(nobody.statusCode).toBe(400);
    await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.investigator,
      transfer({ action: 'disposed', toExternal: 'Destroyed under court order' }),
    );
    const after = await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.investigator,
      transfer({ at: new Date(Date.now() + 5000).toISOString() }),
    );
    expect(after.statusCode).toBe(409);
    const byAnalyst = await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.analyst,
      transfer(),
    );
    expect(byAnalyst.statusCode).toBe(403);
  });

  it('answers an entry sent again as the one recorded, and refuses one based on a chain added to since', async () => {
    const id = await seize('physical');
    const post = (body: object) =>
      c.call('POST', `/api/evidence/exhibits/${id}/custody`, c.cookies.investigator, body);
    const entryId = randomUUID();
    const first = await post(transfer({ id: entryId, afterSeq: 1 }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ seq: 2, duplicate: false });
    // The answer was lost: the same entry again is that entry, nothing chained a second time.
    const again = await post(transfer({ id: entryId, afterSeq: 1 }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), duplicate: true });
    // Someone else's entry was recorded after the chain this one was written against: refused, nothing recorded.
    const stale = await post(
      transfer({
        id: randomUUID(),
        afterSeq: 1,
        toExternal: 'Court registry',
        at: new Date(Date.now() + 2000).toISOString(),
      }),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'stale_revision',
      details: { current: { seq: 2, custodian: 'Evidence store, Provincial Police HQ' } },
    });
    const r = await record(id);
    expect(r.custody).toHaveLength(2);
    expect(r.verification).toEqual({ intact: true, entries: 2, problems: [] });
    // Read again, it goes on top of the chain as it is.
    const next = await post(
      transfer({
        id: randomUUID(),
        afterSeq: 2,
        toExternal: 'Court registry',
        at: new Date(Date.now() + 3000).toISOString(),
      }),
    );
    expect(next.statusCode).toBe(201);
    expect((await record(id)).verification).toEqual({ intact: true, entries: 3, problems: [] });
    for (const bad of [{ id: 'not-a-uuid' }, { afterSeq: 0 }, { afterSeq: 1.5 }])
      expect((await post(transfer(bad))).statusCode, JSON.stringify(bad)).toBe(400);
    expect((await record(id)).custody).toHaveLength(3);
  });

  it('keeps the audit chain whole across what phones send again and what is refused', async () => {
    const entry = {
      id: randomUUID(),
      kind: 'exhibit',
      occurredAt: new Date().toISOString(),
      exhibit: {
        nature: 'physical',
        category: 'cash',
        description: 'Cash in a bag',
        where: 'Back room',
        sealNumber: 'S-31',
        digitalHash: null,
      },
    };
    const log = () => c.call('POST', `${plans}/${opId}/log`, c.cookies.investigator, entry);
    const first = await log();
    expect(first.statusCode).toBe(201);
    // The phone never heard the answer: the same entry again is the one recorded.
    expect((await log()).statusCode).toBe(200);
    const exhibitId = first.json().exhibitId as string;
    const post = (body: object) =>
      c.call('POST', `/api/evidence/exhibits/${exhibitId}/custody`, c.cookies.investigator, body);
    const move = transfer({ id: randomUUID(), afterSeq: 1 });
    expect((await post(move)).statusCode).toBe(201);
    expect((await post(move)).statusCode).toBe(200);
    expect((await post(transfer({ id: randomUUID(), afterSeq: 1 }))).statusCode).toBe(409);
    const audit = await verifyAuditChain(t.database.db);
    expect(audit.ok, JSON.stringify(audit.firstBad)).toBe(true);
    expect((await record(exhibitId)).verification).toEqual({ intact: true, entries: 2, problems: [] });
  });

  it('re-verifies a digital item’s hash and records a mismatch for the court to see', async () => {
    const id = await seize('digital');
    const same = await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.investigator,
      transfer({
        action: 'hash_reverified',
        toExternal: null,
        hashObserved: HASH.toUpperCase(),
        method: 'digital_transfer',
      }),
    );
    expect(same.json().hashMatches).toBe(true);
    const differs = await c.call(
      'POST',
      `/api/evidence/exhibits/${id}/custody`,
      c.cookies.investigator,
      transfer({
        action: 'hash_reverified',
        toExternal: null,
        hashObserved: 'cd'.repeat(32),
        method: 'digital_transfer',
        at: new Date(Date.now() + 2000).toISOString(),
      }),
    );
    expect(differs.statusCode).toBe(201);
    expect(differs.json().hashMatches).toBe(false);
    const r = await record(id);
    expect(r.custody.map((e: { hashMatches: boolean | null }) => e.hashMatches)).toEqual([true, true, false]);
    expect(r.verification.intact).toBe(true);
  });

  it('refuses changes in the database, and detects an entry edited or removed behind its back', async () => {
    const id = await seize('physical');
    await c.call('POST', `/api/evidence/exhibits/${id}/custody`, c.cookies.investigator, transfer());
    const db = t.database.db;
    await expect(
      sql`UPDATE custody_events SET place = 'elsewhere' WHERE exhibit_id = ${id}`.execute(db),
    ).rejects.toThrow(/append-only/);

    await sql`ALTER TABLE custody_events DISABLE TRIGGER custody_events_no_change`.execute(db);
    try {
      await sql`UPDATE custody_events SET to_custodian = 'Someone else' WHERE exhibit_id = ${id} AND seq = 2`.execute(
        db,
      );
      const edited = await record(id);
      expect(edited.verification.intact).toBe(false);
      expect(edited.verification.problems).toContain(
        'entry 2: its content was altered after it was recorded',
      );

      // A forger who also recomputes the hash and the exhibit's head is caught by the audit log's record.
      const second = await seize('physical');
      await c.call('POST', `/api/evidence/exhibits/${second}/custody`, c.cookies.investigator, transfer());
      await sql`DELETE FROM custody_events WHERE exhibit_id = ${second} AND seq = 2`.execute(db);
      const first = await db
        .selectFrom('custody_events')
        .select('hash')
        .where('exhibit_id', '=', second)
        .executeTakeFirstOrThrow();
      await db
        .updateTable('exhibits')
        .set({ custody_count: 1, custody_head: first.hash })
        .where('id', '=', second)
        .execute();
      const removed = await record(second);
      expect(removed.verification.intact).toBe(false);
      expect(removed.verification.problems).toContain('the audit log recorded 2 entries but 1 exist');
    } finally {
      await sql`ALTER TABLE custody_events ENABLE TRIGGER custody_events_no_change`.execute(db);
    }
  });

  it('is visible only to the operation’s members until it ends', async () => {
    const id = await seize('physical');
    expect((await c.call('GET', `/api/evidence/exhibits/${id}`, c.cookies.outsider)).statusCode).toBe(404);
    expect((await c.call('GET', `/api/evidence/exhibits/${id}`, c.cookies.deputy)).statusCode).toBe(200);
  });
});
