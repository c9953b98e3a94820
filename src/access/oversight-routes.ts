import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { readOversight, setOversight } from './oversight.ts';
import { oversightBody, oversightReply } from './schema.ts';

/** Which agencies a coordination body oversees: its auditors read their audit logs and leak reviews. */
export const oversightRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/agencies/:id/oversight', {
    config: { permission: 'agency.oversee' },
    schema: {
      summary: 'The agencies this coordination body oversees',
      tags: ['access'],
      params: z.strictObject({ id: uuid }),
      response: { 200: oversightReply },
    },
    handler: async (request) => readOversight(db, actorOf(request), request.params.id),
  });

  app.put('/api/agencies/:id/oversight', {
    config: { permission: 'agency.oversee' },
    schema: {
      summary: 'Set the agencies a coordination body\'s auditors review: a list, or "all" (audited)',
      tags: ['access'],
      params: z.strictObject({ id: uuid }),
      body: oversightBody,
      response: { 200: oversightReply },
    },
    handler: async (request) =>
      setOversight(db, actorOf(request), request.params.id, request.body.oversees, request.id),
  });
};
