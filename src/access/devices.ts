import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { fileApproval } from './approvals.ts';
import { appendAudit } from './audit.ts';
import { forgetDevice, revokeDevice } from './device-revocation.ts';
import type { agencyDeviceView, deviceView } from './device-schema.ts';
import { type Actor, can, seesAllAgencies } from './policy.ts';

// The phones and browsers people use for the field screens. A person registers the browser they hold, sees their
// own devices and revokes one at once (revoking only takes access away). An administrator sees the devices of the
// agency's people and asks for one to be revoked; a second administrator approves it (src/access/approvals.ts).
// What a revocation does at the door is the gate's (src/server/device-gate.ts).

type DeviceView = z.output<typeof deviceView>;
type AgencyDeviceView = z.output<typeof agencyDeviceView>;

/** How much of the browser's description of itself is kept: enough to tell two phones apart. */
const USER_AGENT_LENGTH = 200;
/** Bound on the devices one listing returns (a person has a few; an agency, a few per person). */
const LIST_LIMIT = 2_000;

const statusOf = (revokedAt: Date | null) => (revokedAt ? ('revoked' as const) : ('active' as const));

/** A user agent as kept: control characters dropped, trimmed, cut to its length. */
export const keptUserAgent = (ua: string | undefined): string =>
  (ua ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, USER_AGENT_LENGTH);

/** Registers the browser of a signed-in person as one of their devices. */
export async function registerDevice(
  db: Kysely<Database>,
  actor: Actor,
  input: { label: string; userAgent: string | undefined },
  requestId?: string,
): Promise<{ id: string; label: string; registeredAt: Date }> {
  // A device is a browser someone signs in on; an API token is no device.
  if (actor.kind !== 'user' || !actor.userId || !actor.agencyId)
    throw new AppError(
      'forbidden',
      'A device is registered from a signed-in browser, not with an API token.',
    );
  const { userId, agencyId } = actor;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('devices')
      .values({
        user_id: userId,
        agency_id: agencyId,
        label: input.label.trim(),
        user_agent: keptUserAgent(input.userAgent),
      })
      .returning(['id', 'label', 'registered_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'device.register',
      resource: { type: 'device', id: row.id },
      outcome: 'success',
      requestId,
    });
    return { id: row.id, label: row.label, registeredAt: row.registered_at };
  });
}

/** The person's own device, or "not found" for anyone else's: whether another's exists is not told. */
async function ownDevice(db: Kysely<Database>, actor: Actor, id: string) {
  const row = await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !actor.userId || row.user_id !== actor.userId) throw new AppError('not_found');
  return row;
}

/**
 * Where the person's own device stands, as the phone asks when it opens with a connection: a revoked one wipes its
 * store. Notes that the device was seen; the first time a revoked device learns it is audited.
 */
export async function deviceStatus(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  requestId?: string,
): Promise<{ status: 'active' | 'revoked' }> {
  const row = await ownDevice(db, actor, id);
  const status = statusOf(row.revoked_at);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('devices').set({ last_seen_at: new Date() }).where('id', '=', id).execute();
    // Told once: after that the phone has wiped its store and no longer asks (a last_seen_at after the revocation).
    if (status === 'revoked' && row.revoked_at && row.last_seen_at <= row.revoked_at)
      await appendAudit(trx, {
        actor,
        action: 'device.revoked_seen',
        resource: { type: 'device', id },
        outcome: 'success',
        requestId,
      });
  });
  return { status };
}

const ownView = (r: {
  id: string;
  label: string;
  user_agent: string;
  registered_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
}): DeviceView => ({
  id: r.id,
  label: r.label,
  userAgent: r.user_agent,
  registeredAt: r.registered_at,
  lastSeenAt: r.last_seen_at,
  status: statusOf(r.revoked_at),
  revokedAt: r.revoked_at,
});

/** Every read of a list of devices is audited: whose (a user's id, or none for the whole reach) and how many. */
const auditListing = (
  db: Kysely<Database>,
  actor: Actor,
  userId: string | undefined,
  count: number,
  requestId?: string,
) =>
  db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'device.list',
      resource: userId ? { type: 'user', id: userId } : { type: 'device' },
      outcome: 'success',
      requestId,
      detail: { count },
    }),
  );

/** The person's own devices, the newest first (audited). */
export async function myDevices(
  db: Kysely<Database>,
  actor: Actor,
  requestId?: string,
): Promise<DeviceView[]> {
  if (!actor.userId) return [];
  const rows = await db
    .selectFrom('devices')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .orderBy('registered_at', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  await auditListing(db, actor, actor.userId, rows.length, requestId);
  return rows.map(ownView);
}

/** The person revokes their own device, at once: no approval is needed to take one's own access away. */
export async function revokeOwnDevice(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  requestId?: string,
): Promise<DeviceView> {
  const row = await ownDevice(db, actor, id);
  if (row.revoked_at) throw new AppError('conflict', 'This device is already revoked.');
  const by = row.user_id;
  await db
    .transaction()
    .execute((trx) => revokeDevice(trx, actor, { deviceId: id, by, reason: null }, requestId));
  forgetDevice(id);
  return ownView(await ownDevice(db, actor, id));
}

/**
 * The devices of the people an administrator manages (their agency's; every agency's for a system administrator),
 * of one person when `userId` is given, the newest first. Audited, found or not (ids and counts only).
 */
export async function agencyDevices(
  db: Kysely<Database>,
  actor: Actor,
  userId: string | undefined,
  requestId?: string,
): Promise<AgencyDeviceView[]> {
  let q = db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .leftJoin('users as revoker', 'revoker.id', 'devices.revoked_by')
    .selectAll('devices')
    .select(['users.username', 'users.display_name', 'revoker.display_name as revoker_name'])
    .orderBy('devices.registered_at', 'desc')
    .limit(LIST_LIMIT);
  const all = seesAllAgencies(actor, 'user.read');
  if (!all && actor.agencyId) q = q.where('devices.agency_id', '=', actor.agencyId);
  if (userId) q = q.where('devices.user_id', '=', userId);
  // Someone of no agency who does not see them all sees none.
  const rows = all || actor.agencyId ? await q.execute() : [];
  await auditListing(db, actor, userId, rows.length, requestId);
  if (rows.length === 0) return [];
  const pending = await db
    .selectFrom('account_approvals')
    .select(['id', 'device_id'])
    .where('kind', '=', 'revoke_device')
    .where('status', '=', 'pending')
    .where('expires_at', '>', new Date())
    .where(
      'device_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const waiting = new Map(pending.map((p) => [p.device_id, p.id]));
  return rows.map((r) => ({
    ...ownView(r),
    user: { id: r.user_id, username: r.username, displayName: r.display_name },
    revokedBy: r.revoked_at ? (r.revoker_name ?? null) : null,
    revokeReason: r.revoke_reason,
    pendingApprovalId: waiting.get(r.id) ?? null,
  }));
}

/**
 * An administrator asks for a device of someone they manage to be revoked; a second administrator, neither the
 * requester nor the device's person, decides (src/access/approvals.ts). Devices outside the administrator's reach
 * are "not found".
 */
export async function requestRevocation(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  reason: string,
  requestId?: string,
): Promise<{ approvalId: string }> {
  const row = await db
    .selectFrom('devices')
    .select(['id', 'user_id', 'agency_id', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !can(actor, 'user.update', { type: 'user', id: row.user_id, agencyId: row.agency_id }))
    throw new AppError('not_found');
  if (row.revoked_at) throw new AppError('conflict', 'This device is already revoked.');
  const approvalId = await db
    .transaction()
    .execute((trx) =>
      fileApproval(trx, actor, 'revoke_device', row.user_id, [], requestId, { id, reason: reason.trim() }),
    );
  return { approvalId };
}
