import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { day, uuid } from '../platform/text.ts';
import { beforeAfter, evaluableOperations } from './evaluation-read.ts';
import { auditRead, reachOf, todayOf } from './evaluation-scope.ts';
import { beforeAfterReply, evaluableOperationsReply } from './evaluation-wire.ts';
import { programmeRoutes } from './programmes-routes.ts';
import { unitRoutes } from './units-routes.ts';

// Evaluation and capacity (issue 17, point 6): before/after around an intervention (here), programmes
// (programmes-routes.ts) and specialist units (units-routes.ts). Counts only; every read and change audited with ids
// and counts, never coordinates, names or text.

const tags = ['outcomes'];

const beforeAfterQuery = z
  .strictObject({
    operationId: uuid.optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    day: day().optional(),
    days: z.coerce.number().int().min(7).max(730).default(90),
    radiusKm: z.coerce.number().min(0.1).max(100).default(2),
    checkpointKm: z.coerce.number().min(0).max(200).default(25),
  })
  .refine((q) => q.operationId !== undefined || (q.lat !== undefined && q.lon !== undefined && q.day), {
    message: 'give operationId, or lat, lon and day',
  });

export const evaluationRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  now?: (() => number) | undefined;
}> = async (app, { db, now }) => {
  app.get('/api/outcomes/evaluation/operations', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'Operations carried out that may be evaluated before and after: code name, day and province only',
      tags,
      response: { 200: evaluableOperationsReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const operations = await evaluableOperations(db, await reachOf(db, actor));
      await auditRead(db, actor, 'outcomes.evaluation_operations_read', request.id, {
        operations: operations.length,
      });
      return { operations };
    },
  });

  app.get('/api/outcomes/evaluation/before-after', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'What happened in a place in equal windows before and after an operation or a day: counts and the change (not proof of effect)',
      tags,
      querystring: beforeAfterQuery,
      response: { 200: beforeAfterReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const answer = await beforeAfter(db, await reachOf(db, actor), q, todayOf(now));
      await auditRead(
        db,
        actor,
        'outcomes.before_after_read',
        request.id,
        { days: q.days, radiusKm: q.radiusKm, measures: answer.measures.length },
        answer.operation ? { type: 'operation', id: answer.operation.id } : { type: 'outcomes' },
      );
      return answer;
    },
  });

  await app.register(programmeRoutes, { db, now });
  await app.register(unitRoutes, { db, now });
};
