import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { line, text, uuid } from '../platform/text.ts';
import {
  CONTACT_OUTCOMES,
  dueFollowUps,
  readReintegration,
  recordFollowUp,
  savePlan,
  setFollowUpDays,
  WELLBEING_LEVELS,
} from './reintegration.ts';
import { day, language } from './schemas.ts';
import { country } from './transfer-routes.ts';

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
      body: z.strictObject({ goals: text(4000), country, area: line(200), startedOn: day }),
      response: { 200: z.object({ planId: z.string(), startedOn: z.string() }) },
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
      body: z.strictObject({
        heldOn: day,
        dueDays: z.number().int().min(1).max(3650).optional(),
        contact: z.enum(CONTACT_OUTCOMES),
        wellbeing: z.enum(WELLBEING_LEVELS).optional(),
        note: text(4000, { empty: true }).default(''),
        retraffickingConcern: z.boolean(),
        language,
      }),
      response: { 201: z.object({ followUpId: z.string(), retraffickingFlag: z.string().nullable() }) },
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
      response: {
        200: z.object({
          plan: z
            .object({
              goals: z.string(),
              country: z.string(),
              area: z.string(),
              startedOn: z.string(),
              updatedAt: z.string(),
            })
            .nullable(),
          schedule: z.array(z.object({ dueDays: z.number(), dueOn: z.string(), state: z.string() })),
          followUps: z.array(
            z.object({
              id: z.string(),
              heldOn: z.string(),
              dueDays: z.number().nullable(),
              contact: z.string(),
              wellbeing: z.string().nullable(),
              note: z.string(),
              retraffickingConcern: z.boolean(),
              language: z.string(),
              recordedBy: z.object({ id: z.string(), name: z.string() }),
            }),
          ),
          retraffickingFlag: z.object({ reason: z.string(), flaggedAt: z.string() }).nullable(),
        }),
      },
    },
    handler: async (request) =>
      readReintegration(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.get('/api/protection/follow-ups/due', {
    config: { permission: 'protection.read' },
    schema: {
      summary: "Your agency's follow-ups due or overdue, oldest first, by case and pseudonym (audited)",
      tags: ['protection'],
      response: {
        200: z.object({
          followUpDays: z.array(z.number()),
          due: z.array(
            z.object({
              caseId: z.string(),
              pseudonym: z.string(),
              dueDays: z.number(),
              dueOn: z.string(),
              daysOverdue: z.number(),
              mine: z.boolean(),
            }),
          ),
        }),
      },
    },
    handler: async (request) => dueFollowUps(db, actorOf(request), secretKeys, request.id),
  });

  app.put('/api/protection/settings/follow-ups', {
    config: { permission: 'protection.write' },
    schema: {
      summary: "Set the days after a plan's start at which your agency's follow-ups fall due (audited)",
      tags: ['protection'],
      body: z.strictObject({ followUpDays }),
      response: { 200: z.object({ followUpDays: z.array(z.number()) }) },
    },
    handler: async (request) => setFollowUpDays(db, actorOf(request), request.body.followUpDays, request.id),
  });
};
