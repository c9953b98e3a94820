import { z } from 'zod';
import { line, uuid } from '../platform/text.ts';

// The shapes of the devices' routes (src/access/device-routes.ts), which the web app reads too.

export const DEVICE_STATUSES = ['active', 'revoked'] as const;
/** The header a registered device sends with each request, naming itself (src/server/device-gate.ts). */
export const DEVICE_HEADER = 'x-lantern-device';

export const deviceRegisterBody = z.strictObject({
  /** What the person calls it: "Samsung A14, unit 3". */
  label: line(100),
});
export const deviceRegistered = z.object({ id: z.string(), label: z.string(), registeredAt: z.date() });
export const deviceStatusReply = z.object({ status: z.enum(DEVICE_STATUSES) });

export const deviceView = z.object({
  id: z.string(),
  label: z.string(),
  /** The browser's own description of itself, cut to 200 characters. */
  userAgent: z.string(),
  registeredAt: z.date(),
  lastSeenAt: z.date(),
  status: z.enum(DEVICE_STATUSES),
  revokedAt: z.date().nullable(),
});
export const myDevicesReply = z.object({ devices: z.array(deviceView) });

/** A device as an administrator lists it: whose it is, and whether a revocation waits for a second administrator. */
export const agencyDeviceView = deviceView.extend({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string() }),
  /** Who revoked it (a staff name), and why, when an administrator asked. */
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
  /** The revocation waiting for a second administrator, if one does. */
  pendingApprovalId: z.string().nullable(),
});
export const agencyDevicesReply = z.object({ devices: z.array(agencyDeviceView) });
export const devicesQuery = z.strictObject({ userId: uuid.optional() });

export const revokeRequestBody = z.strictObject({
  /** Why the device is to be revoked ("lost during the raid of 3 December"), for the second administrator. */
  reason: line(500),
});
export const revokeRequestedReply = z.object({ approvalId: z.string(), status: z.literal('pending') });
