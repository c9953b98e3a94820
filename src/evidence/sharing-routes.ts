import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import {
  prosecutionOperations,
  sharedExhibits,
  shareExhibit,
  shareOperationCaseFile,
  withdrawExhibitShare,
} from './sharing.ts';
import { sharedExhibitsReply, sharedOperationsReply } from './wire.ts';

const idParams = z.strictObject({ id: uuid });

/** Evidence shared with another agency, and the case files of concluded operations shared with prosecutors. */
export const sharingRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/api/evidence/exhibits/:id/shares', {
    config: { permission: 'evidence.write' },
    schema: {
      summary:
        'Share an exhibit your agency holds with another agency, once the operation that seized it has concluded (audited)',
      tags: ['evidence'],
      params: idParams,
      body: z.strictObject({ agencyId: uuid }),
      response: {
        201: z.object({ exhibitId: z.string(), agencyId: z.string(), alreadyShared: z.boolean() }),
      },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await shareExhibit(db, actorOf(request), request.params.id, request.body.agencyId, request.id)),
  });

  app.delete('/api/evidence/exhibits/:id/shares/:agencyId', {
    config: { permission: 'evidence.write' },
    schema: {
      summary: "Withdraw an exhibit's share with an agency: its staff cannot open it any more (audited)",
      tags: ['evidence'],
      params: z.strictObject({ id: uuid, agencyId: uuid }),
      response: {
        200: z.object({ exhibitId: z.string(), agencyId: z.string(), withdrawn: z.boolean() }),
      },
    },
    handler: async (request) =>
      withdrawExhibitShare(db, actorOf(request), request.params.id, request.params.agencyId, request.id),
  });

  app.get('/api/evidence/shared', {
    config: { permission: 'evidence.read' },
    schema: {
      summary:
        'Exhibits other agencies shared with yours: reference, category, description, state, custodian, custody entries (audited)',
      tags: ['evidence'],
      response: { 200: sharedExhibitsReply },
    },
    handler: async (request) => ({ exhibits: await sharedExhibits(db, actorOf(request), request.id) }),
  });

  app.post('/api/operations/plans/:id/prosecution-share', {
    config: { permission: 'evidence.write' },
    schema: {
      summary:
        "Share a concluded operation's case file with a prosecution agency: the operation and the exhibits chosen (audited)",
      tags: ['evidence'],
      params: idParams,
      body: z.strictObject({ agencyId: uuid, exhibitIds: z.array(uuid).max(500) }),
      response: {
        201: z.object({
          operationId: z.string(),
          agencyId: z.string(),
          exhibitsShared: z.number(),
          alreadyShared: z.number(),
        }),
      },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await shareOperationCaseFile(db, actorOf(request), request.params.id, request.body, request.id),
        ),
  });

  app.get('/api/prosecution/operations', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        'Concluded operations whose case file was shared with your agency: code name, when it ended, arrests, exhibits shared (audited)',
      tags: ['prosecution'],
      response: { 200: sharedOperationsReply },
    },
    handler: async (request) => ({
      operations: await prosecutionOperations(db, actorOf(request), request.id),
    }),
  });
};
