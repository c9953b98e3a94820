import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createTestDatabase } from '../db/testing.ts';
import { appendOntoLegacy, recordAudit, verifyAuditChain } from './audit.ts';
import { oldEntryHash, rebuildChain, truncateAfter } from './audit-attack.ts';
import { makeCheckpoint, verifyCheckpoints } from './audit-checkpoints.ts';
import { registerAuditKeys } from './audit-keys.ts';
import { sealLegacyChain } from './audit-upgrade.ts';
import { keyId } from './crypto.ts';
import { SYSTEM_CLI } from './policy.ts';

let database: Db;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

async function fill(db: Db, n: number) {
  for (let i = 0; i < n; i++) {
    await recordAudit(db.db, {
      actor: SYSTEM_CLI,
      action: 'test.event',
      resource: { type: 'thing', id: String(i) },
      outcome: 'success',
      detail: { i },
    });
  }
}

/** What an intruder with database access does: switch the guard off, then change rows. */
async function tamper(db: Db, statement: string) {
  await sql.raw('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change').execute(db.db);
  await sql.raw(statement).execute(db.db);
  await sql.raw('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change').execute(db.db);
}

describe('audit chain', () => {
  it('verifies an untouched log', async () => {
    await fill(database, 20);
    expect(await verifyAuditChain(database.db, 7)).toEqual({ ok: true, checked: 20, headSeq: '20' });
  });

  it('refuses updates and deletes through SQL', async () => {
    await fill(database, 2);
    await expect(sql`UPDATE audit_log SET outcome = 'denied'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('names an edited entry', async () => {
    await fill(database, 10);
    await tamper(database, `UPDATE audit_log SET outcome = 'denied' WHERE seq = 6`);
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toEqual({ seq: '6', problem: 'entry 6 was altered' });
  });

  it('names an edited entry whose hash was recomputed, through the next link', async () => {
    await fill(database, 10);
    await tamper(database, `UPDATE audit_log SET detail = '{"i": 99}', hash = repeat('a', 64) WHERE seq = 4`);
    const r = await verifyAuditChain(database.db);
    expect(r.firstBad?.seq).toBe('4');
  });

  it('names a removed entry', async () => {
    await fill(database, 10);
    await tamper(database, 'DELETE FROM audit_log WHERE seq = 3');
    expect((await verifyAuditChain(database.db)).firstBad).toEqual({
      seq: '3',
      problem: 'entry 3 is missing: it was removed',
    });
  });

  it('names entries removed from the end', async () => {
    await fill(database, 10);
    await tamper(database, 'DELETE FROM audit_log WHERE seq >= 9');
    expect((await verifyAuditChain(database.db)).firstBad?.seq).toBe('9');
  });

  it('names reordered entries', async () => {
    await fill(database, 10);
    await tamper(database, 'UPDATE audit_log SET seq = -5 WHERE seq = 5');
    await tamper(database, 'UPDATE audit_log SET seq = 5 WHERE seq = 7');
    await tamper(database, 'UPDATE audit_log SET seq = 7 WHERE seq = -5');
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.firstBad?.seq).toBe('5');
    expect(r.firstBad?.problem).toMatch(/does not follow/);
  });
});

const keyOf = (key: Buffer) => ({ id: keyId(key), key });

describe('a chain rewritten by someone holding the database but not the key', () => {
  it('is found when an entry is edited and the chain and head recomputed with plain SHA-256', async () => {
    await fill(database, 10);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
    await tamper(database, `UPDATE audit_log SET detail = '{"i": 99}' WHERE seq = 4`);
    await rebuildChain(database);
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toEqual({ seq: '1', problem: 'entry 1 was altered' });
  });

  it('is found when every entry is passed off as written before keys, and nothing is appended onto it', async () => {
    await fill(database, 10);
    await tamper(database, `UPDATE audit_log SET detail = '{"i": 99}' WHERE seq = 4`);
    await rebuildChain(database, { unkey: true });
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.firstBad?.problem).toMatch(/entries up to 10 carry no key/);
    // A keyed entry would vouch for the forged chain: the application refuses to write one onto it.
    await expect(fill(database, 1)).rejects.toThrow(/ends on an entry sealed with no key/);
  });

  it('is found when a key the configuration does not hold sealed an entry', async () => {
    await fill(database, 3);
    registerAuditKeys(database.db, [keyOf(randomBytes(32))]);
    const r = await verifyAuditChain(database.db);
    expect(r.firstBad?.problem).toMatch(/entry 1 was sealed with key [0-9a-f]{16}, which is not among/);
  });

  it('keeps one whole chain when many write at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordAudit(database.db, {
          actor: SYSTEM_CLI,
          action: 'test.concurrent',
          outcome: 'success',
          detail: { i },
        }),
      ),
    );
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 20, headSeq: '20' });
  });

  it('verifies entries sealed with a retired key after a rotation', async () => {
    const old = keyOf(randomBytes(32));
    const next = keyOf(randomBytes(32));
    registerAuditKeys(database.db, [old]);
    await fill(database, 3);
    registerAuditKeys(database.db, [next, old]);
    await fill(database, 3);
    const ids = await database.db.selectFrom('audit_log').select('key_id').orderBy('seq').execute();
    expect(ids.map((r) => r.key_id)).toEqual([old.id, old.id, old.id, next.id, next.id, next.id]);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 6, headSeq: '6' });
  });
});

describe('entries written before the chain was keyed', () => {
  /** Writes unkeyed entries the way the application did before keys. */
  async function legacy(n: number) {
    const head = await database.db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
    let prev = head.hash;
    const first = Number(head.seq) + 1;
    for (let i = first; i < first + n; i++) {
      const row = {
        seq: String(i),
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
        actor_id: null,
        actor_kind: 'system',
        agency_id: null,
        action: 'test.old',
        resource_type: 'thing',
        resource_id: String(i),
        outcome: 'success',
        request_id: null,
        detail: { i },
      };
      const hash = oldEntryHash(prev, row);
      await sql`INSERT INTO audit_log (seq, at, actor_id, actor_kind, agency_id, action, resource_type, resource_id,
        outcome, request_id, detail, prev_hash, hash) VALUES (${row.seq}, ${row.at}, NULL, 'system', NULL,
        'test.old', 'thing', ${row.resource_id}, 'success', NULL, ${JSON.stringify(row.detail)}, ${prev}, ${hash})`.execute(
        database.db,
      );
      prev = hash;
    }
    await sql`UPDATE audit_head SET seq = ${first + n - 1}, hash = ${prev} WHERE id = 1`.execute(database.db);
  }

  it('stay verifiable once a keyed entry seals them, and an edit among them is then found', async () => {
    await legacy(5);
    expect((await verifyAuditChain(database.db)).firstBad?.problem).toMatch(/carry no key/);
    expect(await sealLegacyChain(database.db)).toEqual({ legacyEntries: '5' });
    expect(await sealLegacyChain(database.db)).toBeNull();
    await fill(database, 2);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 8, headSeq: '8' });
    const seal = await database.db
      .selectFrom('audit_log')
      .select(['action', 'key_id'])
      .where('seq', '=', '6')
      .executeTakeFirstOrThrow();
    expect(seal.action).toBe('audit.chain_sealed');
    expect(seal.key_id).not.toBeNull();
    // Rewriting an old entry and its successors' unkeyed hashes breaks the keyed entry that sealed them.
    await tamper(database, `UPDATE audit_log SET detail = '{"i": 42}' WHERE seq = 2`);
    const rows = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '<=', '5')
      .orderBy('seq')
      .execute();
    let prev = '0'.repeat(64);
    for (const row of rows) {
      const hash = oldEntryHash(prev, row);
      await tamper(
        database,
        `UPDATE audit_log SET prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${row.seq}`,
      );
      prev = hash;
    }
    const r = await verifyAuditChain(database.db);
    expect(r.firstBad?.seq).toBe('6');
    expect(r.firstBad?.problem).toMatch(/does not follow/);
  });

  it('are trusted only when the seal of the upgrade is the first keyed entry after them', async () => {
    await legacy(3);
    await database.db
      .transaction()
      .execute((trx) =>
        appendOntoLegacy(trx, { actor: SYSTEM_CLI, action: 'test.other', outcome: 'success' }),
      );
    expect((await verifyAuditChain(database.db)).firstBad).toEqual({
      seq: '4',
      problem:
        'entry 4 is the first keyed entry but not the seal of the upgrade: the unkeyed entries before it were forged',
    });
  });

  it('may not follow a keyed entry: unkeyed entries forged onto the end are found', async () => {
    await fill(database, 4);
    await legacy(2);
    expect((await verifyAuditChain(database.db)).firstBad).toEqual({
      seq: '5',
      problem: 'entry 5 carries no key after keyed entries: it was rewritten without the key',
    });
    // Nor does a later start seal them: only the start that applies the keying migration does.
    await expect(fill(database, 1)).rejects.toThrow(/sealed with no key/);
  });
});

describe('signed checkpoints kept outside the database', () => {
  it('find the log cut back after a checkpoint, though the shortened chain is whole', async () => {
    await fill(database, 5);
    const file = `${JSON.stringify(await makeCheckpoint(database.db, SYSTEM_CLI))}\n`;
    expect(JSON.parse(file)).toMatchObject({ seq: '6', keyId: expect.any(String) });
    await fill(database, 5);
    expect(await verifyCheckpoints(database.db, file)).toEqual({ ok: true, checked: 1, problems: [] });
    await truncateAfter(database, '4');
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
    const r = await verifyCheckpoints(database.db, file);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      expect.stringMatching(/line 1 .*entry 6 is no longer in the log: the log was cut back/),
    ]);
  });

  it('refuse a forged or altered checkpoint', async () => {
    await fill(database, 2);
    const c = await makeCheckpoint(database.db, SYSTEM_CLI);
    const forged = JSON.stringify({ ...c, seq: '1' });
    const r = await verifyCheckpoints(database.db, `${JSON.stringify(c)}\n${forged}\nnot json\n`);
    expect(r.problems).toEqual([
      'checkpoint on line 2: its signature does not match: it was altered or forged',
      'checkpoint on line 3: not a checkpoint',
    ]);
  });
});

describe('lantern audit verify', () => {
  it('exits 0 on an intact log and 1 naming the first altered entry', { timeout: 60_000 }, async () => {
    if (process.env.DATABASE_URL) return; // the command is exercised on the embedded database, where it owns the folder
    const dir = mkdtempSync(join(tmpdir(), 'lantern-audit-'));
    const key = randomBytes(32);
    const env = { ...process.env, LANTERN_DATA_DIR: dir, LANTERN_SECRET_KEY: key.toString('hex') };
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const db = await openDatabase({ dataDir: dir });
    await migrateToLatest(db.db);
    registerAuditKeys(db.db, [keyOf(key)]);
    await fill(db, 5);
    await db.close();
    const ok = await run(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Audit log intact: 5 entries checked, head at 5.\n');
    const db2 = await openDatabase({ dataDir: dir });
    await tamper(db2, `UPDATE audit_log SET action = 'test.other' WHERE seq = 2`);
    await db2.close();
    const bad = await run(['audit', 'verify']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('entry 2 was altered');
  });
});
