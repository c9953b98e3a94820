import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import type { NoticeDetail } from './schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Leaves a notice for a person, shown at their next sign-in until they acknowledge it. It names what was done and by
 * whom (staff names, code names), never a target, a place, a time or anything about a victim; the screens word it.
 */
export async function addNotice(q: Q, userId: string, detail: NoticeDetail): Promise<void> {
  await q
    .insertInto('user_notices')
    .values({ user_id: userId, kind: detail.kind, text: '', detail: JSON.stringify(detail), read_at: null })
    .execute();
}

export async function unreadNotices(q: Q, userId: string) {
  const rows = await q
    .selectFrom('user_notices')
    .select(['id', 'kind', 'text', 'detail', 'created_at'])
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, text: r.text, detail: r.detail, at: r.created_at }));
}

/** Marks one of the person's own notices read; true when there was such an unread notice. */
export async function acknowledgeNotice(q: Q, userId: string, id: string, at: Date): Promise<boolean> {
  const r = await q
    .updateTable('user_notices')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}
