import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { day, text, uuid } from '../platform/text.ts';
import { cooperationRecorded, measureRequested, measureStepped } from './change-wire.ts';
import {
  COOPERATION_STANCES,
  HEARING_SUPPORTS,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  REPRISAL_LEVELS,
  readWitness,
  recordCooperation,
  requestMeasure,
  stepMeasure,
} from './witness.ts';
import { witnessPage } from './witness-wire.ts';

// Witness support without pressure: the person's stance on cooperating (theirs; nothing else reads it) and the
// support measures asked for them. Changes by the case's caseworker only; reads and changes audited.

export const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as my or km');
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const currency = z
  .string()
  .refine((c) => CURRENCIES.has(c), 'must be an ISO 4217 currency code such as THB or USD');
/** A positive amount in the currency's units, with at most two decimals. */
export const amount = z
  .number()
  .positive('must be more than 0')
  .max(1e12, 'must be at most 1,000,000,000,000')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'must have at most two decimals');
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const country = z
  .string()
  .refine(
    (c) => /^[A-Z]{2}$/.test(c) && c !== 'ZZ' && REGIONS.of(c) !== undefined,
    'must be an ISO 3166 country code such as MM or KH',
  );
const caseParams = z.strictObject({ id: uuid });

export const witnessRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/protection/cases/:id/witness', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "A case's witness support: the person's stance on cooperating and its history, support measures with their steps, travel and subsistence paid, permits expiring (audited)",
      tags: ['protection'],
      params: caseParams,
      response: { 200: witnessPage },
    },
    handler: async (request) => readWitness(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.post('/api/protection/cases/:id/witness/cooperation', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record the person's stance on cooperating with a prosecution, as discussed with them (theirs to decide: it changes no service; audited)",
      tags: ['protection'],
      params: caseParams,
      body: z.strictObject({ stance: z.enum(COOPERATION_STANCES), on: day(), language }),
      response: { 201: cooperationRecorded },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await recordCooperation(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/protection/cases/:id/witness/measures', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record a support measure asked for the person (permit, protection, reprisal risk to family, hearing support, travel, subsistence); it starts as requested (audited)',
      tags: ['protection'],
      params: caseParams,
      body: z.strictObject({
        kind: z.enum(MEASURE_KINDS),
        validUntil: day().optional(),
        reprisalLevel: z.enum(REPRISAL_LEVELS).optional(),
        country: country.optional(),
        hearingOn: day().optional(),
        support: z.array(z.enum(HEARING_SUPPORTS)).max(HEARING_SUPPORTS.length).optional(),
        amount: amount.optional(),
        currency: currency.optional(),
        note: text(2000, { empty: true }).default(''),
      }),
      response: { 201: measureRequested },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await requestMeasure(
            db,
            actorOf(request),
            secretKeys,
            request.params.id,
            { ...request.body, support: request.body.support && [...new Set(request.body.support)] },
            request.id,
          ),
        ),
  });

  app.post('/api/protection/cases/:id/witness/measures/:measureId/status', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record a support measure's next status: granted (a permit until a date), refused, expired, provided (travel or subsistence on the date paid) or requested again (audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid, measureId: uuid }),
      body: z.strictObject({
        status: z.enum(MEASURE_STATUSES),
        validUntil: day().optional(),
        paidOn: day().optional(),
      }),
      response: { 200: measureStepped },
    },
    handler: async (request) =>
      stepMeasure(
        db,
        actorOf(request),
        request.params.id,
        request.params.measureId,
        request.body,
        request.id,
      ),
  });
};
