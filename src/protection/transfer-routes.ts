import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { line, text, uuid } from '../platform/text.ts';
import { answered, transferAnswered, transferSent } from './change-wire.ts';
import { caseTransfersReply, transferInboxReply } from './return-wire.ts';
import { day, language } from './schemas.ts';
import { caseTransfers, transferInbox } from './transfer-reads.ts';
import {
  answerTransfer,
  isCountryCode,
  recordTransferStep,
  sendTransfer,
  TRANSFER_ITEMS,
  TRANSFER_KINDS,
  withdrawTransferConsent,
} from './transfers.ts';

// Transfers of a case and referrals for return, across agencies and borders, on the person's consent; the
// receiving agency's inbox and its answer. Reads are audited; every change is audited with codes and ids only.

export const country = z
  .string()
  .refine(isCountryCode, 'must be an ISO 3166 alpha-2 country code such as KH, LA, MM, TH, VN or CN');

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
      body: z.strictObject({
        kind: z.enum(TRANSFER_KINDS),
        toAgencyId: uuid.optional(),
        toOrganisation: line(200).optional(),
        toCountry: country.optional(),
        country: country.optional(),
        consent: z.boolean(),
        language,
        items: z.array(z.enum(TRANSFER_ITEMS)).max(TRANSFER_ITEMS.length),
        note: text(4000, { empty: true }).default(''),
      }),
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
      body: z.strictObject({ status: z.enum(['accepted', 'declined', 'completed']), on: day.optional() }),
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
      body: z.strictObject({ language }),
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
      body: z.strictObject({ decision: z.enum(['accepted', 'declined']) }),
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
