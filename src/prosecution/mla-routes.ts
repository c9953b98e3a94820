import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { day, line, text, uuid } from '../platform/text.ts';
import { draftMlaRequest, MLA_ASKS, MLA_STATUSES, recordMlaStep } from './mla.ts';

// Requests for mutual legal assistance to other countries: drafted with what is asked and whom it concerns, then
// moved through their status steps; read with the case in court (GET /api/prosecution/cases/:id/court).

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const country = z
  .string()
  .refine(
    (c) => /^[A-Z]{2}$/.test(c) && c !== 'ZZ' && REGIONS.of(c) !== undefined,
    'must be an ISO 3166 country code such as MY or CN',
  );
const deadline = z.object({ id: z.string(), kind: z.string(), dueOn: z.string() });

export const mlaRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/api/prosecution/cases/:id/mla', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        'Draft a request for mutual legal assistance: to which country and authority, what is asked, the suspects or charges it concerns (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      body: z.strictObject({
        toCountry: country,
        authority: line(200),
        asks: z.array(z.enum(MLA_ASKS)).min(1, 'name what is asked').max(6),
        note: text(2000, { empty: true }).optional(),
        suspectIds: z.array(uuid).max(50).default([]),
        chargeIds: z.array(uuid).max(50).default([]),
      }),
      response: { 201: z.object({ mlaId: z.string(), ref: z.string(), status: z.string() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await draftMlaRequest(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/prosecution/cases/:id/mla/:mlaId/steps', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record a request's next status (drafted → sent → acknowledged → executed, refused or withdrawn) on the day it happened, with the response due date while one is awaited (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, mlaId: uuid }),
      body: z.strictObject({ status: z.enum(MLA_STATUSES), on: day(), responseDueOn: day().optional() }),
      response: {
        200: z.object({ mlaId: z.string(), status: z.string(), deadline: deadline.nullable() }),
      },
    },
    handler: async (request) =>
      recordMlaStep(db, actorOf(request), request.params.id, request.params.mlaId, request.body, request.id),
  });
};
