import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { recordDecision, recordHearingOutcome, scheduleHearing } from './court.ts';
import { decideAppeal, lodgeAppeal, recordSentence } from './court-after-verdict.ts';
import {
  appealBody,
  appealDecisionBody,
  deadlineCloseBody,
  decisionBody,
  hearingBody,
  hearingOutcomeBody,
  participantBody,
  sentenceBody,
} from './court-bodies.ts';
import { APPEAL_DAYS, closeDeadline, dueDeadlines } from './court-deadlines.ts';
import { recordParticipant } from './court-participation.ts';
import { readCourt } from './court-read.ts';
import { appealPeriodsShape, courtShape, dueDeadlinesShape } from './court-shapes.ts';
import { mlaRoutes } from './mla-routes.ts';
import { citationIn } from './offence-language.ts';

// The case file in court: hearings and who took part, decisions per charge, sentences, appeals, deadlines and
// their reminders; requests for assistance abroad are in mla-routes.ts. Every change and read is audited.

type Opts = { db: Kysely<Database>; secretKeys: Keyring };

const caseParams = z.strictObject({ id: uuid });
const chargeParams = z.strictObject({ id: uuid, chargeId: uuid });
const deadlineOut = z.object({ id: z.string(), kind: z.string(), dueOn: z.string() });

export const courtRoutes: FastifyPluginAsyncZod<Opts> = async (app, { db, secretKeys }) => {
  app.get('/api/prosecution/cases/:id/court', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        'The case in court: hearings with who took part (a victim-witness by pseudonym only while they consent), decisions, sentences, appeals, requests abroad, deadlines; per charge its standing and sentence (audited)',
      tags: ['prosecution'],
      params: caseParams,
      response: { 200: courtShape },
    },
    handler: async (request) =>
      readCourt(db, actorOf(request), secretKeys, request.params.id, languageOf(request), request.id),
  });

  app.post('/api/prosecution/cases/:id/hearings', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: 'Schedule a hearing (kind, date and time, court), with a deadline it sets if any (audited)',
      tags: ['prosecution'],
      params: caseParams,
      body: hearingBody,
      response: { 201: z.object({ hearingId: z.string(), deadline: deadlineOut.nullable() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await scheduleHearing(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/prosecution/cases/:id/hearings/:hearingId/outcome', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record a hearing's outcome once: held (not before its time), adjourned or cancelled (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, hearingId: uuid }),
      body: hearingOutcomeBody,
      response: {
        200: z.object({ hearingId: z.string(), outcome: z.string(), deadline: deadlineOut.nullable() }),
      },
    },
    handler: async (request) =>
      recordHearingOutcome(
        db,
        actorOf(request),
        request.params.id,
        request.params.hearingId,
        request.body,
        request.id,
      ),
  });

  app.post('/api/prosecution/cases/:id/hearings/:hearingId/participants', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record who took part in a hearing, without identity: a role, their number in the case, the measures granted; a victim-witness tied to a protection case only with the person's consent to share their pseudonym (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, hearingId: uuid }),
      body: participantBody,
      response: {
        201: z.object({ participantId: z.string(), role: z.string(), n: z.number(), label: z.string() }),
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordParticipant(
            db,
            actorOf(request),
            secretKeys,
            request.params.id,
            request.params.hearingId,
            request.body,
            request.id,
          ),
        ),
  });

  app.post('/api/prosecution/cases/:id/charges/:chargeId/decisions', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record a decision on a charge: indicted or dropped (with the reason), then convicted, acquitted or convicted of a lesser offence; a verdict sets the appeal deadline of the charge's country (audited)",
      tags: ['prosecution'],
      params: chargeParams,
      body: decisionBody,
      response: {
        201: z.object({
          decisionId: z.string(),
          decision: z.string(),
          deadline: deadlineOut.extend({ days: z.number() }).nullable(),
        }),
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordDecision(
            db,
            actorOf(request),
            request.params.id,
            request.params.chargeId,
            request.body,
            request.id,
          ),
        ),
  });

  app.post('/api/prosecution/cases/:id/charges/:chargeId/sentences', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record the sentence on a charge's conviction: prison months, suspended or not, a fine and compensation to the victims with their currencies (audited)",
      tags: ['prosecution'],
      params: chargeParams,
      body: sentenceBody,
      response: { 201: z.object({ sentenceId: z.string(), decisionId: z.string() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordSentence(
            db,
            actorOf(request),
            request.params.id,
            request.params.chargeId,
            request.body,
            request.id,
          ),
        ),
  });

  app.post('/api/prosecution/cases/:id/charges/:chargeId/appeals', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Record an appeal against a charge's verdict by the prosecution or the defence, and whether it was lodged within the appeal deadline (audited)",
      tags: ['prosecution'],
      params: chargeParams,
      body: appealBody,
      response: {
        201: z.object({
          appealId: z.string(),
          withinDeadline: z.boolean().nullable(),
          deadlineDueOn: z.string().nullable(),
        }),
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await lodgeAppeal(
            db,
            actorOf(request),
            request.params.id,
            request.params.chargeId,
            request.body,
            request.id,
          ),
        ),
  });

  app.post('/api/prosecution/cases/:id/appeals/:appealId/decision', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: 'Record the result of an appeal once: dismissed, allowed, varied or withdrawn (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, appealId: uuid }),
      body: appealDecisionBody,
      response: { 200: z.object({ appealId: z.string(), result: z.string(), decidedOn: z.string() }) },
    },
    handler: async (request) =>
      decideAppeal(
        db,
        actorOf(request),
        request.params.id,
        request.params.appealId,
        request.body,
        request.id,
      ),
  });

  app.post('/api/prosecution/cases/:id/deadlines/:deadlineId/close', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: 'Close a deadline of the case: met, or not pursued (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, deadlineId: uuid }),
      body: deadlineCloseBody,
      response: {
        200: z.object({ deadlineId: z.string(), closure: z.string(), closedOn: z.string() }),
      },
    },
    handler: async (request) =>
      closeDeadline(
        db,
        actorOf(request),
        request.params.id,
        request.params.deadlineId,
        request.body,
        request.id,
      ),
  });

  app.get('/api/prosecution/deadlines', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        "Your agency's reminders: open deadlines of its case files overdue or due within the next `days` days (14 unless told), oldest first (audited)",
      tags: ['prosecution'],
      querystring: z.strictObject({ days: z.coerce.number().int().min(0).max(365).default(14) }),
      response: { 200: dueDeadlinesShape },
    },
    handler: async (request) => dueDeadlines(db, actorOf(request), request.query.days, request.id),
  });

  app.get('/api/prosecution/appeal-periods', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        'The default days to appeal a verdict per country, as data; every figure to be verified by a lawyer of the country',
      tags: ['prosecution'],
      response: { 200: appealPeriodsShape },
    },
    handler: async (request) => {
      const lang = languageOf(request);
      return {
        periods: Object.entries(APPEAL_DAYS).map(([country, p]) => {
          const { text, ...citation } = citationIn(p, lang);
          return { country, days: p.days, ...citation, cited: text };
        }),
      };
    },
  });

  await app.register(mlaRoutes, { db });
};
