import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { resendStatus } from '../operations/sync-rules.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { needsBody, serviceDecisionBody, serviceOfferBody, victimStatusBody } from './case-bodies.ts';
import { readCase } from './case-page.ts';
import { casePage } from './case-wire.ts';
import { assessNeeds, decideService, offerService, setVictimStatus, takeCase } from './case-work.ts';
import { caseTaken, needsAssessed, serviceDecided, serviceOffered, victimStatusSet } from './change-wire.ts';

// A protection case's page and a caseworker's changes to it. Reads are audited; every change is audited with
// codes only.

const caseParams = z.strictObject({ id: uuid });
export const caseRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/protection/cases/:id', {
    config: { permission: 'protection.read' },
    schema: {
      summary: "A protection case: the person's pseudonym, needs, services and their own choices (audited)",
      tags: ['protection'],
      params: caseParams,
      response: { 200: casePage },
    },
    handler: async (request) => readCase(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.post('/api/protection/cases/:id/owner', {
    config: { permission: 'protection.write' },
    schema: {
      summary: 'Take the case as its caseworker (or take it over from another; audited)',
      tags: ['protection'],
      params: caseParams,
      response: { 200: caseTaken },
    },
    handler: async (request) => takeCase(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/protection/cases/:id/needs', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record a needs assessment: every domain, in the language it was held in; the same id sent again is answered 200 (audited)',
      tags: ['protection'],
      params: caseParams,
      body: needsBody,
      response: { 200: needsAssessed, 201: needsAssessed },
    },
    handler: async (request, reply) => {
      const r = await assessNeeds(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.body,
        request.id,
      );
      return reply.code(resendStatus('protection_needs', r.duplicate === true)).send(r);
    },
  });

  app.post('/api/protection/cases/:id/services', {
    config: { permission: 'protection.write' },
    schema: {
      summary: 'Offer a service, explained to the person in their language (audited)',
      tags: ['protection'],
      params: caseParams,
      body: serviceOfferBody,
      response: { 200: serviceOffered, 201: serviceOffered },
    },
    handler: async (request, reply) => {
      const r = await offerService(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.body,
        request.id,
      );
      return reply.code(resendStatus('protection_service_step', r.duplicate === true)).send(r);
    },
  });

  app.post('/api/protection/cases/:id/services/:serviceId/decision', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record the person's answer on a service (accepted, declined, withdrawn) or its completion (audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid, serviceId: uuid }),
      body: serviceDecisionBody,
      response: { 200: serviceDecided },
    },
    handler: async (request) =>
      decideService(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.params.serviceId,
        request.body,
        request.id,
      ),
  });

  app.post('/api/protection/cases/:id/victim-status', {
    config: { permission: 'protection.write' },
    schema: {
      summary: "Record the person's own word on the status of victim: declined, or presumed again (audited)",
      tags: ['protection'],
      params: caseParams,
      body: victimStatusBody,
      response: { 200: victimStatusSet },
    },
    handler: async (request) =>
      setVictimStatus(db, actorOf(request), request.params.id, request.body, request.id),
  });
};
