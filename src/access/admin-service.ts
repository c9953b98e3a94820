import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { carryOutReset } from './account-reset.ts';
import { anotherApproverExists, fileApproval, splitRoles } from './approvals.ts';
import { appendAudit } from './audit.ts';
import { type Actor, can } from './policy.ts';
import type { AgencyKind, Role } from './roles.ts';
import type { SessionStore } from './sessions.ts';
import { issueSignInLink } from './sign-in-links.ts';
import {
  type AgencyRecord,
  countUsers,
  findAgency,
  findUserById,
  insertAgency,
  insertUser,
  setRoles,
  type UserRecord,
  usernameTaken,
} from './users-store.ts';

export { issueSignInLink, type LinkPurpose, signInLinkUrl } from './sign-in-links.ts';

export async function createAgency(
  db: Kysely<Database>,
  actor: Actor,
  input: { name: string; kind: AgencyKind },
  requestId?: string,
): Promise<AgencyRecord> {
  if (!can(actor, 'agency.create')) throw new AppError('forbidden');
  if (await findAgency(db, input.name))
    throw new AppError('conflict', 'name: an agency with this name exists');
  return db.transaction().execute(async (trx) => {
    const id = await insertAgency(trx, input.name, input.kind);
    await appendAudit(trx, {
      actor,
      action: 'agency.create',
      resource: { type: 'agency', id },
      outcome: 'success',
      requestId,
      detail: { kind: input.kind },
    });
    const created = await findAgency(trx, id);
    if (!created) throw new AppError('internal');
    return created;
  });
}

/** Roles that wait for a second administrator's approval. */
export interface PendingGrant {
  approvalId: string;
  roles: Role[];
}

export interface NewUser {
  agencyId: string;
  username: string;
  displayName: string;
  roles: Role[];
}

/** Creates an account with no password; the returned one-time link lets its owner set one. */
export async function createUser(
  db: Kysely<Database>,
  actor: Actor,
  input: NewUser,
  requestId?: string,
): Promise<{ user: UserRecord; linkToken: string; pending: PendingGrant | null }> {
  const agency = await findAgency(db, input.agencyId);
  if (!agency || !can(actor, 'user.create', { type: 'agency', id: agency.id, agencyId: agency.id })) {
    throw new AppError('not_found', 'agencyId: no such agency that you may add users to');
  }
  if (input.roles.includes('system_admin') && !can(actor, 'user.manage_all')) {
    throw new AppError('forbidden', 'roles: only a system administrator may grant system_admin');
  }
  if (await usernameTaken(db, input.username)) throw new AppError('conflict', 'username: already taken');
  const split = splitRoles(input.roles);
  const twoPerson =
    split.needApproval.length > 0 &&
    (await anotherApproverExists(db, actor, { id: null, agencyId: agency.id }));
  const { id, linkToken, approvalId } = await db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, { ...input, roles: twoPerson ? split.now : input.roles });
    const linkToken = await issueSignInLink(trx, id, 'new_user');
    await appendAudit(trx, {
      actor,
      action: 'user.create',
      resource: { type: 'user', id },
      outcome: 'success',
      requestId,
      detail: {
        agencyId: agency.id,
        roles: twoPerson ? split.now : input.roles,
        bootstrap: split.needApproval.length > 0 && !twoPerson ? true : undefined,
      },
    });
    const approvalId = twoPerson
      ? await fileApproval(trx, actor, 'grant_roles', id, split.needApproval, requestId)
      : null;
    return { id, linkToken, approvalId };
  });
  const user = await findUserById(db, id);
  if (!user) throw new AppError('internal');
  return {
    user,
    linkToken,
    pending: approvalId ? { approvalId, roles: split.needApproval } : null,
  };
}

async function targetUser(
  db: Kysely<Database>,
  actor: Actor,
  userId: string,
  action: 'user.update' | 'user.reset_2fa',
): Promise<UserRecord> {
  const user = await findUserById(db, userId);
  if (!user || !can(actor, action, { type: 'user', id: user.id, agencyId: user.agencyId }))
    throw new AppError('not_found');
  return user;
}

/**
 * Asks for a reset of a user's password and second factor. Nothing happens until a second administrator approves;
 * the one-time link then goes to the approver, never to the one who asked (see approvals.ts).
 */
export async function requestReset(
  db: Kysely<Database>,
  actor: Actor,
  userId: string,
  requestId?: string,
): Promise<{ approvalId: string }> {
  const user = await targetUser(db, actor, userId, 'user.reset_2fa');
  const approvalId = await db
    .transaction()
    .execute((trx) => fileApproval(trx, actor, 'reset_2fa', user.id, [], requestId));
  return { approvalId };
}

/**
 * A reset from the server's console (`lantern user reset-2fa`): whoever runs it holds the server and its key, so it
 * needs no second administrator, but it has every other consequence of a reset and is audited as the console.
 */
export async function resetFromConsole(
  db: Kysely<Database>,
  sessions: SessionStore,
  actor: Actor,
  userId: string,
): Promise<{ linkToken: string }> {
  const user = await targetUser(db, actor, userId, 'user.reset_2fa');
  const console = { id: null, name: 'the server console' };
  return db
    .transaction()
    .execute((trx) =>
      carryOutReset(trx, sessions, actor, user.id, { requestedBy: console, approvedBy: console }),
    );
}

export async function updateUser(
  db: Kysely<Database>,
  sessions: SessionStore,
  actor: Actor,
  userId: string,
  change: { roles?: Role[] | undefined; disabled?: boolean | undefined },
  requestId?: string,
): Promise<UserRecord & { pending: PendingGrant | null }> {
  const user = await targetUser(db, actor, userId, 'user.update');
  if (user.id === actor.userId && change.roles)
    throw new AppError('forbidden', 'roles: nobody changes their own roles; ask another administrator');
  if (
    change.roles?.includes('system_admin') &&
    !user.roles.includes('system_admin') &&
    !can(actor, 'user.manage_all')
  ) {
    throw new AppError('forbidden', 'roles: only a system administrator may grant system_admin');
  }
  if (user.id === actor.userId && change.disabled)
    throw new AppError('conflict', 'disabled: you cannot disable your own account');
  const added = (change.roles ?? []).filter((r) => !user.roles.includes(r));
  const { needApproval } = splitRoles(added);
  const twoPerson = needApproval.length > 0 && (await anotherApproverExists(db, actor, user));
  const rolesNow = change.roles?.filter((r) => !twoPerson || !needApproval.includes(r));
  let pending: PendingGrant | null = null;
  await db.transaction().execute(async (trx) => {
    if (rolesNow) await setRoles(trx, user.id, rolesNow);
    if (change.disabled !== undefined)
      await trx
        .updateTable('users')
        .set({ disabled: change.disabled, updated_at: new Date() })
        .where('id', '=', user.id)
        .execute();
    await sessions.revokeAllForUser(user.id, trx);
    await appendAudit(trx, {
      actor,
      action: 'user.update',
      resource: { type: 'user', id: user.id },
      outcome: 'success',
      requestId,
      detail: {
        roles: rolesNow,
        disabled: change.disabled,
        bootstrap: needApproval.length > 0 && !twoPerson ? true : undefined,
      },
    });
    if (twoPerson)
      pending = {
        approvalId: await fileApproval(trx, actor, 'grant_roles', user.id, needApproval, requestId),
        roles: needApproval,
      };
  });
  const updated = await findUserById(db, user.id);
  if (!updated) throw new AppError('internal');
  return { ...updated, pending };
}

/**
 * First start: when no user exists, creates the coordinating agency and a first administrator without a
 * password, and returns a one-time link. When that administrator never finished, a new link replaces the old.
 */
export async function ensureFirstAdministrator(
  db: Kysely<Database>,
  actor: Actor,
): Promise<{ linkToken: string; created: boolean } | null> {
  if ((await countUsers(db)) === 0) {
    return db.transaction().execute(async (trx) => {
      const agencyId = await insertAgency(trx, 'Lantern administration', 'coordination');
      const userId = await insertUser(trx, {
        agencyId,
        username: 'admin',
        displayName: 'First administrator',
        roles: ['system_admin', 'admin'],
      });
      const linkToken = await issueSignInLink(trx, userId, 'first_admin');
      await appendAudit(trx, {
        actor,
        action: 'user.create_first_admin',
        resource: { type: 'user', id: userId },
        outcome: 'success',
        detail: { agencyId },
      });
      return { linkToken, created: true };
    });
  }
  const pending = await db
    .selectFrom('users')
    .innerJoin('sign_in_links', 'sign_in_links.user_id', 'users.id')
    .select('users.id')
    .where('sign_in_links.purpose', '=', 'first_admin')
    .where('users.password_hash', 'is', null)
    .executeTakeFirst();
  if (!pending) return null;
  const linkToken = await db.transaction().execute(async (trx) => {
    const t = await issueSignInLink(trx, pending.id, 'first_admin');
    await appendAudit(trx, {
      actor,
      action: 'user.first_admin_link',
      resource: { type: 'user', id: pending.id },
      outcome: 'success',
    });
    return t;
  });
  return { linkToken, created: false };
}
