import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { mlaBody, mlaStepBody } from './court-bodies.ts';
import { draftMlaRequest, recordMlaStep } from './mla.ts';

// Requests for mutual legal assistance to other countries: drafted with what is asked and whom it concerns, then
// moved through their status steps; read with the case in court (GET /api/prosecution/cases/:id/court).

const deadline = z.object({ id: z.string(), kind: z.string(), dueOn: z.string() });

export const mlaRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/api/prosecution/cases/:id/mla', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        'Draft a request for mutual legal assistance: to which country and authority, what is asked, the suspects or charges it concerns (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      body: mlaBody,
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
      body: mlaStepBody,
      response: {
        200: z.object({ mlaId: z.string(), status: z.string(), deadline: deadline.nullable() }),
      },
    },
    handler: async (request) =>
      recordMlaStep(db, actorOf(request), request.params.id, request.params.mlaId, request.body, request.id),
  });
};
