import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { pageOf } from '../platform/listing.ts';
import { uuid } from '../platform/text.ts';
import { listBriefs, readBrief } from './brief.ts';
import { setChecklistItem } from './checklist.ts';
import { auditorLeakReview, leakReview } from './leak-review.ts';
import { approveOperation, cancelOperation, concludeOperation, startOperation } from './lifecycle.ts';
import { addMember, memberCandidates, removeMember } from './members.ts';
import { operationListing, operationListQuery } from './operation-list.ts';
import {
  checklistTickBody,
  planApprovalBody,
  planCancelBody,
  planCreateBody,
  planSaveBody,
} from './plan-bodies.ts';
import { memberSchema } from './plan-schema.ts';
import { createOperation, listOperations, readOperation, updatePlan } from './plans.ts';
import {
  briefReply,
  briefsReply,
  candidatesReply,
  leakReviewReply,
  memberAddedReply,
  memberRemovedReply,
  operationPageReply,
  operationReply,
} from './wire.ts';

const idParams = z.strictObject({ id: uuid });
const tags = ['operations'];

/**
 * Operation plans. Every route that returns an operation checks the compartment: only its current named members
 * see it; anyone else, whatever their permissions, gets "not found".
 */
export const planRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/operations/plans', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'The operations you are a named member of, by words, status, sorted and a page at a time',
      tags,
      querystring: operationListQuery,
      response: { 200: operationPageReply },
    },
    handler: async (request) => {
      const { status, ...query } = request.query;
      const all = await listOperations(db, actorOf(request));
      const page = pageOf(
        status ? all.filter((o) => o.status === status) : all,
        query,
        operationListing,
        languageOf(request),
      );
      return { operations: page.rows, total: page.total, page: page.page, size: page.size };
    },
  });

  app.post('/api/operations/plans', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Plan an operation on the target of an approved raid or rescue decision',
      tags,
      body: planCreateBody,
      response: { 201: operationReply },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createOperation(db, actorOf(request), request.body, request.id)),
  });

  app.get('/api/operations/plans/:id', {
    config: { permission: 'operations.read' },
    schema: {
      summary: 'One operation, for its members only (audited)',
      tags,
      params: idParams,
      response: { 200: operationReply },
    },
    handler: async (request) => readOperation(db, actorOf(request), request.params.id, request.id),
  });

  app.put('/api/operations/plans/:id/plan', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Save the plan; refused with 409 if it changed since the version you edited',
      tags,
      params: idParams,
      body: planSaveBody,
      response: { 200: operationReply },
    },
    handler: async (request) => updatePlan(db, actorOf(request), request.params.id, request.body, request.id),
  });

  app.post('/api/operations/plans/:id/checklist', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Tick or untick one briefing or go/no-go item (keeps the approval)',
      tags,
      params: idParams,
      body: checklistTickBody,
      response: { 200: operationReply },
    },
    handler: async (request) =>
      setChecklistItem(db, actorOf(request), request.params.id, request.body, request.id),
  });

  app.get('/api/operations/plans/:id/candidates', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'People a commander may name as members',
      tags,
      params: idParams,
      response: { 200: candidatesReply },
    },
    handler: async (request) => ({
      candidates: await memberCandidates(db, actorOf(request), request.params.id),
    }),
  });

  app.post('/api/operations/plans/:id/members', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Name a member with their role: from now on they see the target, place and time',
      tags,
      params: idParams,
      body: memberSchema,
      response: { 200: memberAddedReply },
    },
    handler: async (request) => addMember(db, actorOf(request), request.params.id, request.body, request.id),
  });

  app.delete('/api/operations/plans/:id/members/:memberId', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Remove a member: their access ends at once',
      tags,
      params: z.strictObject({ id: uuid, memberId: uuid }),
      response: { 200: memberRemovedReply },
    },
    handler: async (request) =>
      removeMember(db, actorOf(request), request.params.id, request.params.memberId, request.id),
  });

  app.post('/api/operations/plans/:id/approval', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Approve the version of the plan you read (another commanding member than its planner)',
      tags,
      params: idParams,
      body: planApprovalBody,
      response: { 200: operationReply },
    },
    handler: async (request) =>
      approveOperation(db, actorOf(request), request.params.id, request.body.version, request.id),
  });

  app.post('/api/operations/plans/:id/start', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Go: start execution (every go/no-go item confirmed)',
      tags,
      params: idParams,
      response: { 200: operationReply },
    },
    handler: async (request) => startOperation(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/operations/plans/:id/conclude', {
    config: { permission: 'operations.write' },
    schema: { summary: 'End execution', tags, params: idParams, response: { 200: operationReply } },
    handler: async (request) => concludeOperation(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/operations/plans/:id/cancel', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Cancel a plan that has not started',
      tags,
      params: idParams,
      body: planCancelBody,
      response: { 200: operationReply },
    },
    handler: async (request) =>
      cancelOperation(db, actorOf(request), request.params.id, request.body.reason, request.id),
  });

  app.get('/api/operations/plans/:id/leak-review', {
    config: { permission: 'operations.write' },
    schema: {
      summary: 'Who saw the operation, its decision, its target and its suspects, and when (commanders only)',
      tags,
      params: idParams,
      response: { 200: leakReviewReply },
    },
    handler: async (request) => leakReview(db, actorOf(request), request.params.id, request.id),
  });

  app.get('/api/audit/operations/:id/leak-review', {
    config: { permission: 'audit.read' },
    schema: {
      summary:
        "An ended operation's leak review, for an auditor of its agency or of a coordination body overseeing it",
      tags: ['audit'],
      params: idParams,
      response: { 200: leakReviewReply },
    },
    handler: async (request) => auditorLeakReview(db, actorOf(request), request.params.id, request.id),
  });

  app.get('/api/operations/briefs', {
    config: { permission: 'operations.brief' },
    schema: {
      summary:
        'Logistics briefs for operations your agency will receive people from (no target, place or time)',
      tags,
      response: { 200: briefsReply },
    },
    handler: async (request) => ({ briefs: await listBriefs(db, actorOf(request), request.id) }),
  });

  app.get('/api/operations/briefs/:id', {
    config: { permission: 'operations.brief' },
    schema: {
      summary: 'One logistics brief (audited)',
      tags,
      params: idParams,
      response: { 200: briefReply },
    },
    handler: async (request) => readBrief(db, actorOf(request), request.params.id, request.id),
  });
};
