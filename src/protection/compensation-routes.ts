import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { claimPrepared, claimStepped, paymentRecorded } from './change-wire.ts';
import { prepareClaim, recordPayment, stepClaim } from './compensation.ts';
import { readCompensation } from './compensation-read.ts';
import { claimBody, claimStepBody, paymentBody } from './justice-bodies.ts';
import { compensationPage } from './wire.ts';

// Compensation and justice: the person's claims from preparation to money received. Changes by the case's
// caseworker only; reads and changes audited.

const caseParams = z.strictObject({ id: uuid });
const claimParams = z.strictObject({ id: uuid, claimId: uuid });

export const compensationRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/protection/cases/:id/compensation', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "A case's compensation claims with their steps and payments, and the totals claimed, awarded and received per currency (audited)",
      tags: ['protection'],
      params: caseParams,
      response: { 200: compensationPage },
    },
    handler: async (request) => readCompensation(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/protection/cases/:id/compensation', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record a compensation claim being prepared: its route, forum, amount, the prosecution case file it belongs to (its reference, for now) and the seized assets it draws on (audited)',
      tags: ['protection'],
      params: caseParams,
      body: claimBody,
      response: { 201: claimPrepared },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await prepareClaim(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/protection/cases/:id/compensation/:claimId/status', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record a claim's next step: filed, awarded (with the amount), rejected, or withdrawn by the person (their choice, in their language; audited)",
      tags: ['protection'],
      params: claimParams,
      body: claimStepBody,
      response: { 200: claimStepped },
    },
    handler: async (request) =>
      stepClaim(db, actorOf(request), request.params.id, request.params.claimId, request.body, request.id),
  });

  app.post('/api/protection/cases/:id/compensation/:claimId/payments', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record money the person received on an awarded claim, and from whom; the claim is then partly paid or paid in full (audited)',
      tags: ['protection'],
      params: claimParams,
      body: paymentBody,
      response: { 201: paymentRecorded },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordPayment(
            db,
            actorOf(request),
            request.params.id,
            request.params.claimId,
            request.body,
            request.id,
          ),
        ),
  });
};
