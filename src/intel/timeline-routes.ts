import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { instant, uuid } from '../platform/text.ts';
import { numberTimeline } from './number-timeline.ts';
import { entityTimeline } from './timeline.ts';
import { timelineShape } from './wire.ts';

/** An entity's events in time: calls, transfers, crossings and the reports that speak of it. */
export const timelineRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/intel/entities/:id/timeline', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "An entity's calls, transfers, crossings and reports, newest first (audited)",
      tags: ['intel'],
      params: z.strictObject({ id: uuid }),
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        before: instant().optional(),
      }),
      response: { 200: timelineShape },
    },
    handler: async (request) =>
      entityTimeline(db, actorOf(request), secretKeys, request.params.id, request.query, request.id),
  });

  app.get('/api/intel/phones/:number/timeline', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "A phone number's calls in your agency's call records, newest first (audited)",
      tags: ['intel'],
      params: z.strictObject({
        number: z.string().regex(/^\+[1-9]\d{5,14}$/, 'a phone number in E.164 form, e.g. +66812345678'),
      }),
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        before: instant().optional(),
      }),
      response: { 200: timelineShape },
    },
    handler: async (request) =>
      numberTimeline(db, actorOf(request), secretKeys, request.params.number, request.query, request.id),
  });
};
