import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf } from '../../platform/http/request.ts';
import { auditNetworkRead } from './audit-read.ts';
import { cycles, fans, structuring } from './money.ts';
import { simSwaps } from './sim-swaps.ts';

// Patterns in money and calls, each a question with its route: fan-in and fan-out, cycles, structuring, SIM
// swaps (those naming people: people-pattern-routes.ts). The agency's own traces only; each answer audited with its counts (never the numbers themselves).

const agencyOf = (actor: Actor) => {
  if (!actor.agencyId) throw new AppError('forbidden', 'Traces belong to an agency.');
  return actor.agencyId;
};

async function audited<T extends object>(
  db: Kysely<Database>,
  actor: Actor,
  requestId: string,
  what: string,
  found: number,
  r: T,
): Promise<T> {
  await auditNetworkRead(db, actor, requestId, what, { found });
  return r;
}

const limit = z.coerce.number().int().min(1).max(500).default(50);

export const patternRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/intel/network/money/fans', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Accounts that many pay into (fan-in) or that pay many (fan-out), most counterparts first (audited)',
      tags: ['intel'],
      querystring: z.strictObject({
        direction: z.enum(['in', 'out']),
        min: z.coerce.number().int().min(2).max(100_000).default(5),
        limit,
      }),
      response: {
        200: z.object({
          accounts: z.array(
            z.object({
              account: z.string(),
              counterparts: z.number(),
              transfers: z.number(),
              total: z.number(),
            }),
          ),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const accounts = await fans(db, agencyOf(actor), q.direction, q.min, q.limit);
      return audited(db, actor, request.id, `fan-${q.direction}`, accounts.length, { accounts });
    },
  });

  app.get('/api/intel/network/money/cycles', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Money that comes back to where it started through two to five accounts, shortest first (audited)',
      tags: ['intel'],
      querystring: z.strictObject({ maxLength: z.coerce.number().int().min(2).max(5).default(4), limit }),
      response: { 200: z.object({ cycles: z.array(z.array(z.string())) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const found = await cycles(db, agencyOf(actor), request.query.maxLength, request.query.limit);
      return audited(db, actor, request.id, 'cycles', found.length, { cycles: found });
    },
  });

  app.get('/api/intel/network/money/structuring', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Accounts sending transfer after transfer just under the reporting threshold of their currency (audited)',
      tags: ['intel'],
      querystring: z.strictObject({ min: z.coerce.number().int().min(2).max(10_000).default(3), limit }),
      response: {
        200: z.object({
          accounts: z.array(
            z.object({
              account: z.string(),
              currency: z.string(),
              threshold: z.number(),
              transfers: z.number(),
              total: z.number(),
              first: z.string(),
              last: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const accounts = await structuring(db, agencyOf(actor), request.query.min, request.query.limit);
      return audited(db, actor, request.id, 'structuring', accounts.length, { accounts });
    },
  });

  app.get('/api/intel/network/calls/sim-swaps', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Numbers that fell silent, and the new numbers that soon after called most of the same people (audited)',
      tags: ['intel'],
      querystring: z.strictObject({
        minShared: z.coerce.number().int().min(2).max(1000).default(3),
        minOverlap: z.coerce.number().min(0.1).max(1).default(0.5),
        maxGapDays: z.coerce.number().int().min(1).max(90).default(14),
        limit,
      }),
      response: {
        200: z.object({
          swaps: z.array(
            z.object({
              old: z.string(),
              new: z.string(),
              shared: z.number(),
              overlap: z.number(),
              oldLast: z.string(),
              newFirst: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const swaps = await simSwaps(db, agencyOf(actor), request.query);
      return audited(db, actor, request.id, 'sim-swaps', swaps.length, { swaps });
    },
  });
};
