import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';

type Q = Kysely<Database> | Transaction<Database>;

export type NoticeKind =
  | 'account_reset'
  | 'roles_granted'
  | 'plan_changed_after_approval'
  | 'membership_suspended'
  | 'tips_overdue';

/**
 * Leaves a notice for a person, shown at their next sign-in until they acknowledge it. The text names what was done
 * and by whom (staff names, code names), never a target, a place, a time or anything about a victim.
 */
export async function addNotice(q: Q, userId: string, kind: NoticeKind, text: string): Promise<void> {
  await q.insertInto('user_notices').values({ user_id: userId, kind, text, read_at: null }).execute();
}

export async function unreadNotices(q: Q, userId: string) {
  const rows = await q
    .selectFrom('user_notices')
    .select(['id', 'kind', 'text', 'created_at'])
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, text: r.text, at: r.created_at }));
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
