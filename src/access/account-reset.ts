import type { Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { appendAudit } from './audit.ts';
import { addNotice } from './notices.ts';
import type { Actor } from './policy.ts';
import type { SessionStore } from './sessions.ts';
import { issueSignInLink } from './sign-in-links.ts';

const OPEN_OPERATIONS = ['planning', 'approved', 'executing'];

export interface ResetBy {
  requestedBy: { id: string | null; name: string };
  approvedBy: { id: string | null; name: string };
}

/**
 * Carries out an approved reset inside the caller's transaction: the password and second factor are cleared, every
 * session ends, and the account leaves every open operation it belonged to, so that whoever redeems the link cannot
 * read a compartment as that person: the operation's commanders re-admit it once they have spoken to the person.
 * Each such operation gets an audit entry, which its leak review shows; the person is told at their next sign-in.
 * Returns the one-time link token and the operations the account left.
 */
export async function carryOutReset(
  trx: Transaction<Database>,
  sessions: SessionStore,
  actor: Actor,
  userId: string,
  by: ResetBy,
  requestId?: string,
): Promise<{ linkToken: string; operationsLeft: string[] }> {
  const now = new Date();
  await trx
    .updateTable('users')
    .set({
      totp_secret_enc: null,
      totp_enabled: false,
      totp_last_step: null,
      password_hash: null,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
  await sessions.revokeAllForUser(userId, trx);
  const memberships = await trx
    .selectFrom('operation_members')
    .innerJoin('operations', 'operations.id', 'operation_members.operation_id')
    .select(['operation_members.id', 'operation_members.operation_id', 'operation_members.role'])
    .where('operation_members.user_id', '=', userId)
    .where('operation_members.removed_at', 'is', null)
    .where('operations.status', 'in', OPEN_OPERATIONS)
    .execute();
  for (const m of memberships) {
    await trx
      .updateTable('operation_members')
      .set({ removed_at: now, removed_by: by.approvedBy.id ?? by.requestedBy.id ?? userId })
      .where('id', '=', m.id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'operations.member_suspended',
      resource: { type: 'operation', id: m.operation_id },
      outcome: 'success',
      requestId,
      detail: { member: m.id, user: userId, role: m.role, reason: 'account_reset' },
    });
  }
  const linkToken = await issueSignInLink(trx, userId, 'reset');
  await appendAudit(trx, {
    actor,
    action: 'user.reset_2fa',
    resource: { type: 'user', id: userId },
    outcome: 'success',
    requestId,
    detail: {
      requestedBy: by.requestedBy.id,
      approvedBy: by.approvedBy.id,
      operationsLeft: memberships.map((m) => m.operation_id),
    },
  });
  await addNotice(trx, userId, {
    kind: 'account_reset',
    at: now.toISOString(),
    requestedBy: by.requestedBy.name,
    approvedBy: by.approvedBy.name,
    operationsLeft: memberships.length,
  });
  return { linkToken, operationsLeft: memberships.map((m) => m.operation_id) };
}
