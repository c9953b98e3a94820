import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { childStepBody } from './case-bodies.ts';
import { childStepApproved, childStepRecorded } from './change-wire.ts';
import { approveChildStep, recordChildStep } from './children.ts';

// A child's protection steps on the case (the case's caseworker records them; a second caseworker approves the
// best-interests assessment and determination). The steps are read with the case's page.

export const childRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.post('/api/protection/cases/:id/child-steps', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record a step of a child's protection: guardian, best interests, family tracing or assessment, the child's views (audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      body: childStepBody,
      response: { 201: childStepRecorded },
    },
    handler: async (request, reply) => {
      const r = await recordChildStep(
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

  app.post('/api/protection/cases/:id/child-steps/:stepId/approve', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Approve a best-interests assessment or determination: a second caseworker, not its author (audited)',
      tags: ['protection'],
      params: z.strictObject({ id: uuid, stepId: uuid }),
      response: { 200: childStepApproved },
    },
    handler: async (request) =>
      approveChildStep(db, actorOf(request), request.params.id, request.params.stepId, request.id),
  });
};
