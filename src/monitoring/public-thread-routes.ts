import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { getChannel, readThread, replyToReporter, setChannel } from './public-thread.ts';
import { channelBody, replyBody } from './tip-bodies.ts';
import { publicChannel, threadReply } from './wire.ts';

const tipParams = z.strictObject({ id: z.string().max(40) });

/** The staff's side of the public page: a public report's conversation, replies, and who answers the page. */
export const publicThreadRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  secretKeys: Keyring;
}> = async (app, { db, secretKeys }) => {
  app.get('/api/monitoring/tips/:id/thread', {
    config: { permission: 'monitoring.read' },
    schema: {
      summary:
        "A public report's conversation: what the reporter added and the agency's replies, oldest first (audited)",
      tags: ['monitoring'],
      params: tipParams,
      response: { 200: threadReply },
    },
    handler: async (request) => readThread(db, secretKeys, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/monitoring/tips/:id/replies', {
    config: { permission: 'monitoring.triage' },
    schema: {
      summary: 'Reply to the reporter of a public report, who reads it with their receipt code (audited)',
      tags: ['monitoring'],
      params: tipParams,
      body: replyBody,
      response: { 201: z.object({ id: z.string(), at: z.string() }) },
    },
    handler: async (request, reply) => {
      const sent = await replyToReporter(
        db,
        secretKeys,
        actorOf(request),
        request.params.id,
        request.body.text,
        request.id,
      );
      return reply.status(201).send(sent);
    },
  });

  app.get('/api/monitoring/public-channel', {
    config: { permission: 'monitoring.rules' },
    schema: {
      summary: 'Which agency answers the public reporting page, and whether it is open (audited)',
      tags: ['monitoring'],
      response: { 200: publicChannel },
    },
    handler: async (request) => getChannel(db, actorOf(request), request.id),
  });

  app.put('/api/monitoring/public-channel', {
    config: { permission: 'monitoring.rules' },
    schema: {
      summary:
        'Set the agency that answers the public reporting page and open or close it; no agency takes the page down (audited)',
      tags: ['monitoring'],
      body: channelBody,
      response: { 200: publicChannel },
    },
    handler: async (request) => setChannel(db, actorOf(request), request.body, request.id),
  });
};
