import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, seal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { messageContext, threadEntries } from './public-store.ts';

// The staff's side of the public page: the thread of a public report (what the reporter added, the agency's
// replies), a reply the reporter reads with their receipt code, and which agency answers the page.

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/**
 * A tip of the actor's agency that has a thread (it came through the public page, so a reporter holds its code);
 * any other is "not found".
 */
async function threadTip(q: Q | Transaction<Database>, actor: Actor, id: string) {
  const tip = /^\d{1,18}$/.test(id)
    ? await q
        .selectFrom('tips')
        .select('id')
        .where('id', '=', id)
        .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
        .where('receipt_hash', 'is not', null)
        .executeTakeFirst()
    : undefined;
  if (!tip) throw new AppError('not_found', 'No such tip with a conversation in your agency.');
  return String(tip.id);
}

export interface StaffThreadMessage {
  author: 'reporter' | 'agency';
  at: string;
  text: string;
  /** The colleague who replied; null for the reporter. */
  by: string | null;
}

/** The thread of one of the agency's public reports, oldest first (audited with the count). */
export async function readThread(
  db: Q,
  ring: Keyring,
  actor: Actor,
  id: string,
  requestId: string,
): Promise<{ messages: StaffThreadMessage[] }> {
  return db.transaction().execute(async (trx) => {
    const tipId = await threadTip(trx, actor, id);
    const entries = await threadEntries(trx, ring, tipId);
    const userIds = [...new Set(entries.map((e) => e.userId).filter((u): u is string => u !== null))];
    const names = new Map(
      userIds.length
        ? (
            await trx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
          ).map((u) => [u.id, u.display_name])
        : [],
    );
    await appendAudit(trx, {
      actor,
      action: 'monitoring.thread_read',
      resource: { type: 'tip', id: tipId },
      outcome: 'success',
      requestId,
      detail: { count: entries.length },
    });
    return {
      messages: entries.map((e) => ({
        author: e.author,
        at: e.at.toISOString(),
        text: e.text,
        by: e.author === 'agency' && e.userId ? (names.get(e.userId) ?? null) : null,
      })),
    };
  });
}

/** A reply on one of the agency's public reports: sealed, in its history, audited; the reporter reads it. */
export async function replyToReporter(
  db: Q,
  ring: Keyring,
  actor: Actor,
  id: string,
  text: string,
  requestId: string,
): Promise<{ id: string; at: string }> {
  return db.transaction().execute(async (trx) => {
    const tipId = await threadTip(trx, actor, id);
    const row = await trx
      .insertInto('tip_messages')
      .values({
        tip_id: tipId,
        author: 'agency',
        user_id: actor.userId,
        text: seal(ring, text, messageContext(tipId)),
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    const messageId = String(row.id);
    await trx
      .insertInto('tip_events')
      .values({
        tip_id: tipId,
        kind: 'replied',
        by_user: actor.userId,
        detail: JSON.stringify({ message: messageId }),
      })
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.replied',
      resource: { type: 'tip', id: tipId },
      outcome: 'success',
      requestId,
      detail: { message: messageId },
    });
    return { id: messageId, at: new Date(row.created_at).toISOString() };
  });
}

export interface ChannelSetting {
  agencyId: string | null;
  agencyName: string | null;
  open: boolean;
  setAt: string | null;
}

async function channelSetting(q: Q | Transaction<Database>): Promise<ChannelSetting> {
  const row = await q
    .selectFrom('public_channel')
    .innerJoin('agencies', 'agencies.id', 'public_channel.agency_id')
    .select(['public_channel.agency_id', 'agencies.name', 'public_channel.open', 'public_channel.set_at'])
    .where('public_channel.id', '=', 1)
    .executeTakeFirst();
  if (!row) return { agencyId: null, agencyName: null, open: false, setAt: null };
  return {
    agencyId: row.agency_id,
    agencyName: row.name,
    open: row.open,
    setAt: new Date(row.set_at).toISOString(),
  };
}

/** Which agency answers the public page and whether it is open (audited). */
export async function getChannel(db: Q, actor: Actor, requestId: string): Promise<ChannelSetting> {
  return db.transaction().execute(async (trx) => {
    const setting = await channelSetting(trx);
    await appendAudit(trx, {
      actor,
      action: 'monitoring.public_channel_read',
      resource: { type: 'public_channel', id: '1' },
      outcome: 'success',
      requestId,
    });
    return setting;
  });
}

/**
 * Sets the agency that answers the public page and opens or closes it; no agency takes the page down (it then says
 * reports cannot be taken). Reports already made stay with the agency that received them.
 */
export async function setChannel(
  db: Q,
  actor: Actor,
  input: { agencyId: string | null; open: boolean },
  requestId: string,
): Promise<ChannelSetting> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('public_channel').where('id', '=', 1).execute();
    if (input.agencyId !== null) {
      const agency = await trx
        .selectFrom('agencies')
        .select('id')
        .where('id', '=', input.agencyId)
        .executeTakeFirst();
      if (!agency) throw new AppError('not_found', 'agencyId: no agency has this id.');
      await trx
        .insertInto('public_channel')
        .values({ id: 1, agency_id: input.agencyId, open: input.open, set_by: actor.userId })
        .execute();
    }
    await appendAudit(trx, {
      actor,
      action: 'monitoring.public_channel_set',
      resource: { type: 'public_channel', id: '1' },
      outcome: 'success',
      requestId,
      detail: { agency: input.agencyId, open: input.agencyId === null ? false : input.open },
    });
    return channelSetting(trx);
  });
}
