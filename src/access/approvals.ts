import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { carryOutReset } from './account-reset.ts';
import { appendAudit } from './audit.ts';
import { forgetDevice, revokeDevice } from './device-revocation.ts';
import { addNotice } from './notices.ts';
import { type Actor, can } from './policy.ts';
import { grantNeedsSecondAdministrator, isRole, type Role } from './roles.ts';
import type { SessionStore } from './sessions.ts';
import { findUserById, setRoles, type UserRecord } from './users-store.ts';

type Q = Kysely<Database> | Transaction<Database>;

/** How long a request waits for a second administrator before it lapses. */
const APPROVAL_TTL_MS = 72 * 3_600_000;

export type ApprovalKind = 'reset_2fa' | 'grant_roles' | 'revoke_device';

export interface ApprovalView {
  id: string;
  kind: ApprovalKind;
  user: { id: string; username: string; displayName: string; agencyName: string };
  roles: string[];
  device: { id: string; label: string } | null;
  reason: string | null;
  requestedBy: string;
  requestedAt: Date;
  expiresAt: Date;
  status: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** Whether the reader may approve or refuse it (not its requester, not its subject, allowed over the account). */
  mayDecide: boolean;
}

/** Splits requested roles into those granted at once and those that wait for a second administrator. */
export function splitRoles(roles: readonly Role[]): { now: Role[]; needApproval: Role[] } {
  return {
    now: roles.filter((r) => !grantNeedsSecondAdministrator(r)),
    needApproval: roles.filter((r) => grantNeedsSecondAdministrator(r)),
  };
}

const displayName = async (q: Q, id: string | null) =>
  id
    ? ((await q.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst())
        ?.display_name ?? 'an administrator')
    : 'the server console';

/**
 * Is there anyone, besides the actor and the account itself, who could approve a change to this account? While
 * there is not (the first administrator, alone), grants apply at once and say so in the audit log: the two-person
 * rule begins with the second administrator. The server's console (the `lantern` command, run by whoever holds the
 * server and its key) is not held to it either.
 */
export async function anotherApproverExists(
  q: Q,
  actor: Actor,
  target: { id: string | null; agencyId: string },
): Promise<boolean> {
  if (actor.kind === 'system') return false;
  const row = await q
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.disabled', '=', false)
    .where('users.password_hash', 'is not', null)
    .where(
      'users.id',
      'not in',
      [target.id, actor.userId].filter((x): x is string => x !== null),
    )
    .where((eb) =>
      eb.or([
        eb('user_roles.role', '=', 'system_admin'),
        eb.and([eb('user_roles.role', '=', 'admin'), eb('users.agency_id', '=', target.agencyId)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Files a request inside the caller's transaction, replacing a pending one of the same kind for the account (for a
 * revocation, for the same device).
 */
export async function fileApproval(
  trx: Transaction<Database>,
  actor: Actor,
  kind: ApprovalKind,
  userId: string,
  roles: readonly Role[],
  requestId?: string,
  device?: { id: string; reason: string },
): Promise<string> {
  if (!actor.userId) throw new AppError('forbidden', 'Requests for approval are made by a signed-in person.');
  let withdraw = trx
    .updateTable('account_approvals')
    .set({ status: 'withdrawn', decided_by: actor.userId, decided_at: new Date() })
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('status', '=', 'pending');
  if (device) withdraw = withdraw.where('device_id', '=', device.id);
  await withdraw.execute();
  const { id } = await trx
    .insertInto('account_approvals')
    .values({
      kind,
      user_id: userId,
      roles: [...roles],
      device_id: device?.id ?? null,
      reason: device?.reason ?? null,
      requested_by: actor.userId,
      expires_at: new Date(Date.now() + APPROVAL_TTL_MS),
      decided_by: null,
      decided_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, {
    actor,
    action: `user.${kind}_request`,
    resource: { type: 'user', id: userId },
    outcome: 'success',
    requestId,
    detail: { approval: id, roles: kind === 'grant_roles' ? [...roles] : undefined, device: device?.id },
  });
  return id;
}

// A revocation only takes access away, as disabling an account does: the same permission decides it.
const permissionFor = (kind: ApprovalKind) => (kind === 'reset_2fa' ? 'user.reset_2fa' : 'user.update');

function mayDecide(
  actor: Actor,
  row: { kind: ApprovalKind; requested_by: string; user_id: string; roles: string[] },
  target: UserRecord,
) {
  if (actor.userId === row.requested_by || actor.userId === row.user_id) return false;
  if (actor.kind === 'token') return false;
  if (!can(actor, permissionFor(row.kind), { type: 'user', id: target.id, agencyId: target.agencyId }))
    return false;
  if (row.roles.includes('system_admin') && !can(actor, 'user.manage_all')) return false;
  return true;
}

/** Requests awaiting a decision on accounts the actor may manage, and the actor's own requests. */
export async function listApprovals(db: Q, actor: Actor): Promise<ApprovalView[]> {
  const rows = await db
    .selectFrom('account_approvals')
    .selectAll()
    .where('status', '=', 'pending')
    .where('expires_at', '>', new Date())
    .orderBy('requested_at')
    .limit(500)
    .execute();
  const out: ApprovalView[] = [];
  for (const r of rows) {
    const target = await findUserById(db, r.user_id);
    if (!target) continue;
    if (!can(actor, 'user.read', { type: 'user', id: target.id, agencyId: target.agencyId })) continue;
    out.push(await view(db, actor, r, target));
  }
  return out;
}

async function view(
  db: Q,
  actor: Actor,
  r: Awaited<ReturnType<typeof loadRow>>,
  target: UserRecord,
): Promise<ApprovalView> {
  return {
    id: r.id,
    kind: r.kind,
    user: {
      id: target.id,
      username: target.username,
      displayName: target.displayName,
      agencyName: target.agencyName,
    },
    roles: r.roles,
    device: r.device_id ? await deviceOf(db, r.device_id) : null,
    reason: r.reason,
    requestedBy: await displayName(db, r.requested_by),
    requestedAt: r.requested_at,
    expiresAt: r.expires_at,
    status: r.status,
    decidedBy: r.decided_by ? await displayName(db, r.decided_by) : null,
    decidedAt: r.decided_at,
    mayDecide: r.status === 'pending' && mayDecide(actor, r, target),
  };
}

const deviceOf = async (db: Q, id: string) => {
  const d = await db.selectFrom('devices').select(['id', 'label']).where('id', '=', id).executeTakeFirst();
  return d ?? { id, label: '' };
};

const loadRow = (db: Q, id: string) =>
  db
    .selectFrom('account_approvals')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
    .then((r) => {
      if (!r) throw new AppError('not_found');
      return r;
    });

/** Loads a pending request the actor may decide; answers "not found" for accounts outside the actor's reach. */
async function decidable(db: Q, actor: Actor, id: string) {
  const row = await loadRow(db, id);
  const target = await findUserById(db, row.user_id);
  if (!target || !can(actor, 'user.read', { type: 'user', id: target.id, agencyId: target.agencyId }))
    throw new AppError('not_found');
  if (row.status !== 'pending') throw new AppError('conflict', `This request was already ${row.status}.`);
  if (row.expires_at <= new Date())
    throw new AppError('conflict', 'This request lapsed; the administrator must ask again.');
  if (actor.userId === row.requested_by)
    throw new AppError('forbidden', 'A second administrator must approve what you asked for.');
  if (actor.userId === row.user_id)
    throw new AppError('forbidden', 'Nobody decides a change to their own account.');
  if (!mayDecide(actor, row, target)) throw new AppError('forbidden', 'You may not decide this request.');
  return { row, target };
}

/**
 * A second administrator approves. A reset is carried out and its one-time link handed to the approver, who gives it
 * to the person (the requester never sees it); a grant adds the roles and ends the account's sessions; a device is
 * revoked, and its person told.
 */
export async function approveRequest(
  db: Kysely<Database>,
  sessions: SessionStore,
  actor: Actor,
  id: string,
  requestId?: string,
): Promise<{ approval: ApprovalView; linkToken?: string }> {
  const { row, target } = await decidable(db, actor, id);
  const linkToken = await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('account_approvals')
      .set({ status: 'approved', decided_by: actor.userId, decided_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    if (!claimed) throw new AppError('conflict', 'This request was decided meanwhile.');
    await appendAudit(trx, {
      actor,
      action: `user.${row.kind}_approve`,
      resource: { type: 'user', id: row.user_id },
      outcome: 'success',
      requestId,
      detail: { approval: id, requestedBy: row.requested_by },
    });
    const by = {
      requestedBy: { id: row.requested_by, name: await displayName(trx, row.requested_by) },
      approvedBy: { id: actor.userId, name: await displayName(trx, actor.userId) },
    };
    if (row.kind === 'reset_2fa')
      return (await carryOutReset(trx, sessions, actor, row.user_id, by, requestId)).linkToken;
    if (row.kind === 'revoke_device') {
      await revokeApproved(trx, actor, row, by, requestId);
      return undefined;
    }
    const roles = [...new Set([...target.roles, ...row.roles.filter(isRole)])];
    await setRoles(trx, row.user_id, roles);
    await sessions.revokeAllForUser(row.user_id, trx);
    await appendAudit(trx, {
      actor,
      action: 'user.update',
      resource: { type: 'user', id: row.user_id },
      outcome: 'success',
      requestId,
      detail: { roles, granted: row.roles, approval: id },
    });
    await addNotice(trx, row.user_id, {
      kind: 'roles_granted',
      roles: row.roles,
      requestedBy: by.requestedBy.name,
      approvedBy: by.approvedBy.name,
    });
    return undefined;
  });
  if (row.device_id) forgetDevice(row.device_id);
  const approval = await view(db, actor, await loadRow(db, id), target);
  return linkToken ? { approval, linkToken } : { approval };
}

/** An approved revocation: the device is revoked by the approver and its person told, unless it already was. */
async function revokeApproved(
  trx: Transaction<Database>,
  actor: Actor,
  row: Awaited<ReturnType<typeof loadRow>>,
  by: { requestedBy: { name: string }; approvedBy: { name: string } },
  requestId?: string,
): Promise<void> {
  if (!row.device_id || !actor.userId) throw new AppError('internal');
  const revocation = {
    deviceId: row.device_id,
    by: actor.userId,
    reason: row.reason,
    approvalId: row.id,
    requestedBy: row.requested_by,
  };
  if (!(await revokeDevice(trx, actor, revocation, requestId))) return;
  const { label } = await deviceOf(trx, row.device_id);
  await addNotice(trx, row.user_id, {
    kind: 'device_revoked',
    label,
    requestedBy: by.requestedBy.name,
    approvedBy: by.approvedBy.name,
  });
}

export async function refuseRequest(db: Kysely<Database>, actor: Actor, id: string, requestId?: string) {
  const { row, target } = await decidable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account_approvals')
      .set({ status: 'refused', decided_by: actor.userId, decided_at: new Date() })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: `user.${row.kind}_refuse`,
      resource: { type: 'user', id: row.user_id },
      outcome: 'success',
      requestId,
      detail: { approval: id, requestedBy: row.requested_by },
    });
  });
  return view(db, actor, await loadRow(db, id), target);
}
