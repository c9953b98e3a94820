import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { referralAnswerBody } from './case-bodies.ts';
import { answered } from './change-wire.ts';
import { answerReferral, referralInbox } from './referral-inbox.ts';
import { referralInboxReply } from './wire.ts';

// The receiving provider's inbox of referrals, and its answer to each.

export const inboxRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/protection/referrals/inbox', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "Referrals sent to your agency's services, with only what the person agreed to share (audited)",
      tags: ['protection'],
      response: { 200: referralInboxReply },
    },
    handler: async (request) => ({
      referrals: await referralInbox(db, actorOf(request), secretKeys, request.id),
    }),
  });

  app.post('/api/protection/referrals/:id/answer', {
    config: { permission: 'protection.write' },
    schema: {
      summary: 'Accept or decline a referral sent to your agency’s services (audited)',
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      body: referralAnswerBody,
      response: { 200: answered },
    },
    handler: async (request) =>
      answerReferral(
        db,
        actorOf(request),
        request.params.id,
        request.body.decision,
        request.id,
        request.body.services,
      ),
  });
};
