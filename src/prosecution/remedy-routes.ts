import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { remedyBody, remedyStepBody } from './asset-bodies.ts';
import { remediesPage } from './asset-shapes.ts';
import { readRemedies, requestRemedy, stepRemedy } from './remedies.ts';

// Civil and administrative remedies beside a case: requested of an authority against a suspect or the case's site,
// then ordered or refused, complied with or appealed. The case's agency only; changes and reads audited.

export const remedyRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/prosecution/cases/:id/remedies', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary: "A case's civil and administrative remedies with their target and steps (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      response: { 200: remediesPage },
    },
    handler: async (request) => readRemedies(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/prosecution/cases/:id/remedies', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record a civil or administrative remedy requested of an authority against a suspect of the case or the case's site (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      body: remedyBody,
      response: { 201: z.object({ remedyId: z.string(), status: z.string() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await requestRemedy(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/prosecution/cases/:id/remedies/:remedyId/steps', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record a remedy's next step: ordered or refused, then complied with or appealed; refused out of sequence (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, remedyId: uuid }),
      body: remedyStepBody,
      response: { 201: z.object({ remedyId: z.string(), status: z.string() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await stepRemedy(
            db,
            actorOf(request),
            request.params.id,
            request.params.remedyId,
            request.body,
            request.id,
          ),
        ),
  });
};
