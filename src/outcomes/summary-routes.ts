import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Permission } from '../access/catalogue.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import {
  agencySummaries,
  approveSummary,
  draftSummary,
  editSummary,
  releasedSummaries,
  releaseSummary,
  withdrawSummary,
} from './summaries.ts';
import {
  draftedReply,
  okReply,
  releasedSummariesReply,
  type SummaryKind,
  summariesReply,
  summaryDraftBody,
  summaryWithdrawBody,
  summaryWords,
} from './summary-wire.ts';

const ok = { 200: okReply };

const KINDS: { kind: SummaryKind; prefix: string; subject: string; permission: Permission; tag: string }[] = [
  {
    kind: 'operation',
    prefix: '/api/operations',
    subject: '/api/operations/:id',
    permission: 'operations.write',
    tag: 'operations',
  },
  {
    kind: 'case',
    prefix: '/api/prosecution',
    subject: '/api/prosecution/cases/:id',
    permission: 'prosecution.write',
    tag: 'prosecution',
  },
];

/**
 * Public summaries for the press: the agency that ran the operation or holds the case drafts it from the frozen
 * figures, a second member approves it, then it is released; coordinators read what was released.
 */
export const summaryRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  for (const k of KINDS) {
    const params = z.strictObject({ id: z.string().max(40) });
    app.post(`${k.subject}/public-summary`, {
      config: { permission: k.permission },
      schema: {
        summary: `Draft the public summary of a concluded ${k.kind === 'operation' ? 'operation' : 'case file'}: figures and outcomes only (audited)`,
        tags: [k.tag],
        params,
        body: summaryDraftBody,
        response: { 201: draftedReply },
      },
      handler: async (request, reply) => {
        reply.code(201);
        return {
          id: await draftSummary(
            db,
            secretKeys,
            actorOf(request),
            k.kind,
            request.params.id,
            request.body.text,
            request.id,
          ),
        };
      },
    });
    app.get(`${k.prefix}/public-summaries`, {
      config: { permission: k.permission },
      schema: {
        summary: "Your agency's public summaries, drafts to released",
        tags: [k.tag],
        response: { 200: summariesReply },
      },
      handler: async (request) => ({ summaries: await agencySummaries(db, actorOf(request), k.kind) }),
    });
    app.put(`${k.prefix}/public-summaries/:id`, {
      config: { permission: k.permission },
      schema: {
        summary: 'Change the text of a summary not yet released (it needs approving again; audited)',
        tags: [k.tag],
        params,
        body: summaryWords,
        response: ok,
      },
      handler: async (request) => {
        await editSummary(
          db,
          secretKeys,
          actorOf(request),
          k.kind,
          request.params.id,
          request.body,
          request.id,
        );
        return { ok: true as const };
      },
    });
    for (const step of ['approve', 'release'] as const)
      app.post(`${k.prefix}/public-summaries/:id/${step}`, {
        config: { permission: k.permission },
        schema: {
          summary:
            step === 'approve'
              ? 'Approve a summary someone else wrote (audited)'
              : 'Release an approved summary to the press (audited)',
          tags: [k.tag],
          params,
          response: ok,
        },
        handler: async (request) => {
          const fn = step === 'approve' ? approveSummary : releaseSummary;
          await fn(db, actorOf(request), k.kind, request.params.id, request.id);
          return { ok: true as const };
        },
      });
    app.post(`${k.prefix}/public-summaries/:id/withdraw`, {
      config: { permission: k.permission },
      schema: {
        summary: 'Withdraw a summary, with the reason (audited)',
        tags: [k.tag],
        params,
        body: summaryWithdrawBody,
        response: ok,
      },
      handler: async (request) => {
        await withdrawSummary(
          db,
          actorOf(request),
          k.kind,
          request.params.id,
          request.body.reason,
          request.id,
        );
        return { ok: true as const };
      },
    });
  }

  app.get('/api/outcomes/summaries', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'Released public summaries of operations and cases, every agency',
      tags: ['outcomes'],
      response: { 200: releasedSummariesReply },
    },
    handler: async () => ({ summaries: await releasedSummaries(db) }),
  });
};
