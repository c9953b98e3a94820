import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { consentBody } from './case-bodies.ts';
import { consentGiven, consentWithdrawn } from './change-wire.ts';
import { giveConsent, withdrawConsent } from './consent.ts';
import { listShared, readShared } from './shared.ts';
import { sharedCaseReply, sharedCasesReply } from './wire.ts';

// Consent to share, item by item and agency by agency, and the other agencies' reading of what was shared.

export const consentRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.post('/api/protection/cases/:id/consents', {
    config: { permission: 'protection.write' },
    schema: {
      summary: "Record the person's consent to share one item of their case with one agency (audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      body: consentBody,
      response: { 201: consentGiven },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await giveConsent(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/protection/cases/:id/consents/:consentId/withdraw', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record that the person withdrew a consent: the agency reads nothing of it from now on (audited)',
      tags: ['protection'],
      params: z.strictObject({ id: uuid, consentId: uuid }),
      response: { 200: consentWithdrawn },
    },
    handler: async (request) =>
      withdrawConsent(db, actorOf(request), request.params.id, request.params.consentId, request.id),
  });

  app.get('/api/protection/shared', {
    config: { permission: 'protection.shared_read' },
    schema: {
      summary: 'Protection cases whose people agreed to share something with your agency (audited)',
      tags: ['protection'],
      response: { 200: sharedCasesReply },
    },
    handler: async (request) => ({ cases: await listShared(db, actorOf(request), secretKeys, request.id) }),
  });

  app.get('/api/protection/shared/:id', {
    config: { permission: 'protection.shared_read' },
    schema: {
      summary:
        'One protection case as shared with your agency: only what the person agreed to, now (audited)',
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      response: { 200: sharedCaseReply },
    },
    handler: async (request) => readShared(db, actorOf(request), secretKeys, request.params.id, request.id),
  });
};
