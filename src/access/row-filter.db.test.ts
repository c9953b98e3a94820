import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection.ts';
import { createTestDatabase } from '../db/testing.ts';
import { type Actor, visibleRows } from './policy.ts';
import { permissionsOfRoles, type Role } from './roles.ts';
import { insertAgency, insertUser } from './users-store.ts';

let database: Db;
let a: string;
let b: string;
let c: string;
const users: Record<string, string> = {};

const actorIn = (agencyId: string, roles: Role[]): Actor => ({
  kind: 'user',
  userId: null,
  agencyId,
  roles,
  permissions: permissionsOfRoles(roles),
  label: 'test',
});

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  a = await insertAgency(db, 'Agency A', 'police');
  b = await insertAgency(db, 'Agency B', 'ngo');
  c = await insertAgency(db, 'Agency C', 'labour');
  for (const [name, agency] of [
    ['a1', a],
    ['a2', a],
    ['b1', b],
    ['b2', b],
    ['c1', c],
  ] as const) {
    users[name] = await insertUser(db, {
      agencyId: agency,
      username: name,
      displayName: name,
      roles: ['monitor'],
    });
  }
  await db
    .insertInto('shares')
    .values({ resource_type: 'user', resource_id: users.b1 ?? '', agency_id: a, shared_by: users.b2 ?? '' })
    .execute();
});
afterAll(() => database.close());

const visible = async (actor: Actor) =>
  (
    await database.db
      .selectFrom('users')
      .select('username')
      .where(visibleRows(actor, 'user.read', 'user', 'users.agency_id', 'users.id'))
      .orderBy('username')
      .execute()
  ).map((r) => r.username);

describe('row filter for lists', () => {
  it('shows the own agency and what was shared with it', async () => {
    expect(await visible(actorIn(a, ['admin']))).toEqual(['a1', 'a2', 'b1']);
    expect(await visible(actorIn(b, ['admin']))).toEqual(['b1', 'b2']);
  });
  it('shows nothing without the permission', async () => {
    expect(await visible(actorIn(a, ['analyst']))).toEqual([]);
  });
  it('shows every agency to a holder of the cross-agency permission', async () => {
    expect(await visible(actorIn(c, ['system_admin']))).toEqual(['a1', 'a2', 'b1', 'b2', 'c1']);
  });
});
