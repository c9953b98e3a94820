import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { line, uuid } from '../platform/text.ts';
import { listEntities } from './entity-list.ts';
import { entityReports, reportMentions } from './mentions.ts';
import { ENTITY_TYPE_NAMES } from './registry.ts';
import { ENTITY_AGENCIES, ENTITY_SORTS, entityPage, mentionsReply, namedInReply } from './wire.ts';

const idParams = z.strictObject({ id: uuid });

/** The analyst's workbench: entities listed and browsed, and reports tied to the entities they name. */
export const workbenchRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/intel/entities', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Entities of your agency and shared with it, by type, name and agency, sorted, a page at a time (audited)',
      tags: ['intel'],
      querystring: z.strictObject({
        type: z.enum(ENTITY_TYPE_NAMES as [string, ...string[]]).optional(),
        q: line(100, { empty: true }).optional(),
        agency: z.union([z.enum(ENTITY_AGENCIES), uuid]).optional(),
        sort: z.enum(ENTITY_SORTS).default('label'),
        order: z.enum(['asc', 'desc']).default('asc'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().max(2000).optional(),
      }),
      response: { 200: entityPage },
    },
    handler: async (request) => listEntities(db, actorOf(request), request.query, request.id),
  });

  app.get('/api/intel/entities/:id/reports', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'The reports you may see that name the entity, newest first (audited)',
      tags: ['intel'],
      params: idParams,
      response: { 200: namedInReply },
    },
    handler: async (request) => ({
      reports: await entityReports(db, actorOf(request), secretKeys, request.params.id, request.id),
    }),
  });

  app.get('/api/intel/reports/:id/mentions', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'The entities you may see that a report you may read names (audited)',
      tags: ['intel'],
      params: idParams,
      response: { 200: mentionsReply },
    },
    handler: async (request) => ({
      entities: await reportMentions(db, actorOf(request), request.params.id, request.id),
    }),
  });
};
