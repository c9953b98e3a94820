import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { followUpDaysSet, followUpRecorded, planSaved } from './change-wire.ts';
import {
  dueFollowUps,
  readReintegration,
  recordFollowUp,
  savePlan,
  setFollowUpDays,
} from './reintegration.ts';
import { followUpBody, planBody } from './return-bodies.ts';
import { dueFollowUpsReply, reintegrationReply } from './return-wire.ts';

// A case's reintegration plan and follow-ups; the agency's follow-ups due; the days they fall due.

const caseParams = z.strictObject({ id: uuid });
const followUpDays = z.array(z.number().int().min(1).max(3650)).min(1).max(12);

export const reintegrationRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  secretKeys: Keyring;
}> = async (app, { db, secretKeys }) => {
  app.put('/api/protection/cases/:id/reintegration/plan', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record or change the case's reintegration plan: the person's goals, where they live now, its start (audited)",
      tags: ['protection'],
      params: caseParams,
      body: planBody,
      response: { 200: planSaved },
    },
    handler: async (request) =>
      savePlan(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
  });

  app.post('/api/protection/cases/:id/follow-ups', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record a follow-up: reached or not, wellbeing, a note, any concern of re-trafficking (which flags the case) (audited)',
      tags: ['protection'],
      params: caseParams,
      body: followUpBody,
      response: { 201: followUpRecorded },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordFollowUp(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
        ),
  });

  app.get('/api/protection/cases/:id/reintegration', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "The case's reintegration plan, its follow-ups as scheduled and held, and any re-trafficking flag (audited)",
      tags: ['protection'],
      params: caseParams,
      response: { 200: reintegrationReply },
    },
    handler: async (request) =>
      readReintegration(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.get('/api/protection/follow-ups/due', {
    config: { permission: 'protection.read' },
    schema: {
      summary: "Your agency's follow-ups due or overdue, oldest first, by case and pseudonym (audited)",
      tags: ['protection'],
      response: { 200: dueFollowUpsReply },
    },
    handler: async (request) => dueFollowUps(db, actorOf(request), secretKeys, request.id),
  });

  app.put('/api/protection/settings/follow-ups', {
    config: { permission: 'protection.write' },
    schema: {
      summary: "Set the days after a plan's start at which your agency's follow-ups fall due (audited)",
      tags: ['protection'],
      body: z.strictObject({ followUpDays }),
      response: { 200: followUpDaysSet },
    },
    handler: async (request) => setFollowUpDays(db, actorOf(request), request.body.followUpDays, request.id),
  });
};
