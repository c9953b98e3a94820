import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { isRole, type Role } from './roles.ts';

type Q = Kysely<Database> | Transaction<Database>;

export interface UserRecord {
  id: string;
  agencyId: string;
  agencyName: string;
  agencyKind: string;
  username: string;
  displayName: string;
  roles: Role[];
  hasPassword: boolean;
  totpEnabled: boolean;
  disabled: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}

const userColumns = [
  'users.id',
  'users.agency_id',
  'agencies.name as agency_name',
  'agencies.kind as agency_kind',
  'users.username',
  'users.display_name',
  'users.password_hash',
  'users.totp_enabled',
  'users.disabled',
  'users.locked_until',
  'users.created_at',
] as const;

type UserRow = {
  id: string;
  agency_id: string;
  agency_name: string;
  agency_kind: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  totp_enabled: boolean;
  disabled: boolean;
  locked_until: Date | null;
  created_at: Date;
};

async function rolesOf(q: Q, ids: string[]): Promise<Map<string, Role[]>> {
  const out = new Map<string, Role[]>();
  if (ids.length === 0) return out;
  const rows = await q
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', ids)
    .execute();
  for (const r of rows) {
    if (!isRole(r.role)) continue;
    const list = out.get(r.user_id) ?? [];
    list.push(r.role);
    out.set(r.user_id, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

function toRecord(r: UserRow, roles: Role[]): UserRecord {
  return {
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    agencyKind: r.agency_kind,
    username: r.username,
    displayName: r.display_name,
    roles,
    hasPassword: r.password_hash !== null,
    totpEnabled: r.totp_enabled,
    disabled: r.disabled,
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
  };
}

function baseQuery(q: Q) {
  return q.selectFrom('users').innerJoin('agencies', 'agencies.id', 'users.agency_id').select(userColumns);
}

export async function findUserById(q: Q, id: string): Promise<UserRecord | null> {
  const row = (await baseQuery(q).where('users.id', '=', id).executeTakeFirst()) as UserRow | undefined;
  if (!row) return null;
  return toRecord(row, (await rolesOf(q, [row.id])).get(row.id) ?? []);
}

export async function listUsers(q: Q, agencyId: string | null): Promise<UserRecord[]> {
  let query = baseQuery(q).orderBy('agencies.name').orderBy('users.username');
  if (agencyId !== null) query = query.where('users.agency_id', '=', agencyId);
  const rows = (await query.execute()) as UserRow[];
  const roles = await rolesOf(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRecord(r, roles.get(r.id) ?? []));
}

/** The secrets needed to sign a user in; never leaves the access module. */
export async function findCredentials(q: Q, username: string) {
  return q
    .selectFrom('users')
    .select([
      'id',
      'agency_id',
      'password_hash',
      'totp_enabled',
      'totp_secret_enc',
      'totp_last_step',
      'failed_logins',
      'locked_until',
      'disabled',
    ])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export async function findCredentialsById(q: Q, id: string) {
  return q
    .selectFrom('users')
    .select([
      'id',
      'agency_id',
      'username',
      'password_hash',
      'totp_enabled',
      'totp_secret_enc',
      'totp_last_step',
      'failed_logins',
      'locked_until',
      'disabled',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertUser(
  q: Q,
  input: { agencyId: string; username: string; displayName: string; roles: readonly Role[] },
): Promise<string> {
  const { id } = await q
    .insertInto('users')
    .values({
      agency_id: input.agencyId,
      username: input.username,
      display_name: input.displayName,
      password_hash: null,
      totp_secret_enc: null,
      totp_enabled: false,
      totp_last_step: null,
      locked_until: null,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setRoles(q, id, input.roles);
  return id;
}

export async function setRoles(q: Q, userId: string, roles: readonly Role[]): Promise<void> {
  await q.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) {
    await q
      .insertInto('user_roles')
      .values([...new Set(roles)].map((role) => ({ user_id: userId, role })))
      .execute();
  }
}

export async function usernameTaken(q: Q, username: string): Promise<boolean> {
  const row = await q
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function countUsers(q: Q): Promise<number> {
  const r = await q
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface AgencyRecord {
  id: string;
  name: string;
  kind: string;
  createdAt: Date;
}

export async function listAgencies(q: Q): Promise<AgencyRecord[]> {
  const rows = await q
    .selectFrom('agencies')
    .select(['id', 'name', 'kind', 'created_at'])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, createdAt: r.created_at }));
}

export async function findAgency(q: Q, idOrName: string): Promise<AgencyRecord | null> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName);
  const row = await q
    .selectFrom('agencies')
    .select(['id', 'name', 'kind', 'created_at'])
    .where((eb) =>
      isUuid ? eb('id', '=', idOrName) : eb(eb.fn('lower', ['name']), '=', idOrName.toLowerCase()),
    )
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, kind: row.kind, createdAt: row.created_at } : null;
}

export async function insertAgency(q: Q, name: string, kind: string): Promise<string> {
  const { id } = await q
    .insertInto('agencies')
    .values({ name, kind })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
