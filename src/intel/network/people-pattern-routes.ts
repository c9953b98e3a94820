import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf } from '../../platform/http/request.ts';
import { auditNetworkRead } from './audit-read.ts';
import { coTravel } from './co-travel.ts';
import { crossingBursts } from './crossing-bursts.ts';
import { type Named, named as namedNodes } from './groups.ts';
import { paymentsToOfficials } from './officials.ts';

// Patterns that name people: who crosses borders together, bursts of calls before a crossing, payments to
// officials. Each answer names the agency's entities it shows (an entity the agency does not hold is left out)
// and is audited with their ids and its count, never labels or numbers.

const agencyOf = (actor: Actor) => {
  if (!actor.agencyId) throw new AppError('forbidden', 'Traces belong to an agency.');
  return actor.agencyId;
};
const limit = z.coerce.number().int().min(1).max(500).default(50);
const named = z.object({ id: z.string(), type: z.string(), label: z.string() });

/**
 * The answers `make` builds from `found` with the names of the entities `idsOf` says each names, audited with the
 * ids of the entities shown.
 */
async function namedAnswer<T, R extends object>(
  db: Kysely<Database>,
  actor: Actor,
  requestId: string,
  what: string,
  found: readonly T[],
  idsOf: (x: T) => (string | null)[],
  make: (x: T, name: (id: string) => Named | undefined) => R | null,
): Promise<R[]> {
  const wanted = found.flatMap((x) => idsOf(x).filter((id): id is string => id !== null));
  const names = await namedNodes(db, agencyOf(actor), wanted);
  const shown = new Set<string>();
  const out = found.flatMap((x) => {
    const r = make(x, (id) => {
      const n = names.get(id);
      if (n) shown.add(n.id);
      return n;
    });
    return r ? [r] : [];
  });
  await auditNetworkRead(db, actor, requestId, what, { entityIds: shown, found: out.length });
  return out;
}

export const peoplePatternRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
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
      const found = await coTravel(db, agencyOf(actor), request.query);
      const pairs = await namedAnswer(
        db,
        actor,
        request.id,
        'co-travel',
        found,
        (p) => [p.a, p.b],
        (p, name) => {
          const a = name(p.a);
          const b = name(p.b);
          return a && b ? { ...p, a, b } : null;
        },
      );
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
      const found = await crossingBursts(db, agencyOf(actor), request.query);
      const bursts = await namedAnswer(
        db,
        actor,
        request.id,
        'crossing-bursts',
        found,
        (b) => [b.person],
        (b, name) => {
          const person = name(b.person);
          return person ? { ...b, person } : null;
        },
      );
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
      const found = await paymentsToOfficials(db, agencyOf(actor), request.query.limit);
      const payments = await namedAnswer(
        db,
        actor,
        request.id,
        'payments-to-officials',
        found,
        (p) => [p.official, p.payer],
        (p, name) => {
          const official = name(p.official);
          return official ? { ...p, official, payer: p.payer ? (name(p.payer) ?? null) : null } : null;
        },
      );
      return { payments };
    },
  });
};
