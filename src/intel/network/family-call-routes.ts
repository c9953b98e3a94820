import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../../access/sealing.ts';
import type { Database } from '../../db/types.ts';
import { familyNumbersFor } from '../../monitoring/family-numbers.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf } from '../../platform/http/request.ts';
import { auditNetworkRead } from './audit-read.ts';
import { named as namedNodes } from './groups.ts';
import { nightFamilyCallers } from './night-family-calls.ts';
import { nightFamilyCallReply } from './wire.ts';

// Night calls to victims' families (night-family-calls.ts). The families are those the agency's hotline learnt of
// (src/monitoring/family-numbers.ts), matched only for a reader of the agency's tips: without monitoring.read the
// answer is empty. A family is shown as the tip it came with, never its number or who the victim is. The answer is
// audited with the entity ids it names and its counts.

const hour = z.coerce.number().int().min(0).max(23);

export const familyCallRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/intel/network/calls/night-families', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        "Numbers calling victims' families at night (the families' local time), most families first (audited)",
      tags: ['intel'],
      querystring: z.strictObject({
        fromHour: hour.default(22),
        toHour: hour.default(6),
        minFamilies: z.coerce.number().int().min(1).max(1000).default(2),
        minNightCalls: z.coerce.number().int().min(1).max(10_000).default(2),
        minNightShare: z.coerce.number().min(0).max(1).default(0.25),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
      response: { 200: nightFamilyCallReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const agencyId = actor.agencyId;
      if (!agencyId) throw new AppError('forbidden', 'Traces belong to an agency.');
      const families = await familyNumbersFor(db, actor, secretKeys);
      const found = await nightFamilyCallers(db, agencyId, families, request.query);
      const names = await namedNodes(
        db,
        agencyId,
        found.flatMap((c) => (c.holder ? [c.holder] : [])),
      );
      const callers = found.map(({ holder, ...c }) => ({
        ...c,
        person: (holder && names.get(holder)) || null,
      }));
      await auditNetworkRead(db, actor, request.id, 'night-family-calls', {
        entityIds: callers.flatMap((c) => (c.person ? [c.person.id] : [])),
        found: callers.length,
      });
      return { familyNumbers: families.length, callers };
    },
  });
};
