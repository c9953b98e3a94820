import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import type { RouteEntry } from './route-table.ts';

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Health and the API description: open without a session. */
export function registerSystemRoutes(
  app: FastifyInstance,
  deps: { db: Kysely<Database>; dbKind: string; routes: RouteEntry[] },
) {
  // The database is asked at most every few seconds, so probes and load balancers cannot load it.
  let checked = { at: 0, ok: false };
  const databaseOk = async () => {
    if (Date.now() - checked.at < 3000) return checked.ok;
    let ok = false;
    try {
      await sql`SELECT 1`.execute(deps.db);
      ok = true;
    } catch {}
    checked = { at: Date.now(), ok };
    return ok;
  };
  app.get('/api/health', {
    config: { permission: 'public' },
    schema: {
      summary: 'Is the server up and its database reachable',
      tags: ['system'],
      response: {
        200: z.object({ status: z.literal('ok'), database: z.string() }),
        503: z.object({ status: z.literal('unavailable'), database: z.string() }),
      },
    },
    handler: async (_request, reply) => {
      if (await databaseOk()) return { status: 'ok' as const, database: deps.dbKind };
      return reply.status(503).send({ status: 'unavailable' as const, database: deps.dbKind });
    },
  });

  app.get('/api/openapi.json', {
    config: { permission: 'public' },
    schema: { hide: true },
    handler: async () => {
      // Each operation names the permission it needs, so clients and tests read the rules from the API itself.
      const doc = structuredClone(app.swagger()) as {
        paths?: Record<string, Record<string, Record<string, unknown>>>;
      };
      for (const r of deps.routes) {
        const op = doc.paths?.[toOpenApiPath(r.url)]?.[r.method.toLowerCase()];
        if (op) op['x-permission'] = r.permission;
      }
      return doc;
    },
  });
}
