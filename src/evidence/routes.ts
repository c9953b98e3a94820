import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { resendStatus } from '../operations/sync-rules.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { recordCustody } from './custody.ts';
import { exhibitRecord } from './record.ts';
import { custodyInputSchema } from './schema.ts';
import { custodyRecordedReply, exhibitReply } from './wire.ts';

const idParams = z.strictObject({ id: uuid });

/** The evidence register: exhibits with their chain of custody. Exhibits are registered from the execution log. */
export const evidenceRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/evidence/exhibits/:id', {
    config: { permission: 'evidence.read' },
    schema: {
      summary: 'An exhibit with its chain of custody, re-verified (audited); the record printed for court',
      tags: ['evidence'],
      params: idParams,
      response: { 200: exhibitReply },
    },
    handler: async (request) => exhibitRecord(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/evidence/exhibits/:id/custody', {
    config: { permission: 'evidence.write' },
    schema: {
      summary:
        'Record a custody transfer, or a re-verification of a digital hash; the same entry id sent again is answered as recorded, and an entry based on a chain added to since is refused',
      tags: ['evidence'],
      params: idParams,
      body: custodyInputSchema,
      response: { 201: custodyRecordedReply, 200: custodyRecordedReply },
    },
    handler: async (request, reply) => {
      const r = await recordCustody(db, actorOf(request), request.params.id, request.body, request.id);
      return reply.status(resendStatus('custody_entry', r.duplicate)).send(r);
    },
  });
};
