import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectPostgres, type Db, openPGlite, wrapPGlite } from '../db/connection.ts';
import { MIGRATIONS_DIR, migrator } from '../db/migrate.ts';
import { recordAudit, verifyAuditChain } from './audit.ts';
import { oldEntryHash, rebuildChain } from './audit-attack.ts';
import { KEYED_AUDIT_MIGRATION, migrateWithAuditKeys } from './audit-upgrade.ts';
import { SYSTEM_CLI } from './policy.ts';
import { verifyRecords } from './record-seals.ts';

/** The migration just before the one that keyed the chain: a database as the version before left it. */
const BEFORE = readdirSync(MIGRATIONS_DIR)
  .filter((f) => f.endsWith('.ts') && f < KEYED_AUDIT_MIGRATION)
  .sort()
  .at(-1)
  ?.replace(/\.ts$/, '') as string;

/** Entries written by the version before keys: unkeyed SHA-256. */
async function oldEntries(db: Db, n: number) {
  let prev = '0'.repeat(64);
  for (let i = 1; i <= n; i++) {
    const row = {
      seq: String(i),
      at: new Date(Date.UTC(2026, 10, 1, 0, 0, i)),
      actor_id: null,
      actor_kind: 'system',
      agency_id: null,
      action: 'agency.create',
      resource_type: 'agency',
      resource_id: String(i),
      outcome: 'success',
      request_id: null,
      detail: { i },
    };
    const hash = oldEntryHash(prev, row);
    await sql`INSERT INTO audit_log (seq, at, actor_kind, action, resource_type, resource_id, outcome, detail,
      prev_hash, hash) VALUES (${row.seq}, ${row.at}, 'system', 'agency.create', 'agency', ${row.resource_id},
      'success', ${JSON.stringify(row.detail)}, ${prev}, ${hash})`.execute(db.db);
    prev = hash;
  }
  await sql`UPDATE audit_head SET seq = ${n}, hash = ${prev} WHERE id = 1`.execute(db.db);
}

async function freshDatabase(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (!url) return wrapPGlite(await openPGlite(undefined));
  const name = `lantern_u_${randomBytes(6).toString('hex')}`;
  const admin = connectPostgres(url, 1);
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = connectPostgres(u.toString(), 2);
  return {
    ...db,
    async close() {
      await db.close();
      const a = connectPostgres(url, 1);
      await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(a.db);
      await a.close();
    },
  };
}

describe('upgrading a database whose audit log was not keyed', () => {
  it('seals the old entries once, when the keying migration is applied; later starts seal nothing', {
    timeout: 120_000,
  }, async () => {
    const db = await freshDatabase();
    try {
      await migrator(db.db).migrateTo(BEFORE);
      await oldEntries(db, 4);
      // A decision taken before the upgrade.
      const agency = await sql<{ id: string }>`INSERT INTO agencies (name, kind) VALUES ('Unit', 'police')
        RETURNING id`.execute(db.db);
      const user = await sql<{ id: string }>`INSERT INTO users (agency_id, username, display_name)
        VALUES (${agency.rows[0]?.id}, 'u1', 'U One') RETURNING id`.execute(db.db);
      const decision = await sql<{ id: string }>`INSERT INTO intervention_decisions (agency_id, target_label,
        assessment, recommendation, reasons, cautions, decision, rationale, decided_by, status)
        VALUES (${agency.rows[0]?.id}, 'Site', '{}', 'labour_inspection', '[]', '[]', 'labour_inspection', '',
        ${user.rows[0]?.id}, 'awaiting_approval') RETURNING id`.execute(db.db);
      const decisionId = decision.rows[0]?.id as string;
      const key = randomBytes(32);
      const first = await migrateWithAuditKeys(db.db, { secretKey: key });
      expect(first.applied).toContain(KEYED_AUDIT_MIGRATION);
      expect(first.sealed).toEqual({ legacyEntries: '4' });
      await recordAudit(db.db, { actor: SYSTEM_CLI, action: 'test.after', outcome: 'success' });
      expect(await verifyAuditChain(db.db)).toEqual({ ok: true, checked: 7, headSeq: '7' });
      // The decision was sealed as it stood at the upgrade: a later change behind the application's back shows.
      expect((await verifyRecords(db.db)).ok).toBe(true);
      await sql`UPDATE intervention_decisions SET status = 'approved' WHERE id = ${decisionId}`.execute(
        db.db,
      );
      expect((await verifyRecords(db.db)).problems).toEqual([
        expect.objectContaining({ type: 'intervention_decision', id: decisionId, entry: '6' }),
      ]);
      const kinds = await db.db.selectFrom('audit_log').select(['action', 'key_id']).orderBy('seq').execute();
      expect(kinds.map((k) => [k.action, k.key_id === null])).toEqual([
        ['agency.create', true],
        ['agency.create', true],
        ['agency.create', true],
        ['agency.create', true],
        ['audit.chain_sealed', false],
        ['record.sealed', false],
        ['test.after', false],
      ]);

      // Later, an intruder passes the whole log off as unkeyed: the next start does not seal it again.
      await rebuildChain(db, { unkey: true });
      const again = await migrateWithAuditKeys(db.db, { secretKey: key });
      expect(again).toEqual({ applied: [], sealed: null });
      expect((await verifyAuditChain(db.db)).ok).toBe(false);
      await expect(
        recordAudit(db.db, { actor: SYSTEM_CLI, action: 'test.later', outcome: 'success' }),
      ).rejects.toThrow(/sealed with no key/);
    } finally {
      await db.close();
    }
  });
});
