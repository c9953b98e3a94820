import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { stayBody, stayEndBody } from './case-bodies.ts';
import { stayWarningsReply } from './case-wire.ts';
import { stayEnded, stayRecorded, stayThresholdsSet } from './change-wire.ts';
import { endStay, recordStay, setThresholds, stayWarnings } from './stays.ts';

// Shelter stays and their warnings; the agency's thresholds.

export const stayRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.post('/api/protection/cases/:id/stays', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record a shelter stay: where, from when, whether the person is free to leave, any court date (audited)',
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      body: stayBody,
      response: { 201: stayRecorded },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await recordStay(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/protection/cases/:id/stays/:stayId/end', {
    config: { permission: 'protection.write' },
    schema: {
      summary: 'Record the end of a shelter stay (audited)',
      tags: ['protection'],
      params: z.strictObject({ id: uuid, stayId: uuid }),
      body: stayEndBody,
      response: { 200: stayEnded },
    },
    handler: async (request) =>
      endStay(
        db,
        actorOf(request),
        request.params.id,
        request.params.stayId,
        request.body.endedOn,
        request.id,
      ),
  });

  app.get('/api/protection/stay-warnings', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "Your agency's open stays past its thresholds, tied to a court date, or of someone not free to leave (audited)",
      tags: ['protection'],
      response: { 200: stayWarningsReply },
    },
    handler: async (request) => stayWarnings(db, actorOf(request), secretKeys, request.id),
  });

  app.put('/api/protection/settings', {
    config: { permission: 'protection.write' },
    schema: {
      summary: "Set the stay lengths (days) past which your agency's stays are flagged (audited)",
      tags: ['protection'],
      body: z.strictObject({ stayThresholds: z.array(z.number().int().min(1).max(3650)).min(1).max(5) }),
      response: { 200: stayThresholdsSet },
    },
    handler: async (request) => setThresholds(db, actorOf(request), request.body.stayThresholds, request.id),
  });
};
