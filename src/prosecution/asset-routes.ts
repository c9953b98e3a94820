import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { day, line, text, uuid } from '../platform/text.ts';
import { allocateToVictims } from './asset-allocations.ts';
import { assetsPage } from './asset-shapes.ts';
import {
  ASSET_KINDS,
  ASSET_ORDERS,
  ASSET_RELATIONS,
  addAsset,
  readAssets,
  recordAssetOrder,
} from './assets.ts';
import { remedyRoutes } from './remedy-routes.ts';

// The assets behind a case (tied to its suspects, with their court orders), what of them is allocated to victims'
// compensation, and (remedy-routes.ts) the civil and administrative remedies beside the case. The case's agency
// only; every change and read audited with ids and codes.

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const currency = z
  .string()
  .refine((c) => CURRENCIES.has(c), 'must be an ISO 4217 currency code such as THB or USD');
/** A positive amount in the currency's units, with at most two decimals. */
const amount = z
  .number()
  .positive('must be more than 0')
  .max(1e12, 'must be at most 1,000,000,000,000')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'must have at most two decimals');
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
      body: z.strictObject({
        kind: z.enum(ASSET_KINDS),
        description: text(2000),
        identifier: line(200).optional(),
        suspects: z
          .array(z.strictObject({ suspectId: uuid, relation: z.enum(ASSET_RELATIONS) }))
          .min(1, 'must name at least one suspect the asset is tied to')
          .max(50, 'must be at most 50 suspects'),
        entityId: uuid.optional(),
        exhibitId: uuid.optional(),
        estimatedValue: amount.optional(),
        currency,
      }),
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
      body: z.strictObject({
        kind: z.enum(ASSET_ORDERS),
        on: day(),
        authority: line(200),
        value: amount.optional(),
        reference: line(200).optional(),
      }),
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
      body: z.strictObject({ amount, currency, on: day(), claimId: uuid.optional() }),
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
