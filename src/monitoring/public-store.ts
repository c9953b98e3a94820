import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Keyring, seal, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { afterIntake } from './intake-hooks.ts';
import type { PublicReport } from './public-form.ts';
import { DAY } from './public-limits.ts';
import { canonicalCode, newReceiptCode, receiptHash, receiptHashes } from './public-receipt.ts';
import type { Lang } from './public-texts.ts';
import { triageDueAt } from './triage-targets.ts';

// What the anonymous page stores and reads. Nothing about the sender is written: no address, no header, no
// cookie; the report's time of receipt (for triage) and the keyed hash of its receipt code. Each submission, read
// and addition is audited with no actor and the tip's id only.

type Q = Kysely<Database>;
const CHANNEL = 'public_page';

export interface PublicChannel {
  agencyId: string;
  agencyName: string;
}

/** The agency that answers the page, when one is set and the page is open. */
export async function openChannel(db: Q | Transaction<Database>): Promise<PublicChannel | null> {
  const row = await db
    .selectFrom('public_channel')
    .innerJoin('agencies', 'agencies.id', 'public_channel.agency_id')
    .select(['public_channel.agency_id', 'public_channel.open', 'agencies.name'])
    .where('public_channel.id', '=', 1)
    .executeTakeFirst();
  return row?.open ? { agencyId: row.agency_id, agencyName: row.name } : null;
}

export const messageContext = (tipId: string) => `tip:${tipId}:message`;

/**
 * Stores a report for the agency answering the page, and returns its receipt code (kept nowhere but in the answer).
 * Null when the page is closed (read in the same transaction as the write).
 */
export async function storePublicReport(
  db: Q,
  ring: Keyring,
  report: PublicReport,
  lang: Lang,
  at: Date,
): Promise<{ tipId: string; code: string } | null> {
  return db.transaction().execute(async (trx) => {
    const channel = await openChannel(trx);
    if (!channel) return null;
    const code = newReceiptCode();
    const { id } = await trx
      .insertInto('tips')
      .values({
        agency_id: channel.agencyId,
        import_id: null,
        entered_by: null,
        tip_ref: null,
        received_at: at,
        channel: CHANNEL,
        language: lang,
        text: report.text,
        place_hint: report.placeHint,
        lat: null,
        lon: null,
        kind: report.kind,
        occurred: report.occurred,
        people_count: report.peopleCount,
        children: report.children,
        danger: report.danger,
        status: 'new',
        due_at: triageDueAt(report.danger, at),
        tlp: 'AMBER',
        details: null,
        receipt_hash: receiptHash(ring, canonicalCode(code) as string),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tipId = String(id);
    if (report.contact !== null) {
      const details = JSON.stringify({ reporter: { contact: report.contact, consentToShare: false } });
      await trx
        .updateTable('tips')
        .set({ details: seal(ring, details, `tip:${tipId}:details`) })
        .where('id', '=', tipId)
        .execute();
    }
    await afterIntake(
      trx,
      { id: tipId, agencyId: channel.agencyId, numbers: [] },
      { userId: null, via: CHANNEL },
    );
    await appendAudit(trx, {
      actor: null,
      action: 'monitoring.public_report',
      resource: { type: 'tip', id: tipId },
      outcome: 'success',
    });
    return { tipId, code };
  });
}

/** The public report a typed code opens, or null: a malformed code and an unknown one are the same. */
async function tipByCode(q: Q | Transaction<Database>, ring: Keyring, typed: string) {
  const hashes = receiptHashes(ring, typed);
  if (!hashes.length) return undefined;
  return q
    .selectFrom('tips')
    .select([
      'id',
      'received_at',
      'text',
      'place_hint',
      'occurred',
      'people_count',
      'children',
      'danger',
      'kind',
    ])
    .where('channel', '=', CHANNEL)
    .where('receipt_hash', 'in', hashes)
    .executeTakeFirst();
}

export interface ThreadEntry {
  author: 'reporter' | 'agency';
  text: string;
  at: Date;
}

export interface PublicThread {
  tipId: string;
  receivedAt: Date;
  text: string;
  placeHint: string | null;
  occurred: string | null;
  peopleCount: number | null;
  children: string | null;
  danger: string | null;
  kind: string | null;
  entries: ThreadEntry[];
}

/** A report's messages in the order written, opened. */
export async function threadEntries(
  q: Q | Transaction<Database>,
  ring: Keyring,
  tipId: string,
): Promise<(ThreadEntry & { id: string; userId: string | null })[]> {
  const rows = await q
    .selectFrom('tip_messages')
    .select(['id', 'author', 'user_id', 'text', 'created_at'])
    .where('tip_id', '=', tipId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    author: r.author === 'agency' ? 'agency' : 'reporter',
    userId: r.user_id,
    text: unseal(ring, r.text, messageContext(tipId)),
    at: new Date(r.created_at),
  }));
}

/** The thread a code opens (its reading audited), or null (the failed attempt audited with no tip named). */
export async function openThread(db: Q, ring: Keyring, typed: string): Promise<PublicThread | null> {
  return db.transaction().execute(async (trx) => {
    const tip = await tipByCode(trx, ring, typed);
    await appendAudit(trx, {
      actor: null,
      action: 'monitoring.public_thread_read',
      resource: { type: 'tip', id: tip ? String(tip.id) : null },
      outcome: tip ? 'success' : 'denied',
    });
    if (!tip) return null;
    const tipId = String(tip.id);
    return {
      tipId,
      receivedAt: new Date(tip.received_at),
      text: tip.text,
      placeHint: tip.place_hint,
      occurred: tip.occurred,
      peopleCount: tip.people_count,
      children: tip.children,
      danger: tip.danger,
      kind: tip.kind,
      entries: (await threadEntries(trx, ring, tipId)).map(({ author, text, at }) => ({ author, text, at })),
    };
  });
}

export type AddOutcome = 'added' | 'not_found' | 'limit';

/**
 * Adds the reporter's words to the report a code opens, unless it already had `perDay` additions in the 24 hours
 * before `at` (counted from its own messages, so nothing about the sender is kept). The report's row is locked
 * while counting, so two additions at once cannot both pass the limit.
 */
export async function addToThread(
  db: Q,
  ring: Keyring,
  typed: string,
  text: string,
  at: Date,
  perDay: number,
): Promise<AddOutcome> {
  return db.transaction().execute(async (trx) => {
    const tip = await tipByCode(trx, ring, typed);
    if (!tip) {
      await appendAudit(trx, {
        actor: null,
        action: 'monitoring.public_added',
        resource: { type: 'tip', id: null },
        outcome: 'denied',
      });
      return 'not_found';
    }
    const tipId = String(tip.id);
    await sql`SELECT id FROM tips WHERE id = ${tipId} FOR UPDATE`.execute(trx);
    const { n } = await trx
      .selectFrom('tip_messages')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tip_id', '=', tipId)
      .where('author', '=', 'reporter')
      .where('created_at', '>', new Date(at.getTime() - DAY))
      .executeTakeFirstOrThrow();
    if (Number(n) >= perDay) return 'limit';
    const { id } = await trx
      .insertInto('tip_messages')
      .values({
        tip_id: tipId,
        author: 'reporter',
        user_id: null,
        text: seal(ring, text, messageContext(tipId)),
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('tip_events')
      .values({
        tip_id: tipId,
        kind: 'reporter_added',
        by_user: null,
        at,
        detail: JSON.stringify({ message: String(id) }),
      })
      .execute();
    await appendAudit(trx, {
      actor: null,
      action: 'monitoring.public_added',
      resource: { type: 'tip', id: tipId },
      outcome: 'success',
      detail: { message: String(id) },
    });
    return 'added';
  });
}
