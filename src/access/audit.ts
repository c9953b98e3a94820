import { createHmac } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { AUDIT_CHAIN_LABEL, auditKeys, clientAddress, deriveKey, keyLookup } from './audit-keys.ts';
import { sha256Hex } from './crypto.ts';
import type { Actor } from './policy.ts';
import type { AUDIT_OUTCOMES } from './schema.ts';

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditInput {
  actor: Pick<Actor, 'kind' | 'userId' | 'agencyId'> | null;
  action: string;
  resource?: { type: string; id?: string | null } | undefined;
  outcome: AuditOutcome;
  requestId?: string | null | undefined;
  /** The client's address; by default that of the request `requestId` while it runs (null for commands and jobs). */
  ip?: string | null | undefined;
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
  /** Client address of the request that made the entry; null for commands, jobs and entries before addresses. */
  ip: string | null;
  /** Id of the secret key whose derived key sealed the entry; null for an unkeyed entry from before keys. */
  key_id: string | null;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
/** The action of the keyed entry that covers the unkeyed entries written before the upgrade (sealLegacyChain). */
export const CHAIN_SEALED = 'audit.chain_sealed';

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

type EntryBody = Omit<AuditRow, 'hash' | 'prev_hash'>;

const bodyOf = (row: Omit<EntryBody, 'ip' | 'key_id'>) => ({
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

/**
 * The unkeyed hash of entries written before the chain was keyed: anyone can recompute it, so such entries are
 * trusted only as the start of a chain that a keyed entry follows.
 */
export function legacyEntryHash(prevHash: string, row: Omit<EntryBody, 'ip' | 'key_id'>): string {
  return sha256Hex(`${prevHash}\n${canonicalJson(bodyOf(row))}`);
}

/** HMAC-SHA256 of the entry (its address and key id included) and its predecessor's hash, with the chain key. */
export function sealedEntryHash(chainKey: Buffer, prevHash: string, row: EntryBody): string {
  const body = canonicalJson({ ...bodyOf(row), ip: row.ip, key_id: row.key_id });
  return createHmac('sha256', chainKey).update(`${prevHash}\n${body}`).digest('hex');
}

const chainKeys = new WeakMap<Buffer, Buffer>();
/** The chain key derived from a secret key, once per key. */
function chainKeyOf(secret: Buffer): Buffer {
  let key = chainKeys.get(secret);
  if (!key) {
    key = deriveKey(secret, AUDIT_CHAIN_LABEL);
    chainKeys.set(secret, key);
  }
  return key;
}

/**
 * Appends one entry inside the caller's transaction, so the entry and the change it records commit together.
 * The head row is locked, which orders concurrent writers on a server. The entry is sealed with the newest key of
 * this database connection (see registerAuditKeys). It is never appended onto an unkeyed entry: a keyed entry
 * would vouch for everything before it, so a chain rewritten without the key (every entry made unkeyed) must stay
 * visible rather than be covered; only the one-time seal of the upgrade (sealLegacyChain) does that.
 */
export function appendAudit(trx: Transaction<Database>, input: AuditInput): Promise<string> {
  return append(trx, input, false);
}

/** For sealLegacyChain only: the first keyed entry, onto the unkeyed entries written before the upgrade. */
export function appendOntoLegacy(trx: Transaction<Database>, input: AuditInput): Promise<string> {
  return append(trx, input, true);
}

async function append(trx: Transaction<Database>, input: AuditInput, ontoLegacy: boolean): Promise<string> {
  const head = await trx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // Read after the lock is held (not joined to it: a locked row re-read after a wait is not re-joined).
  const last =
    head.seq === '0'
      ? undefined
      : await trx.selectFrom('audit_log').select('key_id').where('seq', '=', head.seq).executeTakeFirst();
  if (head.seq !== '0' && !last?.key_id && !ontoLegacy)
    throw new Error(
      'the audit chain ends on an entry sealed with no key: run `lantern audit verify`; after an upgrade, `lantern audit seal-legacy`',
    );
  const seq = String(BigInt(head.seq) + 1n);
  const [signing] = auditKeys(trx);
  if (!signing) throw new Error('the audit log has no key');
  const row: EntryBody = {
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
    ip: input.ip ?? clientAddress(trx, input.requestId),
    key_id: signing.id,
  };
  const hash = sealedEntryHash(chainKeyOf(signing.key), head.hash, row);
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

/**
 * Walks the chain in order and names the first entry that was altered, removed or reordered. Each keyed entry's
 * HMAC is checked with the key its id names among the configured keys, so a chain rebuilt by someone holding the
 * database but not the key fails. Unkeyed (legacy) entries are accepted only before the first keyed entry, and a
 * chain may not end on one: after the upgrade a keyed "chain sealed" entry follows them.
 */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 2000): Promise<VerifyResult> {
  const chainKey = keyLookup(auditKeys(db), AUDIT_CHAIN_LABEL);
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
  let keyedSeen = false;
  let lastKeyed = true;
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
      if (row.key_id === null) {
        if (keyedSeen)
          return fail(
            seq,
            `entry ${seq} carries no key after keyed entries: it was rewritten without the key`,
          );
        if (row.ip !== null || legacyEntryHash(row.prev_hash, row) !== row.hash)
          return fail(seq, `entry ${seq} was altered`);
      } else {
        const key = chainKey(row.key_id);
        if (!key)
          return fail(
            seq,
            `entry ${seq} was sealed with key ${row.key_id}, which is not among the configured keys`,
          );
        if (sealedEntryHash(key, row.prev_hash, row) !== row.hash)
          return fail(seq, `entry ${seq} was altered`);
        if (!keyedSeen && checked > 0 && row.action !== CHAIN_SEALED)
          return fail(
            seq,
            `entry ${seq} is the first keyed entry but not the seal of the upgrade: the unkeyed entries before it were forged`,
          );
        keyedSeen = true;
      }
      lastKeyed = row.key_id !== null;
      prevHash = row.hash;
      expected = seq + 1n;
      checked++;
    }
  }
  const last = expected - 1n;
  if (!lastKeyed)
    return fail(
      last,
      `entries up to ${last} carry no key: the chain was never sealed, or it was rewritten without the key`,
    );
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
