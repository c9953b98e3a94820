import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { pageOf } from '../platform/listing.ts';
import { createAgency, createUser, requestReset, signInLinkUrl, updateUser } from './admin-service.ts';
import { appendAudit, verifyAuditChain } from './audit.ts';
import { makeCheckpoint } from './audit-checkpoints.ts';
import { auditListQuery, auditListReply } from './audit-list.ts';
import { readAudit } from './audit-query.ts';
import { PERMISSIONS } from './catalogue.ts';
import { overseenBy } from './oversight.ts';
import { auditAgencies, can, seesAllAgencies } from './policy.ts';
import { verifyRecords } from './record-seals.ts';
import { ROLES, type Role } from './roles.ts';
import {
  agenciesReply,
  agencyCreateBody,
  agencyView,
  catalogueReply,
  checkpointReply,
  idParams,
  pendingGrant,
  profileReply,
  tokenCreateBody,
  tokenView,
  userCreateBody,
  userCreatedReply,
  userUpdateBody,
  userView,
  verifyReply,
} from './schema.ts';
import type { SessionStore } from './sessions.ts';
import { createToken, listTokens, revokeToken } from './tokens.ts';
import { filterUsers, userListing, userListQuery, userListReply } from './user-list.ts';
import { findUserById, listAgencies, listUsers } from './users-store.ts';

interface Deps {
  db: Kysely<Database>;
  sessions: SessionStore;
}

/** Links are built from the configured address, never from the request's Host header. */
const baseUrl = (request: FastifyRequest) => request.server.publicUrl();

/** Accounts, agencies, tokens and the audit log. */
export const accessRoutes: FastifyPluginAsyncZod<Deps> = async (app, { db, sessions }) => {
  app.get('/api/me', {
    config: { permission: 'profile.read' },
    schema: {
      summary: 'Your account, agency, roles and permissions',
      tags: ['access'],
      response: { 200: profileReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const user = request.user;
      if (!user) throw new AppError('unauthenticated');
      return {
        user: { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles },
        agency: { id: user.agencyId, name: user.agencyName, kind: user.agencyKind },
        permissions: [...actor.permissions].sort(),
        via: actor.kind,
      };
    },
  });

  app.get('/api/catalogue', {
    config: { permission: 'profile.read' },
    schema: {
      summary: 'The permission catalogue and the roles that grant them',
      tags: ['access'],
      response: { 200: catalogueReply },
    },
    handler: async () => ({
      permissions: Object.entries(PERMISSIONS).map(([name, description]) => ({ name, description })),
      roles: Object.entries(ROLES).map(([name, r]) => ({
        name,
        label: r.label,
        description: r.description,
        permissions: [...r.permissions],
        requiresSecondFactor: r.requiresSecondFactor,
      })),
    }),
  });

  app.get('/api/agencies', {
    config: { permission: 'agency.read' },
    schema: {
      summary: 'Agencies taking part',
      tags: ['access'],
      response: { 200: agenciesReply },
    },
    handler: async () => ({ agencies: await listAgencies(db) }),
  });

  app.post('/api/agencies', {
    config: { permission: 'agency.create' },
    schema: {
      summary: 'Register an agency',
      tags: ['access'],
      body: agencyCreateBody,
      response: { 201: agencyView },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createAgency(db, actorOf(request), request.body, request.id)),
  });

  app.get('/api/users', {
    config: { permission: 'user.read' },
    schema: {
      summary:
        'User accounts you may manage, by name, agency, role, status and second factor, sorted and a page at a time',
      tags: ['access'],
      querystring: userListQuery,
      response: { 200: userListReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const all = await listUsers(db, seesAllAgencies(actor, 'user.read') ? null : actor.agencyId);
      const now = Date.now();
      const page = pageOf(
        filterUsers(all, request.query, now),
        request.query,
        userListing(now),
        languageOf(request),
      );
      return { users: page.rows, total: page.total, page: page.page, size: page.size };
    },
  });

  app.get('/api/users/:id', {
    config: { permission: 'user.read' },
    schema: { summary: 'One user account', tags: ['access'], params: idParams, response: { 200: userView } },
    handler: async (request) => {
      const actor = actorOf(request);
      const user = await findUserById(db, request.params.id);
      if (!user || !can(actor, 'user.read', { type: 'user', id: user.id, agencyId: user.agencyId }))
        throw new AppError('not_found');
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor,
          action: 'user.read',
          resource: { type: 'user', id: user.id },
          outcome: 'success',
          requestId: request.id,
        }),
      );
      return user;
    },
  });

  app.post('/api/users', {
    config: { permission: 'user.create' },
    schema: {
      summary: 'Create a user account; returns a one-time sign-in link for its owner',
      tags: ['access'],
      body: userCreateBody,
      response: { 201: userCreatedReply },
    },
    handler: async (request, reply) => {
      const { user, linkToken, pending } = await createUser(
        db,
        actorOf(request),
        { ...request.body, roles: request.body.roles as Role[] },
        request.id,
      );
      return reply
        .status(201)
        .send({ user, signInLink: signInLinkUrl(baseUrl(request), linkToken), expiresInHours: 72, pending });
    },
  });

  app.patch('/api/users/:id', {
    config: { permission: 'user.update' },
    schema: {
      summary: "Change a user's roles, or disable or re-enable the account",
      tags: ['access'],
      params: idParams,
      body: userUpdateBody,
      response: { 200: userView.extend({ pending: pendingGrant.nullable() }) },
    },
    handler: async (request) =>
      updateUser(
        db,
        sessions,
        actorOf(request),
        request.params.id,
        { roles: request.body.roles as Role[] | undefined, disabled: request.body.disabled },
        request.id,
      ),
  });

  app.post('/api/users/:id/reset-2fa', {
    config: { permission: 'user.reset_2fa' },
    schema: {
      summary:
        "Ask for a reset of a user's password and second factor; a second administrator approves it and hands the link over",
      tags: ['access'],
      params: idParams,
      response: { 202: z.object({ approvalId: z.string(), status: z.literal('pending') }) },
    },
    handler: async (request, reply) => {
      const { approvalId } = await requestReset(db, actorOf(request), request.params.id, request.id);
      return reply.status(202).send({ approvalId, status: 'pending' as const });
    },
  });

  app.get('/api/tokens', {
    config: { permission: 'token.manage' },
    schema: {
      summary: 'Your API tokens',
      tags: ['access'],
      response: { 200: z.object({ tokens: z.array(tokenView) }) },
    },
    handler: async (request) => ({ tokens: await listTokens(db, actorOf(request).userId ?? '') }),
  });

  app.post('/api/tokens', {
    config: { permission: 'token.create' },
    schema: {
      summary: 'Create an API token for yourself; its secret is shown once',
      tags: ['access'],
      body: tokenCreateBody,
      response: { 201: z.object({ token: z.string(), view: tokenView }) },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      if (actor.kind !== 'user' || !actor.userId)
        throw new AppError('forbidden', 'Tokens are created from a signed-in session.');
      return reply
        .status(201)
        .send(await createToken(db, actor, { userId: actor.userId, ...request.body }, request.id));
    },
  });

  app.delete('/api/tokens/:id', {
    config: { permission: 'token.manage' },
    schema: {
      summary: 'Revoke one of your API tokens',
      tags: ['access'],
      params: idParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await revokeToken(db, actorOf(request), request.params.id, request.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/audit', {
    config: { permission: 'audit.read' },
    schema: {
      summary:
        'Audit entries a page at a time, newest first or oldest first, by record, actor, action, outcome and time (audited)',
      tags: ['audit'],
      querystring: auditListQuery,
      response: { 200: auditListReply },
    },
    handler: async (request) => readAudit(db, actorOf(request), request.query, request.id),
  });

  app.post('/api/audit/verify', {
    config: { permission: 'audit.verify' },
    schema: { summary: 'Check the audit chain end to end', tags: ['audit'], response: { 200: verifyReply } },
    handler: async (request) => {
      const result = await verifyAuditChain(db);
      // The records of the agencies this actor audits: the chain is one, the records are theirs.
      const actor = actorOf(request);
      const records = await verifyRecords(db, auditAgencies(actor, await overseenBy(db, actor.agencyId)));
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: actorOf(request),
          action: 'audit.verify',
          resource: { type: 'audit_log' },
          outcome: result.ok && records.ok ? 'success' : 'failure',
          requestId: request.id,
          detail: {
            checked: result.checked,
            firstBad: result.firstBad?.seq,
            recordProblems: records.problems.length,
          },
        }),
      );
      return { ...result, records };
    },
  });

  app.post('/api/audit/checkpoint', {
    config: { permission: 'audit.verify' },
    schema: {
      summary: 'A signed checkpoint of the audit log head, for the auditor to keep outside the database',
      tags: ['audit'],
      response: { 200: checkpointReply },
    },
    handler: async (request) => makeCheckpoint(db, actorOf(request), request.id),
  });
};
