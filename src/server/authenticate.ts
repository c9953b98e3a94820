import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { recordAudit } from '../access/audit.ts';
import type { SessionInfo, SessionStore } from '../access/sessions.ts';
import { resolveToken } from '../access/tokens.ts';
import type { UserRecord } from '../access/users-store.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import type {} from '../platform/http/request.ts';
import { sessionToken } from '../platform/http/session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionInfo | null;
    /** The signed-in user's account, as loaded with the session or token. */
    user: UserRecord | null;
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

/** Object reads answer "not found" whether the object is missing or forbidden, so its existence does not leak. */
const deniedAsNotFound = (request: FastifyRequest) =>
  request.method === 'GET' && request.routeOptions.url?.includes(':') === true;

/**
 * Runs before the body is read: finds who is asking (session cookie or API token), then checks the route's
 * declared permission. Denials are audited.
 */
export function registerAuthentication(
  app: FastifyInstance,
  deps: { db: Kysely<Database>; sessions: SessionStore },
) {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const permission = request.routeOptions.config?.permission;
    if (permission === undefined || permission === 'public') return;
    const token = bearer(request);
    if (token !== undefined) {
      const resolved = await resolveToken(deps.db, token);
      request.actor = resolved?.actor ?? null;
      request.user = resolved?.user ?? null;
    } else {
      const session = await deps.sessions.resolve(sessionToken(request));
      if (session?.stage === 'active') {
        request.session = session;
        request.actor = session.actor;
        request.user = session.user;
      }
    }
    const actor = request.actor;
    if (!actor) throw new AppError('unauthenticated');
    if (!actor.permissions.has(permission)) {
      await recordAudit(deps.db, {
        actor,
        action: permission,
        resource: { type: 'route', id: `${request.method} ${request.routeOptions.url}` },
        outcome: 'denied',
        requestId: request.id,
        detail: { reason: 'missing_permission', via: actor.kind },
      });
      throw deniedAsNotFound(request) ? new AppError('not_found') : new AppError('forbidden');
    }
  });
}
