import type { FastifyRequest } from 'fastify';

/** The session cookie's name: set by the sign-in routes, read by the server's authentication hook. */
export const SESSION_COOKIE = 'lantern_session';

/** The cookie's token, from a signed-in browser. */
export const sessionToken = (request: FastifyRequest): string | undefined => request.cookies[SESSION_COOKIE];
