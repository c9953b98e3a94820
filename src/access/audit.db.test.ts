import { execFile } from 'node:child_process';
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
import { recordAudit, verifyAuditChain } from './audit.ts';
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

describe('lantern audit verify', () => {
  it('exits 0 on an intact log and 1 naming the first altered entry', { timeout: 60_000 }, async () => {
    if (process.env.DATABASE_URL) return; // the command is exercised on the embedded database, where it owns the folder
    const dir = mkdtempSync(join(tmpdir(), 'lantern-audit-'));
    const env = { ...process.env, LANTERN_DATA_DIR: dir };
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const db = await openDatabase({ dataDir: dir });
    await migrateToLatest(db.db);
    await fill(db, 5);
    await db.close();
    const ok = await run(['audit', 'verify']);
    expect(ok).toEqual({ code: 0, out: 'Audit log intact: 5 entries checked, head at 5.\n' });
    const db2 = await openDatabase({ dataDir: dir });
    await tamper(db2, `UPDATE audit_log SET action = 'test.other' WHERE seq = 2`);
    await db2.close();
    const bad = await run(['audit', 'verify']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('entry 2 was altered');
  });
});
