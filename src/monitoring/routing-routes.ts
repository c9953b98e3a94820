import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { giveFeedback, inbox, receive } from './receiving.ts';
import { routeItem, routeProposal } from './routing.ts';
import { feedbackBody, receiveBody, routeBody } from './routing-bodies.ts';
import { createRule, listRules, updateRule } from './routing-rules.ts';
import { routingsOf } from './routings-sent.ts';
import { inboxReply, received, routeProposalShape, routingsReply, ruleBody, rulesReply } from './wire.ts';

/** Routing to the agency with jurisdiction: proposals, sending, the receiving agency's inbox, the rules. */
export const routingRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/monitoring/:type/:id/route-proposal', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary:
        'The agencies with jurisdiction by the rules (overlaps flagged) and the sanitised text to send',
      tags: ['monitoring'],
      params: z.strictObject({ type: z.enum(['tips', 'inspections']), id: z.string().max(40) }),
      response: { 200: routeProposalShape },
    },
    handler: async (request) => {
      const { type, id } = request.params;
      return routeProposal(
        db,
        actorOf(request),
        secretKeys,
        type === 'tips' ? 'tip' : 'inspection',
        id,
        request.id,
      );
    },
  });

  app.post('/api/monitoring/:type/:id/route', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary:
        'Send a sanitised copy to the agencies chosen; refused while the text holds a withheld identity (audited)',
      tags: ['monitoring'],
      params: z.strictObject({ type: z.enum(['tips', 'inspections']), id: z.string().max(40) }),
      body: routeBody,
      response: {
        200: z.object({ routings: z.array(z.object({ id: z.string(), toAgencyId: z.string() })) }),
      },
    },
    handler: async (request) => {
      const { type, id } = request.params;
      const kind = type === 'tips' ? 'tip' : 'inspection';
      return routeItem(db, actorOf(request), secretKeys, kind, id, request.body, request.id);
    },
  });

  app.get('/api/monitoring/:type/:id/routings', {
    config: { permission: 'monitoring.read' },
    schema: {
      summary: 'Where your agency routed a tip or an inspection, and what each receiving agency said it did',
      tags: ['monitoring'],
      params: z.strictObject({ type: z.enum(['tips', 'inspections']), id: z.string().max(40) }),
      response: { 200: routingsReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const type = request.params.type === 'tips' ? 'tip' : 'inspection';
      // Only the sender's own routings are read: another agency's item id finds none.
      return { routings: await routingsOf(db, actor.agencyId ?? '', type, request.params.id) };
    },
  });

  app.get('/api/monitoring/inbox', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary: 'Tips and findings routed to your agency (audited)',
      tags: ['monitoring'],
      response: { 200: inboxReply },
    },
    handler: async (request) => inbox(db, actorOf(request), request.id),
  });

  app.post('/api/monitoring/routings/:id/receive', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary:
        'Receive a routed item: graded into your intelligence where your agency keeps it, the report written in your language (audited)',
      tags: ['monitoring'],
      params: z.strictObject({ id: z.string().max(40) }),
      body: receiveBody,
      response: { 200: received },
    },
    handler: async (request) =>
      receive(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.body,
        languageOf(request),
        request.id,
      ),
  });

  app.post('/api/monitoring/routings/:id/feedback', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary: 'Tell the sender what your agency did with it (audited)',
      tags: ['monitoring'],
      params: z.strictObject({ id: z.string().max(40) }),
      body: feedbackBody,
      response: { 200: z.object({ ok: z.literal(true) }) },
    },
    handler: async (request) => {
      await giveFeedback(db, actorOf(request), request.params.id, request.body, request.id);
      return { ok: true as const };
    },
  });

  app.get('/api/monitoring/rules', {
    config: { permission: 'monitoring.rules' },
    schema: {
      summary: 'The routing rules, active or not',
      tags: ['monitoring'],
      response: { 200: rulesReply },
    },
    handler: async () => ({ rules: await listRules(db) }),
  });

  app.post('/api/monitoring/rules', {
    config: { permission: 'monitoring.rules' },
    schema: {
      summary: 'Add a routing rule (audited)',
      tags: ['monitoring'],
      body: ruleBody,
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return { id: await createRule(db, actorOf(request), request.body, request.id) };
    },
  });

  app.put('/api/monitoring/rules/:id', {
    config: { permission: 'monitoring.rules' },
    schema: {
      summary: 'Change or deactivate a routing rule (audited)',
      tags: ['monitoring'],
      params: z.strictObject({ id: uuid }),
      body: ruleBody,
      response: { 200: z.object({ ok: z.literal(true) }) },
    },
    handler: async (request) => {
      await updateRule(db, actorOf(request), request.params.id, request.body, request.id);
      return { ok: true as const };
    },
  });
};
