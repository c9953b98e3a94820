import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { SYNC_RULES } from '../operations/sync-rules.ts';
import { AppError } from '../platform/errors.ts';
import { CUSTODY_GENESIS, custodyHash } from './chain.ts';
import { visibleExhibit } from './exhibits.ts';
import { CUSTODY_ACTIONS, type CustodyInput } from './schema.ts';

type Q = Kysely<Database>;

const FINAL_STATES = ['returned', 'disposed'];

/**
 * Appends one custody entry: from the current custodian to the next, why, under what authority, how, where and
 * when. For a digital item the hash computed now is compared with the one taken at collection, and a mismatch is
 * recorded as such (never refused: the court must see it). The exhibit row is locked, so entries are numbered
 * without gaps even when two people record at once.
 */
export async function recordCustody(db: Q, actor: Actor, id: string, input: CustodyInput, requestId: string) {
  await visibleExhibit(db, actor, id, 'evidence.write');
  if (!actor.userId) throw new AppError('forbidden');
  const userId = actor.userId;
  const at = new Date(input.at);
  if (at.getTime() > Date.now() + 5 * 60_000)
    throw new AppError('validation_failed', 'at: must not be in the future');
  let toName: string | null = input.toExternal;
  if (input.toUserId) {
    const u = await db
      .selectFrom('users')
      .select(['display_name', 'disabled'])
      .where('id', '=', input.toUserId)
      .executeTakeFirst();
    if (!u || u.disabled) throw new AppError('validation_failed', 'toUserId: no such active user');
    toName = u.display_name;
  }
  return db.transaction().execute(async (trx) => {
    const x = await trx
      .selectFrom('exhibits')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (input.id) {
      const sent = await trx
        .selectFrom('custody_events')
        .select(['seq', 'hash', 'hash_matches'])
        .where('exhibit_id', '=', id)
        .where('client_id', '=', input.id)
        .executeTakeFirst();
      if (sent) return { seq: sent.seq, hash: sent.hash, hashMatches: sent.hash_matches, duplicate: true };
    }
    // Recorded against the chain as the sender saw it: an entry added since (someone else moved the exhibit) is
    // never silently chained before this one; the sender reads the chain again (sync-rules.ts).
    if (input.afterSeq !== undefined && input.afterSeq !== x.custody_count)
      throw new AppError(SYNC_RULES.custody_entry.conflict.code, undefined, {
        current: { seq: x.custody_count, custodian: x.custodian },
      });
    if (FINAL_STATES.includes(x.state))
      throw new AppError('conflict', `The exhibit has been ${x.state}; its chain of custody is closed.`);
    const last = await trx
      .selectFrom('custody_events')
      .select(['at'])
      .where('exhibit_id', '=', id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last && at.getTime() < new Date(last.at).getTime())
      throw new AppError('validation_failed', 'at: is earlier than the last custody entry');
    if (input.hashObserved && x.nature !== 'digital')
      throw new AppError('validation_failed', 'hashObserved: only a digital item has a hash');
    const keepsCustodian = input.action === 'hash_reverified';
    const entry = {
      exhibit_id: id,
      seq: x.custody_count + 1,
      action: input.action,
      from_custodian: x.custodian,
      to_custodian: keepsCustodian ? x.custodian : (toName ?? x.custodian),
      to_user_id: keepsCustodian ? x.custodian_user_id : input.toUserId,
      purpose: input.purpose,
      authority: input.authority,
      method: input.method,
      place: input.place,
      at,
      hash_observed: input.hashObserved,
      hash_matches: input.hashObserved ? input.hashObserved === x.digital_hash : null,
      note: input.note,
      recorded_by: userId,
    };
    const hash = custodyHash(x.custody_head, entry);
    await trx
      .insertInto('custody_events')
      .values({ ...entry, prev_hash: x.custody_head, hash, client_id: input.id ?? null })
      .execute();
    await trx
      .updateTable('exhibits')
      .set({
        custody_count: entry.seq,
        custody_head: hash,
        custodian: entry.to_custodian,
        custodian_user_id: entry.to_user_id,
        location: input.place,
        state: CUSTODY_ACTIONS[input.action].state ?? x.state,
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'evidence.custody',
      resource: { type: 'exhibit', id },
      outcome: 'success',
      requestId,
      detail: { custodySeq: entry.seq, custodyHash: hash, hashMatches: entry.hash_matches },
    });
    return { seq: entry.seq, hash, hashMatches: entry.hash_matches, duplicate: false };
  });
}

export interface CustodyCheck {
  intact: boolean;
  entries: number;
  problems: string[];
}

/**
 * Re-computes the chain: each entry's hash from its content and its predecessor's hash, the numbering, the head
 * kept on the exhibit, and each entry against the hash the audit log recorded when it was written. An entry edited,
 * removed or inserted behind the application's back breaks at least one of these.
 */
export async function verifyCustody(db: Q, id: string): Promise<CustodyCheck> {
  const x = await db.selectFrom('exhibits').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('custody_events')
    .selectAll()
    .where('exhibit_id', '=', id)
    .orderBy('seq')
    .execute();
  const audited = await db
    .selectFrom('audit_log')
    .select('detail')
    .where('resource_type', '=', 'exhibit')
    .where('resource_id', '=', id)
    .where('action', 'in', ['evidence.register', 'evidence.custody'])
    .execute();
  const auditedHashes = new Map(
    audited.map((a) => [Number(a.detail.custodySeq), String(a.detail.custodyHash)] as const),
  );
  const problems: string[] = [];
  let prev = CUSTODY_GENESIS;
  events.forEach((e, i) => {
    const where = `entry ${e.seq}`;
    if (e.seq !== i + 1)
      problems.push(`${where}: expected entry ${i + 1} here (an entry is missing or out of order)`);
    if (e.prev_hash !== prev) problems.push(`${where}: does not follow the entry before it`);
    const recomputed = custodyHash(e.prev_hash, e);
    if (recomputed !== e.hash) problems.push(`${where}: its content was altered after it was recorded`);
    if (auditedHashes.get(e.seq) !== e.hash)
      problems.push(`${where}: differs from the audit log's record of it`);
    prev = e.hash;
  });
  if (x.custody_count !== events.length)
    problems.push(`the exhibit records ${x.custody_count} entries but ${events.length} exist`);
  if (x.custody_head !== prev) problems.push('the last entry is not the one the exhibit records as its last');
  if (auditedHashes.size !== events.length)
    problems.push(`the audit log recorded ${auditedHashes.size} entries but ${events.length} exist`);
  return { intact: problems.length === 0, entries: events.length, problems };
}
