import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { answered, transferAnswered, transferSent } from './change-wire.ts';
import { transferAnswerBody, transferBody, transferStepBody, transferWithdrawBody } from './return-bodies.ts';
import { caseTransfersReply, transferInboxReply } from './return-wire.ts';
import { caseTransfers, transferInbox } from './transfer-reads.ts';
import { answerTransfer, recordTransferStep, sendTransfer, withdrawTransferConsent } from './transfers.ts';

// Transfers of a case and referrals for return, across agencies and borders, on the person's consent; the
// receiving agency's inbox and its answer. Reads are audited; every change is audited with codes and ids only.

const transferParams = z.strictObject({ id: uuid, transferId: uuid });

export const transferRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.post('/api/protection/cases/:id/transfers', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Transfer the case, or refer the person for return, to an agency on Lantern or an organisation abroad, with the person's consent and only the items they choose to share (audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      body: transferBody,
      response: { 201: transferSent },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await sendTransfer(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
        ),
  });

  app.post('/api/protection/cases/:id/transfers/:transferId/steps', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record an outside organisation's answer to a transfer, or its completion (the person arrived, on a date) (audited)",
      tags: ['protection'],
      params: transferParams,
      body: transferStepBody,
      response: { 200: answered },
    },
    handler: async (request) =>
      recordTransferStep(
        db,
        actorOf(request),
        request.params.id,
        request.params.transferId,
        request.body,
        request.id,
      ),
  });

  app.post('/api/protection/cases/:id/transfers/:transferId/withdraw', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Record that the person withdrew their consent: the transfer is cancelled and the receiver sees nothing more (audited)',
      tags: ['protection'],
      params: transferParams,
      body: transferWithdrawBody,
      response: { 200: answered },
    },
    handler: async (request) =>
      withdrawTransferConsent(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.params.transferId,
        request.body.language,
        request.id,
      ),
  });

  app.get('/api/protection/cases/:id/transfers', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "The case's transfers with their steps, and what arrived with a case opened from one (audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      response: { 200: caseTransfersReply },
    },
    handler: async (request) =>
      caseTransfers(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.get('/api/protection/transfers/inbox', {
    config: { permission: 'protection.read' },
    schema: {
      summary: 'Transfers sent to your agency, with only what the person agreed to share, read now (audited)',
      tags: ['protection'],
      response: { 200: transferInboxReply },
    },
    handler: async (request) => ({
      transfers: await transferInbox(db, actorOf(request), secretKeys, request.id),
    }),
  });

  app.post('/api/protection/transfers/:transferId/answer', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Accept or decline a transfer sent to your agency; accepting opens your agency's case with what was shared (audited)",
      tags: ['protection'],
      params: z.strictObject({ transferId: uuid }),
      body: transferAnswerBody,
      response: { 200: transferAnswered },
    },
    handler: async (request) =>
      answerTransfer(
        db,
        actorOf(request),
        secretKeys,
        request.params.transferId,
        request.body.decision,
        request.id,
      ),
  });
};
