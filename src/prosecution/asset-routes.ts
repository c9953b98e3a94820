import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { allocateToVictims } from './asset-allocations.ts';
import { allocationBody, assetBody, assetOrderBody } from './asset-bodies.ts';
import { assetsPage } from './asset-shapes.ts';
import { addAsset, readAssets, recordAssetOrder } from './assets.ts';
import { remedyRoutes } from './remedy-routes.ts';

// The assets behind a case (tied to its suspects, with their court orders), what of them is allocated to victims'
// compensation, and (remedy-routes.ts) the civil and administrative remedies beside the case. The case's agency
// only; every change and read audited with ids and codes.

const assetParams = z.strictObject({ id: uuid, assetId: uuid });

export const assetRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/prosecution/cases/:id/assets', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        'The assets behind a case with their suspects, orders and allocations to victims, and per currency the totals estimated, frozen, seized, confiscated and allocated (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      response: { 200: assetsPage },
    },
    handler: async (request) => readAssets(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/prosecution/cases/:id/assets', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        'Record an asset behind the case, tied to its suspects (owner, nominee, beneficial owner, controls), with an entity you may see or an exhibit seized (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      body: assetBody,
      response: { 201: z.object({ assetId: z.string(), n: z.number(), status: z.string() }) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await addAsset(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/prosecution/cases/:id/assets/:assetId/orders', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        'Record a court order on an asset: freezing or seizure, then confiscation (with the value confiscated), or its release; refused out of sequence (audited)',
      tags: ['prosecution'],
      params: assetParams,
      body: assetOrderBody,
      response: { 201: z.object({ orderId: z.string(), assetId: z.string(), status: z.string() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordAssetOrder(
            db,
            actorOf(request),
            request.params.id,
            request.params.assetId,
            request.body,
            request.id,
          ),
        ),
  });

  app.post('/api/prosecution/cases/:id/assets/:assetId/allocations', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Allocate part of a confiscated asset to victims' compensation, never beyond the value confiscated; the victims' claims find it by this case file's ref (audited)",
      tags: ['prosecution'],
      params: assetParams,
      body: allocationBody,
      response: {
        201: z.object({
          allocationId: z.string(),
          caseRef: z.string(),
          allocated: z.number(),
          remaining: z.number(),
        }),
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await allocateToVictims(
            db,
            actorOf(request),
            request.params.id,
            request.params.assetId,
            request.body,
            request.id,
          ),
        ),
  });

  await app.register(remedyRoutes, { db });
};
