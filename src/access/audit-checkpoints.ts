import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { appendAudit, canonicalJson } from './audit.ts';
import { auditKeys, CHECKPOINT_LABEL, deriveKey, keyLookup } from './audit-keys.ts';
import { safeEqual } from './crypto.ts';
import type { Actor } from './policy.ts';

/**
 * A signed statement that the audit log's entry `seq` had hash `hash` at time `at`, kept by the operator outside
 * the database. Whoever later cuts the log back or rebuilds it cannot make it match again: the entry and its hash
 * are gone or changed, and a checkpoint cannot be forged without the key.
 */
export interface Checkpoint {
  seq: string;
  hash: string;
  at: string;
  keyId: string;
  mac: string;
}

const macOf = (key: Buffer, c: Omit<Checkpoint, 'mac'>) =>
  createHmac('sha256', key)
    .update(canonicalJson({ seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId }))
    .digest('hex');

/** Audits the checkpoint, then signs the head: the checkpoint covers its own audit entry. */
export async function makeCheckpoint(
  db: Kysely<Database>,
  actor: Pick<Actor, 'kind' | 'userId' | 'agencyId'>,
  requestId?: string,
): Promise<Checkpoint> {
  return db.transaction().execute(async (trx) => {
    await appendAudit(trx, {
      actor,
      action: 'audit.checkpoint',
      resource: { type: 'audit_log' },
      outcome: 'success',
      requestId,
    });
    const head = await trx
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    const [signing] = auditKeys(trx);
    if (!signing) throw new Error('the audit log has no key');
    const body = { seq: String(head.seq), hash: head.hash, at: new Date().toISOString(), keyId: signing.id };
    return { ...body, mac: macOf(deriveKey(signing.key, CHECKPOINT_LABEL), body) };
  });
}

/** One line of a checkpoint file. */
export const checkpointLine = (c: Checkpoint): string =>
  JSON.stringify({ seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId, mac: c.mac });

const isCheckpoint = (v: unknown): v is Checkpoint => {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.seq === 'string' &&
    /^[1-9][0-9]{0,18}$/.test(c.seq) &&
    ['hash', 'at', 'keyId', 'mac'].every((k) => typeof c[k] === 'string')
  );
};

export interface CheckpointCheck {
  ok: boolean;
  checked: number;
  problems: string[];
}

/**
 * Checks each checkpoint of a file (one JSON object a line): its signature with the key its id names, then that
 * the entry it names is still in the log with the same hash. Names the line and what happened to the log.
 */
export async function verifyCheckpoints(db: Kysely<Database>, text: string): Promise<CheckpointCheck> {
  const key = keyLookup(auditKeys(db), CHECKPOINT_LABEL);
  const problems: string[] = [];
  let checked = 0;
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const where = `checkpoint on line ${i + 1}`;
    let c: unknown;
    try {
      c = JSON.parse(line);
    } catch {
      c = undefined;
    }
    if (!isCheckpoint(c)) {
      problems.push(`${where}: not a checkpoint`);
      continue;
    }
    checked++;
    const k = key(c.keyId);
    if (!k) {
      problems.push(`${where}: signed with key ${c.keyId}, which is not among the configured keys`);
      continue;
    }
    if (!safeEqual(macOf(k, c), c.mac)) {
      problems.push(`${where}: its signature does not match: it was altered or forged`);
      continue;
    }
    const entry = await db.selectFrom('audit_log').select('hash').where('seq', '=', c.seq).executeTakeFirst();
    if (!entry)
      problems.push(
        `${where} (${c.at}): entry ${c.seq} is no longer in the log: the log was cut back after the checkpoint`,
      );
    else if (entry.hash !== c.hash)
      problems.push(
        `${where} (${c.at}): entry ${c.seq} no longer has the hash it had: the log was rewritten after the checkpoint`,
      );
  }
  return { ok: problems.length === 0, checked, problems };
}
