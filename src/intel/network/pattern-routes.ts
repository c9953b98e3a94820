import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf } from '../../server/authenticate.ts';
import { auditNetworkRead } from './audit-read.ts';
import { coTravel } from './co-travel.ts';
import { crossingBursts } from './crossing-bursts.ts';
import { named as namedNodes } from './groups.ts';
import { cycles, fans, structuring } from './money.ts';
import { paymentsToOfficials } from './officials.ts';
import { simSwaps } from './sim-swaps.ts';

// Patterns in money, calls and travel, each a question with its route: fan-in and fan-out, cycles, structuring,
// payments to officials, SIM swaps, people who cross borders together, bursts of calls before a crossing. The agency's own traces only; each answer audited with its counts (never the numbers themselves).

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
const named = z.object({ id: z.string(), type: z.string(), label: z.string() });

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

  app.get('/api/intel/network/travel/together', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'People who crossed the same checkpoint the same way within minutes of each other, on several occasions (audited)',
      tags: ['intel'],
      querystring: z.strictObject({
        windowMinutes: z.coerce.number().int().min(1).max(120).default(10),
        minOccasions: z.coerce.number().int().min(1).max(50).default(2),
        limit,
      }),
      response: {
        200: z.object({
          pairs: z.array(
            z.object({
              a: named,
              b: named,
              occasions: z.number(),
              sameVehicle: z.number(),
              checkpoints: z.array(z.string()),
              first: z.string(),
              last: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const agencyId = agencyOf(actor);
      const found = await coTravel(db, agencyId, request.query);
      const names = await namedNodes(
        db,
        agencyId,
        found.flatMap((p) => [p.a, p.b]),
      );
      const pairs = found.flatMap((p) => {
        const a = names.get(p.a);
        const b = names.get(p.b);
        return a && b ? [{ ...p, a, b }] : [];
      });
      await auditNetworkRead(db, actor, request.id, 'co-travel', {
        entityIds: pairs.flatMap((p) => [p.a.id, p.b.id]),
        found: pairs.length,
      });
      return { pairs };
    },
  });

  app.get('/api/intel/network/travel/bursts', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        "Crossings before which the traveller's phones called far more than usual, with whom, strongest first (audited)",
      tags: ['intel'],
      querystring: z.strictObject({
        hours: z.coerce.number().int().min(1).max(168).default(48),
        minCalls: z.coerce.number().int().min(1).max(1000).default(3),
        ratio: z.coerce.number().min(1).max(100).default(3),
        limit,
      }),
      response: {
        200: z.object({
          bursts: z.array(
            z.object({
              person: named,
              crossedAt: z.string(),
              checkpoint: z.string(),
              direction: z.string(),
              calls: z.number(),
              expected: z.number(),
              counterparts: z.array(z.string()),
            }),
          ),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const agencyId = agencyOf(actor);
      const found = await crossingBursts(db, agencyId, request.query);
      const names = await namedNodes(
        db,
        agencyId,
        found.map((b) => b.person),
      );
      const bursts = found.flatMap((b) => {
        const person = names.get(b.person);
        return person ? [{ ...b, person }] : [];
      });
      await auditNetworkRead(db, actor, request.id, 'crossing-bursts', {
        entityIds: bursts.map((b) => b.person.id),
        found: bursts.length,
      });
      return { bursts };
    },
  });

  app.get('/api/intel/network/money/officials', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Money paid into the accounts of people recorded as holding a public office, largest first, with who paid (audited)',
      tags: ['intel'],
      querystring: z.strictObject({ limit }),
      response: {
        200: z.object({
          payments: z.array(
            z.object({
              official: named,
              office: z.string(),
              account: z.string(),
              payerAccount: z.string(),
              payer: named.nullable(),
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
      const agencyId = agencyOf(actor);
      const found = await paymentsToOfficials(db, agencyId, request.query.limit);
      const names = await namedNodes(
        db,
        agencyId,
        found.flatMap((p) => (p.payer ? [p.official, p.payer] : [p.official])),
      );
      const payments = found.flatMap((p) => {
        const official = names.get(p.official);
        return official ? [{ ...p, official, payer: p.payer ? (names.get(p.payer) ?? null) : null }] : [];
      });
      await auditNetworkRead(db, actor, request.id, 'payments-to-officials', {
        entityIds: payments.flatMap((p) => (p.payer ? [p.official.id, p.payer.id] : [p.official.id])),
        found: payments.length,
      });
      return { payments };
    },
  });
};
