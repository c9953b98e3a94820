import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { appendAudit } from './audit.ts';
import type { Actor } from './policy.ts';

// Whether a device is revoked, as the server's gate asks it on every request that names a device
// (src/server/device-gate.ts), and the revocation itself, by the device's own person or by a second administrator
// (src/access/devices.ts, approvals.ts). The answer is kept a few seconds so that a phone's burst of requests costs
// one read by primary key; a revocation made by this server is known at once, one made by another server sharing
// the database within DEVICE_CACHE_MS.

/** How long a device's state is trusted without reading it again. */
export const DEVICE_CACHE_MS = 5_000;
/** Bound on the remembered states: the cache is emptied when it would outgrow it. */
const CACHE_LIMIT = 10_000;

export interface DeviceState {
  revoked: boolean;
  userId: string;
  agencyId: string;
}

/** null: no such device (one registered on another server, or made up). */
const cache = new Map<string, { state: DeviceState | null; at: number }>();

/** The device's state, read at most once per DEVICE_CACHE_MS. */
export async function deviceState(db: Kysely<Database>, id: string): Promise<DeviceState | null> {
  const now = Date.now();
  const hit = cache.get(id);
  if (hit && now - hit.at < DEVICE_CACHE_MS) return hit.state;
  const row = await db
    .selectFrom('devices')
    .select(['user_id', 'agency_id', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  const state = row
    ? { revoked: row.revoked_at !== null, userId: row.user_id, agencyId: row.agency_id }
    : null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, { state, at: now });
  return state;
}

/** Drops what this server remembers of a device, so that its next request reads it again. */
export const forgetDevice = (id: string): void => {
  cache.delete(id);
};

export interface Revocation {
  deviceId: string;
  /** Who revoked it: the device's own person, or the administrator who approved another's request. */
  by: string;
  reason: string | null;
  /** The approved request, when a second administrator decided it. */
  approvalId?: string | undefined;
  requestedBy?: string | undefined;
}

/**
 * Revokes a device inside the caller's transaction and audits it (`device.revoke`). False when it was already
 * revoked (nothing changed, nothing audited). The caller forgets the device once the transaction commits.
 */
export async function revokeDevice(
  trx: Transaction<Database>,
  actor: Actor,
  r: Revocation,
  requestId?: string,
): Promise<boolean> {
  const done = await trx
    .updateTable('devices')
    .set({ revoked_at: new Date(), revoked_by: r.by, revoke_reason: r.reason })
    .where('id', '=', r.deviceId)
    .where('revoked_at', 'is', null)
    .returning(['user_id'])
    .executeTakeFirst();
  if (!done) return false;
  await appendAudit(trx, {
    actor,
    action: 'device.revoke',
    resource: { type: 'device', id: r.deviceId },
    outcome: 'success',
    requestId,
    detail: {
      user: done.user_id,
      by: r.approvalId ? 'approval' : 'owner',
      approval: r.approvalId,
      requestedBy: r.requestedBy,
    },
  });
  return true;
}
