import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { operationExhibits } from '../evidence/record.ts';
import { operationExhibitsReply } from '../evidence/wire.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { readLog, recordEntry } from './execution.ts';
import { correctEntry } from './log-corrections.ts';
import { correctionResultReply, correctionSchema, logEntrySchema, logReply } from './log-schema.ts';
import { readReview, submitReview } from './review.ts';
import { resendStatus } from './sync-rules.ts';
import { recordResultReply, reviewReply, reviewSchema } from './wire.ts';

const idParams = z.strictObject({ id: uuid });
const entryParams = z.strictObject({ id: uuid, entryId: uuid });
const tags = ['operations'];

/** The operation in the field and after it: the execution log, the exhibits seized, the after-action review. */
export const fieldRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/operations/plans/:id/log', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'The execution log, in the order things happened',
      tags,
      params: idParams,
      response: { 200: logReply },
    },
    handler: async (request) => ({
      entries: await readLog(db, actorOf(request), request.params.id, request.id),
    }),
  });

  app.post('/api/operations/plans/:id/log', {
    config: { permission: 'operations.read' },
    schema: {
      summary:
        'Record an arrest, an exhibit, people removed to screening, or a note; resending an entry is harmless',
      tags,
      params: idParams,
      body: logEntrySchema,
      response: { 201: recordResultReply, 200: recordResultReply },
    },
    handler: async (request, reply) => {
      const r = await recordEntry(db, actorOf(request), request.params.id, request.body, request.id);
      return reply.status(resendStatus('log_entry', r.duplicate)).send(r);
    },
  });

  app.post('/api/operations/plans/:id/log/:entryId/corrections', {
    config: { permission: 'operations.read' },
    schema: {
      summary:
        'Correct a log entry (by whoever recorded it, or a commander): on the revision the phone saw, else 409 stale_revision with the current corrections; resending is harmless',
      tags,
      params: entryParams,
      body: correctionSchema,
      response: { 201: correctionResultReply, 200: correctionResultReply },
    },
    handler: async (request, reply) => {
      const { id, entryId } = request.params;
      const r = await correctEntry(db, actorOf(request), id, entryId, request.body, request.id);
      return reply.status(resendStatus('log_correction', r.duplicate)).send(r);
    },
  });

  app.get('/api/operations/plans/:id/exhibits', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'The exhibits this operation seized',
      tags,
      params: idParams,
      response: { 200: operationExhibitsReply },
    },
    handler: async (request) => ({
      exhibits: await operationExhibits(db, actorOf(request), request.params.id, request.id),
    }),
  });

  app.get('/api/operations/plans/:id/review', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'The three objectives measured, and the after-action review once submitted',
      tags,
      params: idParams,
      response: { 200: reviewReply },
    },
    handler: async (request) => readReview(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/operations/plans/:id/review', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Submit the after-action review: harm done and to whom, lessons',
      tags,
      params: idParams,
      body: reviewSchema,
      response: { 201: reviewReply },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await submitReview(db, actorOf(request), request.params.id, request.body, request.id)),
  });
};
