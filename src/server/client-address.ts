import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { forgetClientAddress, noteClientAddress } from '../access/audit-keys.ts';
import type { Database } from '../db/types.ts';

/**
 * Each request's client address (the socket's peer: no proxy header is trusted) is kept by its request id while
 * it runs, so every audit entry made for it records where it came from without each caller passing it along.
 * Registered first, so even the denials audited by authentication carry it. Routes marked `anonymous` (the public
 * reporting page) are left out.
 */
export function registerClientAddress(app: FastifyInstance, db: Kysely<Database>): void {
  app.addHook('onRequest', async (request) => {
    // The anonymous public page keeps no trace of who sent a report: its audit entries carry no address.
    if (request.routeOptions.config?.anonymous === true) return;
    noteClientAddress(db, request.id, request.ip);
  });
  app.addHook('onResponse', async (request) => {
    forgetClientAddress(db, request.id);
  });
  app.addHook('onRequestAbort', async (request) => {
    forgetClientAddress(db, request.id);
  });
}
