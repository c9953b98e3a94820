import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { screenableOperations } from './operation-source.ts';
import { screenableOperationsReply } from './schema.ts';

/** Where screenings start from: the operations whose people the screener receives. */
export const screeningLinkRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/screening/operations', {
    config: { permission: 'screening.write' },
    schema: {
      summary:
        'Operations whose people you may screen, from planning on: code name, people removed, screened so far',
      tags: ['screening'],
      response: { 200: screenableOperationsReply },
    },
    handler: async (request) => ({ operations: await screenableOperations(db, actorOf(request)) }),
  });
};
