import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { sha256Hex } from './crypto.ts';
import type { Actor } from './policy.ts';

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditInput {
  actor: Pick<Actor, 'kind' | 'userId' | 'agencyId'> | null;
  action: string;
  resource?: { type: string; id?: string | null } | undefined;
  outcome: AuditOutcome;
  requestId?: string | null | undefined;
  /** Identifiers and reasons only: never names, contacts or free text about a person. */
  detail?: Record<string, unknown> | undefined;
}

export interface AuditRow {
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
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth: one byte string for one entry, whatever built it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const body = canonicalJson({
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
  return sha256Hex(`${prevHash}\n${body}`);
}

/**
 * Appends one entry inside the caller's transaction, so the entry and the change it records commit together.
 * The head row is locked, which orders concurrent writers on a server.
 */
export async function appendAudit(trx: Transaction<Database>, input: AuditInput): Promise<string> {
  const head = await trx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const seq = String(BigInt(head.seq) + 1n);
  const row = {
    seq,
    at: new Date(),
    actor_id: input.actor?.userId ?? null,
    actor_kind: input.actor?.kind ?? 'anonymous',
    agency_id: input.actor?.agencyId ?? null,
    action: input.action,
    resource_type: input.resource?.type ?? null,
    resource_id: input.resource?.id ?? null,
    outcome: input.outcome,
    request_id: input.requestId ?? null,
    detail: JSON.parse(canonicalJson(input.detail ?? {})) as Record<string, unknown>,
  };
  const hash = entryHash(head.hash, row);
  await trx
    .insertInto('audit_log')
    .values({ ...row, detail: JSON.stringify(row.detail), prev_hash: head.hash, hash })
    .execute();
  await trx.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
  return seq;
}

/** Writes an entry in a transaction of its own: for denials and failures that change nothing else. */
export function recordAudit(db: Kysely<Database>, input: AuditInput): Promise<string> {
  return db.transaction().execute((trx) => appendAudit(trx, input));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: string;
  firstBad?: { seq: string; problem: string };
}

/** Walks the chain in order and names the first entry that was altered, removed or reordered. */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 2000): Promise<VerifyResult> {
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!head)
    return {
      ok: false,
      checked: 0,
      headSeq: '0',
      firstBad: { seq: '0', problem: 'the chain head is missing' },
    };
  let prevHash = GENESIS_HASH;
  let expected = 1n;
  let checked = 0;
  const fail = (seq: bigint | string, problem: string): VerifyResult => ({
    ok: false,
    checked,
    headSeq: head.seq,
    firstBad: { seq: String(seq), problem },
  });
  for (;;) {
    const rows = (await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', String(expected))
      .orderBy('seq')
      .limit(pageSize)
      .execute()) as AuditRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const seq = BigInt(row.seq);
      if (seq !== expected) return fail(expected, `entry ${expected} is missing: it was removed`);
      if (row.prev_hash !== prevHash) {
        return fail(
          seq,
          `entry ${seq} does not follow entry ${seq - 1n}: an entry was altered, removed or reordered`,
        );
      }
      if (entryHash(row.prev_hash, row) !== row.hash) return fail(seq, `entry ${seq} was altered`);
      prevHash = row.hash;
      expected = seq + 1n;
      checked++;
    }
  }
  const last = expected - 1n;
  if (BigInt(head.seq) > last)
    return fail(last + 1n, `entries ${last + 1n} to ${head.seq} were removed from the end`);
  if (BigInt(head.seq) < last || head.hash !== prevHash) {
    return fail(head.seq, 'the chain head does not match the last entry: the log or its head was altered');
  }
  return { ok: true, checked, headSeq: head.seq };
}

/** Count of entries; used by tests and the health view. */
export async function auditCount(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM audit_log`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}
