import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { text, uuid } from '../platform/text.ts';
import { approveChildStep, CHILD_STEP_KINDS, recordChildStep } from './children.ts';
import { day, language } from './schemas.ts';

// A child's protection steps on the case (the case's caseworker records them; a second caseworker approves the
// best-interests assessment and determination). The steps are read with the case's page.

const who = z.object({ id: z.string(), name: z.string() });
export const childSectionShape = z.object({
  steps: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      outcome: z.string().nullable(),
      detail: z.string(),
      language: z.string(),
      occurredOn: z.string(),
      recordedAt: z.string(),
      recordedBy: who,
      needsApproval: z.boolean(),
      approvedBy: who.nullable(),
      approvedAt: z.string().nullable(),
    }),
  ),
  returnBlockers: z.array(z.string()),
});

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
      body: z.strictObject({
        kind: z.enum(CHILD_STEP_KINDS as [string, ...string[]]),
        outcome: z.string().max(40).optional(),
        detail: text(4000, { empty: true }),
        language,
        occurredOn: day,
      }),
      response: { 201: z.object({ stepId: z.string(), needsApproval: z.boolean() }) },
    },
    handler: async (request, reply) => {
      const body = request.body as Parameters<typeof recordChildStep>[4];
      const r = await recordChildStep(db, actorOf(request), secretKeys, request.params.id, body, request.id);
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
      response: { 200: z.object({ stepId: z.string(), approvedAt: z.string() }) },
    },
    handler: async (request) =>
      approveChildStep(db, actorOf(request), request.params.id, request.params.stepId, request.id),
  });
};
