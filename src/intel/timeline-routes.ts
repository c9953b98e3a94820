import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { instant, uuid } from '../platform/text.ts';
import { actorOf } from '../server/authenticate.ts';
import { numberTimeline } from './number-timeline.ts';
import { entityTimeline } from './timeline.ts';

/** A timeline as both routes give it: how many identifiers it covers, counts per stream, the events newest first. */
const timeline = z.object({
  identifiers: z.number(),
  counts: z.object({
    calls: z.number(),
    transfers: z.number(),
    crossings: z.number(),
    reports: z.number(),
    tips: z.number(),
  }),
  limitPerStream: z.number(),
  events: z.array(
    z.object({
      at: z.string(),
      kind: z.enum(['call', 'transfer', 'crossing', 'report', 'tip']),
      summary: z.string(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
});

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
      response: { 200: timeline },
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
      response: { 200: timeline },
    },
    handler: async (request) =>
      numberTimeline(db, actorOf(request), secretKeys, request.params.number, request.query, request.id),
  });
};
