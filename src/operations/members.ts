import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { isRole, permissionsOfRoles } from '../access/roles.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { mayNameMembers } from './command-restore.ts';
import { commandOperation } from './compartment.ts';
import { auditOperation } from './op-audit.ts';
import type { MemberInput } from './plan-schema.ts';
import { readOperation } from './plans.ts';

type Q = Kysely<Database>;

async function rolesOf(db: Q, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', userIds)
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r.role]);
  return out;
}

const seesOperations = (roles: readonly string[]) =>
  permissionsOfRoles(roles.filter(isRole)).has('operations.read');

/**
 * The people a commander may name: enabled users of any agency whose roles let them see operations they are
 * members of (police, prosecutors, screening officers and interpreters of partner agencies).
 */
export async function memberCandidates(db: Q, actor: Actor, id: string) {
  await commandOperation(db, actor, id);
  const users = await db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.display_name', 'agencies.name as agency'])
    .where('users.disabled', '=', false)
    .orderBy('agencies.name')
    .orderBy('users.display_name')
    .execute();
  const roles = await rolesOf(
    db,
    users.map((u) => u.id),
  );
  return users
    .filter((u) => seesOperations(roles.get(u.id) ?? []))
    .map((u) => ({ userId: u.id, name: u.display_name, agency: u.agency, roles: roles.get(u.id) ?? [] }));
}

/** Names a member: from this moment they see the target, place and time. */
export async function addMember(db: Q, actor: Actor, id: string, input: MemberInput, requestId: string) {
  const { op, restoring } = await mayNameMembers(db, actor, id, input.role);
  if (['concluded', 'cancelled'].includes(op.status))
    throw new AppError('conflict', `The operation is ${op.status}; its team can no longer change.`);
  const user = await db
    .selectFrom('users')
    .select(['id', 'disabled'])
    .where('id', '=', input.userId)
    .executeTakeFirst();
  if (!user || user.disabled) throw new AppError('validation_failed', 'userId: no such active user');
  if (!seesOperations((await rolesOf(db, [user.id])).get(user.id) ?? []))
    throw new AppError('validation_failed', "userId: this user's roles do not allow seeing operations");
  if (input.role === 'interpreter' && !input.language)
    throw new AppError('validation_failed', 'language: an interpreter needs the language they interpret');
  await db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('operation_members')
      .select('id')
      .where('operation_id', '=', id)
      .where('user_id', '=', input.userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (already)
      throw new AppError('conflict', 'userId: already a member; remove them first to change their role');
    const m = await trx
      .insertInto('operation_members')
      .values({
        operation_id: id,
        user_id: input.userId,
        role: input.role,
        team: input.team,
        language: input.language,
        added_by: actor.userId ?? input.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditOperation(trx, actor, 'operations.member_add', id, requestId, {
      member: m.id,
      user: input.userId,
      role: input.role,
      restoringCommand: restoring || undefined,
    });
  });
  // Whoever restored command without joining sees no more of the operation than before.
  if (restoring && input.userId !== actor.userId) return { commandRestored: true as const };
  return readOperation(db, actor, id, requestId);
}

/** Removes a member: their access ends with this request. The last commander cannot be removed. */
export async function removeMember(db: Q, actor: Actor, id: string, memberId: string, requestId: string) {
  await commandOperation(db, actor, id);
  const removed = await db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('operation_members')
      .select(['id', 'role', 'user_id'])
      .where('id', '=', memberId)
      .where('operation_id', '=', id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found', 'memberId: no such current member of this operation');
    if (m.role === 'command') {
      const commanders = await trx
        .selectFrom('operation_members')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('operation_id', '=', id)
        .where('role', '=', 'command')
        .where('removed_at', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(commanders.n) <= 1)
        throw new AppError('conflict', 'This is the last commanding member; name another commander first.');
    }
    await trx
      .updateTable('operation_members')
      .set({ removed_at: new Date(), removed_by: actor.userId })
      .where('id', '=', memberId)
      .execute();
    await auditOperation(trx, actor, 'operations.member_remove', id, requestId, {
      member: m.id,
      user: m.user_id,
    });
    return m.user_id;
  });
  if (removed === actor.userId) return { left: true as const };
  return readOperation(db, actor, id, requestId);
}
