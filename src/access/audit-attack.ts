import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';

/**
 * For tests: what an intruder holding the database files (but not the key) does to the audit log. The hash below
 * is the unkeyed SHA-256 the chain used before it was keyed, ported as such: anyone can recompute it.
 */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

interface Row {
  seq: string;
  at: Date;
  actor_id: string | null;
  actor_kind: string;
  agency_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: string;
  request_id: string | null;
  detail: Record<string, unknown>;
}

export function oldEntryHash(prevHash: string, row: Row): string {
  const body = canonical({
    seq: String(row.seq),
    at: row.at.toISOString(),
    actor_id: row.actor_id,
    actor_kind: row.actor_kind,
    agency_id: row.agency_id,
    action: row.action,
    resource_type: row.resource_type,
    resource_id: row.resource_id,
    outcome: row.outcome,
    request_id: row.request_id,
    detail: row.detail,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/** Runs statements on the log with its append-only guard switched off, as the database's owner can. */
export async function tamper(db: Db, ...statements: string[]): Promise<void> {
  await sql.raw('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change').execute(db.db);
  for (const s of statements) await sql.raw(s).execute(db.db);
  await sql.raw('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change').execute(db.db);
}

/**
 * Recomputes every entry's link and hash with the unkeyed SHA-256, and the head, after the rows were edited.
 * `unkey` also clears each entry's key id, passing the whole log off as written before keys.
 */
export async function rebuildChain(db: Db, opts: { unkey?: boolean } = {}): Promise<void> {
  const rows = (await db.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) as Row[];
  let prev = '0'.repeat(64);
  await sql.raw('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change').execute(db.db);
  for (const row of rows) {
    const hash = oldEntryHash(prev, row);
    await sql`UPDATE audit_log SET prev_hash = ${prev}, hash = ${hash}
      ${opts.unkey ? sql`, key_id = NULL, ip = NULL` : sql``} WHERE seq = ${row.seq}`.execute(db.db);
    prev = hash;
  }
  await sql.raw('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change').execute(db.db);
  const last = rows.at(-1)?.seq ?? '0';
  await sql`UPDATE audit_head SET seq = ${last}, hash = ${prev} WHERE id = 1`.execute(db.db);
}

/** Cuts the log back to entry `keep` and points the head at it, so the chain itself stays whole. */
export async function truncateAfter(db: Db, keep: string): Promise<void> {
  await tamper(db, `DELETE FROM audit_log WHERE seq > ${Number(keep)}`);
  const last = await db.db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('seq', '=', keep)
    .executeTakeFirstOrThrow();
  await sql`UPDATE audit_head SET seq = ${last.seq}, hash = ${last.hash} WHERE id = 1`.execute(db.db);
}
