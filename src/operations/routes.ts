import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { pageOf } from '../platform/listing.ts';
import { uuid } from '../platform/text.ts';
import { assessmentSchema, recommend } from './assessment.ts';
import { approvalBody, decisionBody, dissentBody } from './decision-bodies.ts';
import { decisionListing, decisionListQuery } from './decision-list.ts';
import { approve, decide, dissent, listDecisions, readDecision } from './decisions.ts';
import { decisionPageReply, decisionReply, recommendationReply } from './wire.ts';

const idParams = z.strictObject({ id: uuid });

/** Intervention decisions: assessed, recommended with reasons, decided by a named person, approved by another. */
export const operationsRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/api/operations/recommendation', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'What the rules recommend for an assessment, with reasons and cautions (stores nothing)',
      tags: ['operations'],
      body: assessmentSchema,
      response: { 200: recommendationReply },
    },
    handler: async (request) => ({ ...recommend(request.body) }),
  });

  app.get('/api/operations/decisions', {
    config: { permission: 'operations.read' },
    schema: {
      summary:
        "Your agency's intervention decisions, by words, status and intervention, sorted and a page at a time",
      tags: ['operations'],
      querystring: decisionListQuery,
      response: { 200: decisionPageReply },
    },
    handler: async (request) => {
      const { status, decision, ...query } = request.query;
      const all = await listDecisions(db, actorOf(request));
      const page = pageOf(
        all.filter((d) => (!status || d.status === status) && (!decision || d.decision === decision)),
        query,
        decisionListing,
        languageOf(request),
      );
      return { decisions: page.rows, total: page.total, page: page.page, size: page.size };
    },
  });

  app.post('/api/operations/decisions', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Record an intervention decision on a target, with its assessment',
      tags: ['operations'],
      body: decisionBody,
      response: { 201: decisionReply },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await decide(db, actorOf(request), request.body, request.id)),
  });

  app.get('/api/operations/decisions/:id', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'One decision with its reasons, approval and dissent (audited)',
      tags: ['operations'],
      params: idParams,
      response: { 200: decisionReply },
    },
    handler: async (request) => readDecision(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/operations/decisions/:id/approval', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Approve or reject a decision (not by its decider)',
      tags: ['operations'],
      params: idParams,
      body: approvalBody,
      response: { 200: decisionReply },
    },
    handler: async (request) => approve(db, actorOf(request), request.params.id, request.body, request.id),
  });

  app.post('/api/operations/decisions/:id/dissent', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'Record your dissent beside a decision',
      tags: ['operations'],
      params: idParams,
      body: dissentBody,
      response: { 200: decisionReply },
    },
    handler: async (request) =>
      dissent(db, actorOf(request), request.params.id, request.body.text, request.id),
  });
};
