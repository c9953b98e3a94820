import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { FAMILY_RELATIONS, recordFamilyNumber } from './family-numbers.ts';
import { familyNumberBody } from './tip-bodies.ts';

/** The hotline records the number a victim's family is reached on, beside the tip (family-numbers.ts). */
export const familyNumberRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  secretKeys: Keyring;
}> = async (app, { db, secretKeys }) => {
  app.post('/api/monitoring/tips/:id/family-numbers', {
    config: { permission: 'monitoring.write' },
    schema: {
      summary: "Record, sealed, a number a victim's family is reached on, beside your agency's tip (audited)",
      tags: ['monitoring'],
      params: z.strictObject({ id: z.string().max(20) }),
      body: familyNumberBody,
      response: {
        201: z.object({ id: z.string(), tipId: z.string(), relation: z.enum(FAMILY_RELATIONS) }),
      },
    },
    handler: async (request, reply) => {
      const r = await recordFamilyNumber(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.body,
        request.id,
      );
      return reply.code(201).send(r);
    },
  });
};
