import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { day, instant, line, text, uuid } from '../platform/text.ts';
import {
  APPEAL_RESULTS,
  APPELLANTS,
  DECISIONS,
  HEARING_KINDS,
  HEARING_OUTCOMES,
  recordDecision,
  recordHearingOutcome,
  scheduleHearing,
} from './court.ts';
import { decideAppeal, lodgeAppeal, recordSentence } from './court-after-verdict.ts';
import {
  APPEAL_DAYS,
  closeDeadline,
  DEADLINE_CLOSURES,
  dueDeadlines,
  HEARING_DEADLINE_KINDS,
} from './court-deadlines.ts';
import { PARTICIPANT_ROLES, PARTICIPATION_MEASURES, recordParticipant } from './court-participation.ts';
import { readCourt } from './court-read.ts';
import { appealPeriodsShape, courtShape, dueDeadlinesShape } from './court-shapes.ts';
import { mlaRoutes } from './mla-routes.ts';
import { citationIn } from './offence-language.ts';

// The case file in court: hearings and who took part, decisions per charge, sentences, appeals, deadlines and
// their reminders; requests for assistance abroad are in mla-routes.ts. Every change and read is audited.

type Opts = { db: Kysely<Database>; secretKeys: Keyring };

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const money = z.strictObject({
  amount: z
    .number()
    .positive('must be more than 0')
    .max(1e12, 'must be at most 1,000,000,000,000')
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'must have at most two decimals'),
  currency: z
    .string()
    .refine((c) => CURRENCIES.has(c), 'must be an ISO 4217 currency code such as THB or USD'),
});
const hearingDeadline = z.strictObject({ kind: z.enum(HEARING_DEADLINE_KINDS), dueOn: day() });
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
      body: z.strictObject({
        kind: z.enum(HEARING_KINDS),
        at: instant(),
        court: line(200),
        note: text(2000, { empty: true }).optional(),
        deadline: hearingDeadline.optional(),
      }),
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
      body: z.strictObject({
        outcome: z.enum(HEARING_OUTCOMES),
        note: text(2000, { empty: true }).optional(),
        deadline: hearingDeadline.optional(),
      }),
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
      body: z.strictObject({
        role: z.enum(PARTICIPANT_ROLES),
        n: z.number().int().min(1).max(1000).optional(),
        protectionCaseId: uuid.optional(),
        measures: z.array(z.enum(PARTICIPATION_MEASURES)).max(6).default([]),
      }),
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
      body: z.strictObject({
        decision: z.enum(DECISIONS),
        on: day(),
        hearingId: uuid.optional(),
        reason: text(2000).optional(),
        lesserOffence: z
          .string()
          .regex(/^[A-Z]{2}-[A-Z0-9/-]{1,30}$/, 'must be an offence code such as TH-ATIP-6/1')
          .optional(),
        appealWithinDays: z.number().int().min(1).max(365).optional(),
      }),
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
      body: z.strictObject({
        on: day(),
        prisonMonths: z.number().int().min(0).max(1200),
        suspended: z.boolean().default(false),
        fine: money.optional(),
        compensation: money.optional(),
        hearingId: uuid.optional(),
      }),
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
      body: z.strictObject({ by: z.enum(APPELLANTS), lodgedOn: day() }),
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
      body: z.strictObject({ result: z.enum(APPEAL_RESULTS), on: day() }),
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
      body: z.strictObject({ closure: z.enum(DEADLINE_CLOSURES), on: day() }),
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
