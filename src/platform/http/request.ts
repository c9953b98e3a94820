import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../access/policy.ts';
import { AppError } from '../errors.ts';
import { requestLanguage, type ServerLanguage } from '../i18n/languages.ts';

// What a route file needs from a request, kept below the modules: the parts of Lantern know nothing of how the app
// is composed (src/server/ sets the actor on each request; see authenticate.ts).

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set by the authentication hook before any route that declares a permission. */
    actor: Actor | null;
  }
}

/** The actor of a route that declared a permission; the server's hook guarantees one is there. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}

/** The language the request's reader reads (the browser app sends its screens' language): words sort in its order. */
export function languageOf(request: FastifyRequest): ServerLanguage {
  return requestLanguage(request.headers['accept-language']);
}
