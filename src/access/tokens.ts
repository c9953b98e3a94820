import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { appendAudit } from './audit.ts';
import { isPermission, type Permission } from './catalogue.ts';
import { randomToken, sha256Hex } from './crypto.ts';
import type { Actor } from './policy.ts';
import { permissionsOfRoles } from './roles.ts';
import { findUserById, type UserRecord } from './users-store.ts';

export const TOKEN_PREFIX = 'lnt_';
/** A token without a chosen lifetime lasts this long; none lasts longer than a year. */
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;

export interface TokenView {
  id: string;
  name: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * Creates an API token for a user whose roles need machine access (permission `token.create`). The scopes must
 * be permissions the user holds; the token expires (90 days unless told, a year at most); its plaintext is
 * returned once and only its SHA-256 is stored.
 */
export async function createToken(
  db: Kysely<Database>,
  by: Actor,
  input: { userId: string; name: string; scopes: string[]; expiresInDays?: number | undefined },
  requestId?: string,
): Promise<{ token: string; view: TokenView }> {
  const user = await findUserById(db, input.userId);
  if (!user || user.disabled) throw new AppError('not_found', 'No such user.');
  const held = permissionsOfRoles(user.roles);
  if (!held.has('token.create'))
    throw new AppError('forbidden', "This account's roles do not need API tokens, so it cannot have one.");
  const days = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    throw new AppError(
      'validation_failed',
      `expiresInDays: must be a whole number from 1 to ${MAX_TOKEN_DAYS}`,
    );
  const bad = input.scopes.filter((s) => !isPermission(s) || !held.has(s));
  if (bad.length > 0 || input.scopes.length === 0) {
    throw new AppError(
      'validation_failed',
      input.scopes.length === 0
        ? 'scopes: give at least one permission'
        : `scopes: not permissions this user holds: ${bad.join(', ')}`,
    );
  }
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_tokens')
      .values({
        user_id: user.id,
        name: input.name,
        token_hash: sha256Hex(token),
        scopes: [...new Set(input.scopes)].sort(),
        expires_at: expiresAt,
        last_used_at: null,
        revoked_at: null,
      })
      .returning(['id', 'name', 'scopes', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor: by,
      action: 'token.create',
      resource: { type: 'api_token', id: row.id },
      outcome: 'success',
      requestId,
      detail: { userId: user.id, scopes: row.scopes },
    });
    return { token, view: toView(row) };
  });
}

function toView(r: {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): TokenView {
  return {
    id: r.id,
    name: r.name,
    scopes: r.scopes,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

export async function listTokens(db: Kysely<Database>, userId: string): Promise<TokenView[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'scopes', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toView);
}

export async function revokeToken(db: Kysely<Database>, by: Actor, tokenId: string, requestId?: string) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', tokenId)
      .where('user_id', '=', by.userId ?? '')
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    await appendAudit(trx, {
      actor: by,
      action: 'token.revoke',
      resource: { type: 'api_token', id: tokenId },
      outcome: 'success',
      requestId,
    });
  });
}

/**
 * The actor behind a bearer token: the user's current permissions narrowed to the token's scopes. A token stops
 * working when it expires, and when its user's roles no longer allow tokens.
 */
export async function resolveToken(
  db: Kysely<Database>,
  token: string,
): Promise<{ actor: Actor; user: UserRecord } | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'scopes', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || !row.expires_at || row.expires_at.getTime() <= Date.now()) return null;
  const user = await findUserById(db, row.user_id);
  if (!user || user.disabled) return null;
  const held = permissionsOfRoles(user.roles);
  if (!held.has('token.create')) return null;
  const permissions = new Set<Permission>(
    row.scopes.filter((s): s is Permission => isPermission(s) && held.has(s)),
  );
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  }
  return {
    actor: {
      kind: 'token',
      userId: user.id,
      agencyId: user.agencyId,
      roles: user.roles,
      permissions,
      label: `token:${row.id}`,
    },
    user,
  };
}
