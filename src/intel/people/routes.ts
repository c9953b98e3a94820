import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types.ts';
import { actorOf } from '../../platform/http/request.ts';
import { uuid } from '../../platform/text.ts';
import { visibleEntity } from '../entities.ts';
import {
  decidePair,
  entityRecords,
  listDecisions,
  reviewQueue,
  splitRecord,
  undoDecision,
} from './review.ts';
import { resolvePeople } from './run.ts';
import {
  decisionBody,
  decisionsReply,
  entityRecordsReply,
  reviewQueueReply,
  runSummary,
  whereNow,
} from './wire.ts';

/** Who is who: resolving records into people, the review queue, analysts' decisions and their undoing. */
export const peopleRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/api/intel/resolution/runs', {
    config: { permission: 'intel.write' },
    schema: {
      summary: "Resolve the agency's records into people, phones, accounts and vehicles (audited)",
      tags: ['intel'],
      response: { 200: runSummary },
    },
    handler: async (request) => resolvePeople(db, actorOf(request), request.id),
  });

  app.get('/api/intel/resolution/review', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Pairs of records waiting for an analyst, those that would change the picture most first (audited)',
      tags: ['intel'],
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
      response: { 200: reviewQueueReply },
    },
    handler: async (request) => reviewQueue(db, actorOf(request), request.query, request.id),
  });

  app.post('/api/intel/resolution/decisions', {
    config: { permission: 'intel.write' },
    schema: {
      summary:
        'Decide that two records are, or are not, the same person (audited; binds later runs until undone)',
      tags: ['intel'],
      body: decisionBody,
      response: { 201: whereNow.extend({ id: z.string() }) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await decidePair(db, actorOf(request), request.body, request.id)),
  });

  app.get('/api/intel/resolution/decisions', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "The agency's decisions on pairs of records, newest first, undone ones included (audited)",
      tags: ['intel'],
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: { 200: decisionsReply },
    },
    handler: async (request) => ({
      decisions: await listDecisions(db, actorOf(request), request.query.limit, request.id),
    }),
  });

  app.post('/api/intel/resolution/decisions/:id/undo', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Take a decision back (audited)',
      tags: ['intel'],
      params: z.strictObject({ id: uuid }),
      response: { 200: whereNow.extend({ id: z.string() }) },
    },
    handler: async (request) => undoDecision(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/intel/resolution/records/:id/split', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Take a record out of the person it was grouped into (audited; each part can be undone)',
      tags: ['intel'],
      params: z.strictObject({ id: uuid }),
      response: { 200: whereNow.extend({ decisions: z.array(z.string()) }) },
    },
    handler: async (request) => splitRecord(db, actorOf(request), request.params.id, request.id),
  });

  app.get('/api/intel/entities/:id/records', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "A resolved entity's records as written, and why they were grouped (audited)",
      tags: ['intel'],
      params: z.strictObject({ id: uuid }),
      response: { 200: entityRecordsReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      await visibleEntity(db, actor, request.params.id);
      return entityRecords(db, actor, request.params.id, request.id);
    },
  });
};
