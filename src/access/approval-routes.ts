import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { actorOf } from '../platform/http/request.ts';
import { approveRequest, listApprovals, refuseRequest } from './approvals.ts';
import { acknowledgeNotice, unreadNotices } from './notices.ts';
import { approvalsReply, approvalView, approvedReply, noticesReply } from './schema.ts';
import type { SessionStore } from './sessions.ts';
import { signInLinkUrl } from './sign-in-links.ts';

interface Deps {
  db: Kysely<Database>;
  sessions: SessionStore;
}

const idParams = z.object({ id: z.uuid() });

/** The second administrator's side of resets and role grants, and the notices a person is shown at sign-in. */
export const approvalRoutes: FastifyPluginAsyncZod<Deps> = async (app, { db, sessions }) => {
  app.get('/api/account-approvals', {
    config: { permission: 'user.read' },
    schema: {
      summary: 'Resets and role grants waiting for a second administrator',
      tags: ['access'],
      response: { 200: approvalsReply },
    },
    handler: async (request) => ({ approvals: await listApprovals(db, actorOf(request)) }),
  });

  app.post('/api/account-approvals/:id/approve', {
    config: { permission: 'user.update' },
    schema: {
      summary:
        "Approve another administrator's request; a reset's one-time link is given to you, to hand to the person",
      tags: ['access'],
      params: idParams,
      response: { 200: approvedReply },
    },
    handler: async (request) => {
      const r = await approveRequest(db, sessions, actorOf(request), request.params.id, request.id);
      if (!r.linkToken) return { approval: r.approval };
      return {
        approval: r.approval,
        signInLink: signInLinkUrl(request.server.publicUrl(), r.linkToken),
        expiresInHours: 72,
      };
    },
  });

  app.post('/api/account-approvals/:id/refuse', {
    config: { permission: 'user.update' },
    schema: {
      summary: "Refuse another administrator's request",
      tags: ['access'],
      params: idParams,
      response: { 200: approvalView },
    },
    handler: async (request) => refuseRequest(db, actorOf(request), request.params.id, request.id),
  });

  app.get('/api/me/notices', {
    config: { permission: 'profile.read' },
    schema: {
      summary: 'What was done to your account or your operations since you last looked',
      tags: ['access'],
      response: { 200: noticesReply },
    },
    handler: async (request) => {
      const userId = actorOf(request).userId;
      return { notices: userId ? await unreadNotices(db, userId) : [] };
    },
  });

  app.post('/api/me/notices/:id/read', {
    config: { permission: 'profile.read' },
    schema: {
      summary: 'Acknowledge one of your notices',
      tags: ['access'],
      params: idParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      const userId = actorOf(request).userId;
      if (!userId || !(await acknowledgeNotice(db, userId, request.params.id, new Date())))
        throw new AppError('not_found');
      return reply.status(204).send(null);
    },
  });
};
