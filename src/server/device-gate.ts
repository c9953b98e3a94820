import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { recordAudit } from '../access/audit.ts';
import { deviceState } from '../access/device-revocation.ts';
import { DEVICE_STATUS_ROUTE } from '../access/device-routes.ts';
import { DEVICE_HEADER } from '../access/device-schema.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { isId } from '../platform/text.ts';

/** How often one revoked device's refusals are audited: a phone retrying in a loop leaves one entry a minute. */
const AUDIT_EVERY_MS = 60_000;

/**
 * Runs before sessions are looked at, on every API request that names a device (`x-lantern-device: <id>`): a
 * revoked device is refused with 403 `device_revoked`, whoever is signed in on it, even on the sign-in routes, so a
 * lost phone reaches nothing. Only its status route still answers it, so the phone learns it is revoked and wipes
 * its store. Requests without the header, and those naming a device this server does not know, go on as before.
 */
export function registerDeviceGate(app: FastifyInstance, db: Kysely<Database>): void {
  const audited = new Map<string, number>();
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const raw = request.headers[DEVICE_HEADER];
    if (raw === undefined || !request.url.startsWith('/api/')) return;
    const id = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
    if (!isId(id))
      throw new AppError('bad_request', 'x-lantern-device: must be the id of a registered device');
    if (request.routeOptions.url === DEVICE_STATUS_ROUTE) return;
    const state = await deviceState(db, id);
    if (!state?.revoked) return;
    const now = Date.now();
    if ((audited.get(id) ?? 0) + AUDIT_EVERY_MS <= now) {
      if (audited.size >= 10_000) audited.clear();
      audited.set(id, now);
      await recordAudit(db, {
        actor: { kind: 'user', userId: state.userId, agencyId: state.agencyId },
        action: 'device.refused',
        resource: { type: 'device', id },
        outcome: 'denied',
        requestId: request.id,
        detail: { route: `${request.method} ${request.routeOptions.url ?? '(unmatched)'}` },
      });
    }
    throw new AppError('device_revoked');
  });
}
