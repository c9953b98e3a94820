import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { cooperationRecorded, measureRequested, measureStepped } from './change-wire.ts';
import { cooperationBody, measureBody, measureStepBody } from './justice-bodies.ts';
import { readWitness, recordCooperation, requestMeasure, stepMeasure } from './witness.ts';
import { witnessPage } from './witness-wire.ts';

// Witness support without pressure: the person's stance on cooperating (theirs; nothing else reads it) and the
// support measures asked for them. Changes by the case's caseworker only; reads and changes audited.

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
      body: cooperationBody,
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
      body: measureBody,
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
      body: measureStepBody,
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
