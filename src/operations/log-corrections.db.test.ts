import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../server/testing.ts';
import { type Cast, executingOperation, operationCast } from './operation-fixture.ts';

// Corrections of execution-log entries, sent from phones that may have been offline (log-corrections.ts): by the
// recorder or a commander, on the revision the phone saw, never overwriting one made meanwhile. Both engines.

let t: TestApp;
let c: Cast;
let op: string;
let entry: string;
let other: string;

const plans = '/api/operations/plans';
const now = () => new Date().toISOString();
const correct = (who: keyof Cast['cookies'], body: object, entryId = entry) =>
  c.call('POST', `${plans}/${op}/log/${entryId}/corrections`, c.cookies[who], body);
const correction = (baseRevision: number, text: string) => ({
  id: randomUUID(),
  occurredAt: now(),
  baseRevision,
  text,
});

const stored = async () =>
  (
    await t.database.db
      .selectFrom('operation_log_corrections')
      .select(['id', 'entry_id', 'revision', 'text', 'recorded_by'])
      .where('operation_id', '=', op)
      .orderBy('entry_id')
      .orderBy('revision')
      .execute()
  ).map((r) => ({ ...r }));

const audited = (outcome: string) =>
  t.database.db
    .selectFrom('audit_log')
    .select(['actor_id', 'detail'])
    .where('action', '=', 'operations.log_corrected')
    .where('resource_type', '=', 'operation')
    .where('resource_id', '=', op)
    .where('outcome', '=', outcome)
    .orderBy('seq')
    .execute();

const nameOf = async (id: string) =>
  (
    await t.database.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).display_name;

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  op = (await executingOperation(c, 'OSPREY')).id;
  const log = async (body: object) => {
    const r = await c.call('POST', `${plans}/${op}/log`, c.cookies.arrester, body);
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  entry = await log({ id: randomUUID(), kind: 'note', occurredAt: now(), text: 'Two guards at the gate' });
  other = await log({ id: randomUUID(), kind: 'note', occurredAt: now(), text: 'Back door open' });
}, 180_000);
afterAll(() => t.close());

describe('corrections of the execution log', () => {
  it('takes a correction from the recorder and from a commander, each one revision up, the entry unchanged', async () => {
    const before = await t.database.db
      .selectFrom('operation_log')
      .selectAll()
      .where('id', '=', entry)
      .execute();
    const first = correction(0, 'Three guards at the gate');
    const byRecorder = await correct('arrester', first);
    expect(byRecorder.statusCode, byRecorder.body).toBe(201);
    expect(byRecorder.json()).toEqual({ id: first.id, entryId: entry, revision: 1, duplicate: false });
    const byCommander = await correct('deputy', correction(1, 'Three guards, one armed'));
    expect(byCommander.statusCode, byCommander.body).toBe(201);
    expect(byCommander.json().revision).toBe(2);
    // The entry itself is as it was recorded.
    expect(
      await t.database.db.selectFrom('operation_log').selectAll().where('id', '=', entry).execute(),
    ).toEqual(before);

    // Another member of the team, whatever their role, may not correct someone else's entry.
    const refused = await correct('interpreter', correction(2, 'Four guards'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect((await audited('denied')).map((a) => a.actor_id)).toEqual([c.users.interpreter.id]);

    // The phone did not hear the first answer and sends it again, its base now stale: a duplicate, nothing new.
    const resent = await correct('arrester', first);
    expect(resent.statusCode).toBe(200);
    expect(resent.json()).toEqual({ id: first.id, entryId: entry, revision: 1, duplicate: true });
    // The same id with another text, or on another entry, is refused.
    expect((await correct('arrester', { ...first, text: 'Something else' })).statusCode).toBe(409);
    expect((await correct('arrester', first, other)).statusCode).toBe(409);
    expect((await stored()).map((r) => [r.revision, r.text])).toEqual([
      [1, 'Three guards at the gate'],
      [2, 'Three guards, one armed'],
    ]);
  });

  it('refuses a correction made on an older revision with the current corrections, recording nothing', async () => {
    const before = await stored();
    const stale = correction(1, 'Two guards after all');
    const res = await correct('arrester', stale);
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.error.code).toBe('stale_revision');
    expect(body.error.message).toMatch(/changed this record/);
    expect(body.error.details.current.revision).toBe(2);
    expect(body.error.details.current.corrections).toEqual([
      {
        id: before[0]?.id,
        text: 'Three guards at the gate',
        occurredAt: expect.any(String),
        receivedAt: expect.any(String),
        recordedBy: await nameOf(c.users.arrester.id),
      },
      {
        id: before[1]?.id,
        text: 'Three guards, one armed',
        occurredAt: expect.any(String),
        receivedAt: expect.any(String),
        recordedBy: await nameOf(c.users.deputy.id),
      },
    ]);
    // A base ahead of the entry is no better.
    expect((await correct('arrester', correction(7, 'From the future'))).statusCode).toBe(409);
    expect(await stored()).toEqual(before);
    const failures = await audited('failure');
    expect(failures[0]?.detail).toMatchObject({
      entry,
      correction: stale.id,
      baseRevision: 1,
      revision: 2,
      code: 'stale_revision',
    });
    // The person keeps theirs: sent again, on top of the current revision, under the same id.
    const kept = await correct('arrester', { ...stale, baseRevision: 2 });
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json().revision).toBe(3);
  });

  it('lets exactly one of two corrections made on the same revision at once through', async () => {
    const before = (await stored()).length;
    const racing = await Promise.all([
      correct('arrester', correction(3, 'Guards left by the back')),
      correct('deputy', correction(3, 'Guards arrested at the back')),
      correct('planner', correction(3, 'Guards gone')),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const lost of racing.filter((r) => r.statusCode === 409)) {
      expect(lost.json().error.code).toBe('stale_revision');
      expect(lost.json().error.details.current.revision).toBe(4);
    }
    expect((await stored()).length).toBe(before + 1);
    expect((await stored()).map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    // The database itself keeps one correction per revision (the embedded engine serves requests one at a time,
    // so there the race above is settled by the check before the insert), and keeps them as written.
    const db = t.database.db;
    const [first] = await stored();
    const again = db
      .insertInto('operation_log_corrections')
      .values({
        id: randomUUID(),
        entry_id: entry,
        operation_id: op,
        revision: 4,
        text: 'Straight into the table',
        occurred_at: new Date(),
        recorded_by: c.users.arrester.id,
      })
      .execute();
    await expect(again).rejects.toMatchObject({ code: '23505' });
    await expect(
      db
        .updateTable('operation_log_corrections')
        .set({ text: 'Rewritten' })
        .where('id', '=', first?.id ?? '')
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.deleteFrom('operation_log_corrections').where('entry_id', '=', entry).execute(),
    ).rejects.toThrow(/append-only/);
    expect((await stored()).length).toBe(before + 1);
  });

  it('lists each entry with its revision and corrections in order, and audits each correction without its text', async () => {
    const res = await c.call('GET', `${plans}/${op}/log`, c.cookies.interpreter);
    expect(res.statusCode).toBe(200);
    const entries = res.json().entries as { id: string; revision: number; corrections: { text: string }[] }[];
    const corrected = entries.find((e) => e.id === entry);
    expect(corrected?.revision).toBe(4);
    expect(corrected?.corrections.map((k) => k.text).slice(0, 3)).toEqual([
      'Three guards at the gate',
      'Three guards, one armed',
      'Two guards after all',
    ]);
    expect(entries.find((e) => e.id === other)).toMatchObject({ revision: 0, corrections: [] });

    const done = await audited('success');
    expect(done.map((a) => a.detail.revision)).toEqual([1, 2, 3, 4]);
    expect(done.every((a) => a.detail.entry === entry)).toBe(true);
    expect(JSON.stringify(done)).not.toMatch(/guard/i);
    expect(JSON.stringify(await audited('failure'))).not.toMatch(/guard/i);
  });

  it('refuses bad input with 400 and a member outside the operation or an unknown entry with 404', async () => {
    const before = await stored();
    const bad = [
      { id: randomUUID(), occurredAt: now(), baseRevision: 4 },
      correction(4, 'x'.repeat(2001)),
      correction(4, '   '),
      { ...correction(4, 'Fine'), id: 'not-an-id' },
      correction(-1, 'Fine'),
      correction(1.5, 'Fine'),
      { ...correction(4, 'Fine'), occurredAt: 'yesterday' },
      { ...correction(4, 'Fine'), extra: true },
    ];
    for (const body of bad) {
      const res = await correct('arrester', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect(
      (
        await c.call(
          'POST',
          `${plans}/${op}/log/not-an-id/corrections`,
          c.cookies.arrester,
          correction(4, 'Fine'),
        )
      ).statusCode,
    ).toBe(400);
    expect((await correct('arrester', correction(4, 'Fine'), randomUUID())).statusCode).toBe(404);
    expect((await correct('outsider', correction(4, 'Fine'))).statusCode).toBe(404);
    expect(await stored()).toEqual(before);
  });
});
