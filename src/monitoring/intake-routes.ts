import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { enterTip } from './intake.ts';
import { intakeBody } from './intake-schemas.ts';
import { myTips } from './receiving.ts';
import { closeBody, duplicateBody, escalateBody, triageBody } from './tip-bodies.ts';
import { tipCase } from './tip-case.ts';
import { closeTip, decideDuplicate, escalate, reopenTip, triage } from './triage.ts';
import { triageQueue, triageQueueQuery } from './triage-list.ts';
import { intakeResult, myTipsReply, queuePageReply, tipPage } from './wire.ts';

const tipId = z.strictObject({ id: z.string().max(20) });
const ok = { 200: z.object({ ok: z.literal(true) }) };
/** Tips entered one at a time, the triage queue and each tip's case (src/monitoring/). */
export const intakeRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.post('/api/monitoring/intake', {
    config: { permission: 'monitoring.write' },
    schema: {
      summary: 'Enter a tip or hotline call: what, where, when, who, how many, children, danger (audited)',
      tags: ['monitoring'],
      body: intakeBody,
      response: { 201: intakeResult },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return enterTip(db, actorOf(request), secretKeys, request.body, request.id);
    },
  });

  app.get('/api/monitoring/queue', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary:
        "Your agency's open tips, risk to life first, then escalated, then by the time triage is due (unless sorted by another column); by words, channel, danger, kind, children, status, escalated or overdue, a page at a time (audited)",
      tags: ['monitoring'],
      querystring: triageQueueQuery,
      response: { 200: queuePageReply },
    },
    handler: async (request) => triageQueue(db, actorOf(request), request.query, request.id),
  });

  app.get('/api/monitoring/tips/:id/intake', {
    config: { permission: 'monitoring.read' },
    schema: {
      summary: 'One tip with the identities it names, its history, duplicates and routings (audited)',
      tags: ['monitoring'],
      params: tipId,
      response: { 200: tipPage },
    },
    handler: async (request) => tipCase(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.post('/api/monitoring/tips/:id/triage', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary: 'Triage a tip: the danger, kind and children as judged now (audited)',
      tags: ['monitoring'],
      params: tipId,
      body: triageBody,
      response: ok,
    },
    handler: async (request) => {
      await triage(db, actorOf(request), request.params.id, request.body, request.id);
      return { ok: true as const };
    },
  });

  app.post('/api/monitoring/tips/:id/escalate', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary: 'Escalate a tip to the top of the queue (audited)',
      tags: ['monitoring'],
      params: tipId,
      body: escalateBody,
      response: ok,
    },
    handler: async (request) => {
      await escalate(db, actorOf(request), request.params.id, request.body.note, request.id);
      return { ok: true as const };
    },
  });

  app.post('/api/monitoring/tips/:id/close', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary: 'Close a tip with the reason (audited)',
      tags: ['monitoring'],
      params: tipId,
      body: closeBody,
      response: ok,
    },
    handler: async (request) => {
      await closeTip(db, actorOf(request), request.params.id, request.body.reason, request.id);
      return { ok: true as const };
    },
  });

  app.post('/api/monitoring/tips/:id/reopen', {
    config: { permission: 'monitoring.triage' },
    schema: { summary: 'Reopen a closed tip (audited)', tags: ['monitoring'], params: tipId, response: ok },
    handler: async (request) => {
      await reopenTip(db, actorOf(request), request.params.id, request.id);
      return { ok: true as const };
    },
  });

  app.post('/api/monitoring/tips/:id/duplicates/:otherId', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary: 'Confirm that two tips tell the same matter, or say they do not (audited)',
      tags: ['monitoring'],
      params: z.strictObject({ id: z.string().max(20), otherId: z.string().max(20) }),
      body: duplicateBody,
      response: ok,
    },
    handler: async (request) => {
      const { id, otherId } = request.params;
      await decideDuplicate(db, actorOf(request), id, otherId, request.body.decision, request.id);
      return { ok: true as const };
    },
  });

  app.get('/api/monitoring/mine', {
    config: { permission: 'monitoring.write' },
    schema: {
      summary: 'The tips you entered and what became of each, as far as the receiving agencies tell',
      tags: ['monitoring'],
      response: { 200: myTipsReply },
    },
    handler: async (request) => myTips(db, actorOf(request), request.id),
  });
};
