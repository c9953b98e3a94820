import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { appendAudit } from './audit.ts';
import { randomToken, sha256Hex } from './crypto.ts';
import { type Actor, can } from './policy.ts';
import type { AgencyKind, Role } from './roles.ts';
import type { SessionStore } from './sessions.ts';
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

const LINK_TTL_MS = { first_admin: 24 * 3_600_000, new_user: 72 * 3_600_000, reset: 72 * 3_600_000 } as const;
export type LinkPurpose = keyof typeof LINK_TTL_MS;

/** Issues a one-time sign-in link token for a user, replacing any unused one. */
export async function issueSignInLink(
  trx: Transaction<Database>,
  userId: string,
  purpose: LinkPurpose,
): Promise<string> {
  await trx.deleteFrom('sign_in_links').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  const token = randomToken();
  await trx
    .insertInto('sign_in_links')
    .values({
      token_hash: sha256Hex(token),
      user_id: userId,
      purpose,
      expires_at: new Date(Date.now() + LINK_TTL_MS[purpose]),
      used_at: null,
    })
    .execute();
  return token;
}

export const signInLinkUrl = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/\/$/, '')}/#/welcome/${token}`;

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
): Promise<{ user: UserRecord; linkToken: string }> {
  const agency = await findAgency(db, input.agencyId);
  if (!agency || !can(actor, 'user.create', { type: 'agency', id: agency.id, agencyId: agency.id })) {
    throw new AppError('not_found', 'agencyId: no such agency that you may add users to');
  }
  if (input.roles.includes('system_admin') && !can(actor, 'user.manage_all')) {
    throw new AppError('forbidden', 'roles: only a system administrator may grant system_admin');
  }
  if (await usernameTaken(db, input.username)) throw new AppError('conflict', 'username: already taken');
  const { id, linkToken } = await db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, input);
    const linkToken = await issueSignInLink(trx, id, 'new_user');
    await appendAudit(trx, {
      actor,
      action: 'user.create',
      resource: { type: 'user', id },
      outcome: 'success',
      requestId,
      detail: { agencyId: agency.id, roles: input.roles },
    });
    return { id, linkToken };
  });
  const user = await findUserById(db, id);
  if (!user) throw new AppError('internal');
  return { user, linkToken };
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

/** Clears a user's second factor and password-reset state, ends their sessions, and issues a reset link. */
export async function resetSecondFactor(
  db: Kysely<Database>,
  sessions: SessionStore,
  actor: Actor,
  userId: string,
  requestId?: string,
): Promise<{ linkToken: string }> {
  const user = await targetUser(db, actor, userId, 'user.reset_2fa');
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        totp_secret_enc: null,
        totp_enabled: false,
        totp_last_step: null,
        password_hash: null,
        updated_at: new Date(),
      })
      .where('id', '=', user.id)
      .execute();
    await sessions.revokeAllForUser(user.id, trx);
    const linkToken = await issueSignInLink(trx, user.id, 'reset');
    await appendAudit(trx, {
      actor,
      action: 'user.reset_2fa',
      resource: { type: 'user', id: user.id },
      outcome: 'success',
      requestId,
    });
    return { linkToken };
  });
}

export async function updateUser(
  db: Kysely<Database>,
  sessions: SessionStore,
  actor: Actor,
  userId: string,
  change: { roles?: Role[] | undefined; disabled?: boolean | undefined },
  requestId?: string,
): Promise<UserRecord> {
  const user = await targetUser(db, actor, userId, 'user.update');
  if (
    change.roles?.includes('system_admin') &&
    !user.roles.includes('system_admin') &&
    !can(actor, 'user.manage_all')
  ) {
    throw new AppError('forbidden', 'roles: only a system administrator may grant system_admin');
  }
  if (user.id === actor.userId && change.disabled)
    throw new AppError('conflict', 'disabled: you cannot disable your own account');
  await db.transaction().execute(async (trx) => {
    if (change.roles) await setRoles(trx, user.id, change.roles);
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
      detail: { roles: change.roles, disabled: change.disabled },
    });
  });
  const updated = await findUserById(db, user.id);
  if (!updated) throw new AppError('internal');
  return updated;
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
