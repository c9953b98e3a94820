import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { identityAccessBody, identityBody } from './case-bodies.ts';
import { identityAccessSet } from './change-wire.ts';
import { colleaguesOf, readIdentity, saveIdentity, setAccess } from './identity.ts';
import { identityReadersReply, identityReply, identitySaved } from './wire.ts';

// The person's identity on the case, and who besides the caseworker may read it.

const params = z.strictObject({ id: uuid });

export const identityRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/protection/cases/:id/identity', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "The person's identity: for the case's caseworker and the colleagues they let in (every read audited)",
      tags: ['protection'],
      params,
      response: { 200: identityReply },
    },
    handler: async (request) => readIdentity(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.put('/api/protection/cases/:id/identity', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record the person's identity, sealed; a person known from an earlier case is flagged (audited)",
      tags: ['protection'],
      params,
      body: identityBody,
      response: { 200: identitySaved },
    },
    handler: async (request) =>
      saveIdentity(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
  });

  app.get('/api/protection/cases/:id/identity-readers', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "For the caseworker: colleagues who may be let in to read the person's identity, and who is in",
      tags: ['protection'],
      params,
      response: { 200: identityReadersReply },
    },
    handler: async (request) => ({ colleagues: await colleaguesOf(db, actorOf(request), request.params.id) }),
  });

  app.put('/api/protection/cases/:id/identity-readers/:userId', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Let a colleague read the person's identity, or take it back at once (the caseworker; audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid, userId: uuid }),
      body: identityAccessBody,
      response: { 200: identityAccessSet },
    },
    handler: async (request) =>
      setAccess(
        db,
        actorOf(request),
        request.params.id,
        request.params.userId,
        request.body.allow,
        request.id,
      ),
  });
};
