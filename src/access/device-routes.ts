import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import {
  agencyDevicesReply,
  deviceRegisterBody,
  deviceRegistered,
  deviceStatusReply,
  devicesQuery,
  deviceView,
  myDevicesReply,
  revokeRequestBody,
  revokeRequestedReply,
} from './device-schema.ts';
import {
  agencyDevices,
  deviceStatus,
  myDevices,
  registerDevice,
  requestRevocation,
  revokeOwnDevice,
} from './devices.ts';
import { idParams } from './schema.ts';

interface Deps {
  db: Kysely<Database>;
}

/** A device's status route: the one route a revoked device is still answered on (src/server/device-gate.ts). */
export const DEVICE_STATUS_ROUTE = '/api/devices/:id/status';

/**
 * The devices people use for the field screens: each person registers theirs, sees them and revokes one at once;
 * an administrator sees the agency's and asks for one to be revoked, which a second administrator approves through
 * /api/account-approvals.
 */
export const deviceRoutes: FastifyPluginAsyncZod<Deps> = async (app, { db }) => {
  app.post('/api/devices', {
    config: { permission: 'device.register' },
    schema: {
      summary: 'Register the browser you are using as one of your devices for the field screens',
      tags: ['access'],
      body: deviceRegisterBody,
      response: { 201: deviceRegistered },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await registerDevice(
            db,
            actorOf(request),
            { label: request.body.label, userAgent: request.headers['user-agent'] },
            request.id,
          ),
        ),
  });

  app.get(DEVICE_STATUS_ROUTE, {
    config: { permission: 'device.register' },
    schema: {
      summary: 'Whether your device is still active or was revoked (then the device wipes what it stores)',
      tags: ['access'],
      params: idParams,
      response: { 200: deviceStatusReply },
    },
    handler: async (request) => deviceStatus(db, actorOf(request), request.params.id, request.id),
  });

  app.get('/api/me/devices', {
    config: { permission: 'device.register' },
    schema: {
      summary: 'Your devices, the newest first (audited)',
      tags: ['access'],
      response: { 200: myDevicesReply },
    },
    handler: async (request) => ({ devices: await myDevices(db, actorOf(request), request.id) }),
  });

  app.post('/api/me/devices/:id/revoke', {
    config: { permission: 'device.register' },
    schema: {
      summary: 'Revoke one of your own devices, at once',
      tags: ['access'],
      params: idParams,
      response: { 200: deviceView },
    },
    handler: async (request) => revokeOwnDevice(db, actorOf(request), request.params.id, request.id),
  });

  app.get('/api/devices', {
    config: { permission: 'user.read' },
    schema: {
      summary: 'The devices of the accounts you manage, or of one account; the newest first (audited)',
      tags: ['access'],
      querystring: devicesQuery,
      response: { 200: agencyDevicesReply },
    },
    handler: async (request) => ({
      devices: await agencyDevices(db, actorOf(request), request.query.userId, request.id),
    }),
  });

  app.post('/api/devices/:id/revoke', {
    config: { permission: 'user.update' },
    schema: {
      summary: "Ask for someone's device to be revoked; a second administrator approves it",
      tags: ['access'],
      params: idParams,
      body: revokeRequestBody,
      response: { 202: revokeRequestedReply },
    },
    handler: async (request, reply) => {
      const { approvalId } = await requestRevocation(
        db,
        actorOf(request),
        request.params.id,
        request.body.reason,
        request.id,
      );
      return reply.status(202).send({ approvalId, status: 'pending' as const });
    },
  });
};
