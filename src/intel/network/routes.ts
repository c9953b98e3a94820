import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { actorOf } from '../../platform/http/request.ts';
import { analysisRoutes } from './analysis-routes.ts';
import { auditNetworkRead } from './audit-read.ts';
import { commonContacts } from './contacts.ts';
import type { GraphFilters } from './expand.ts';
import { patternRoutes } from './pattern-routes.ts';
import { peoplePatternRoutes } from './people-pattern-routes.ts';
import { neighbourhood, shortestPaths, subgraph } from './traverse.ts';
import { edgeOut, neighbourhoodReply, nodeOut, pathsReply } from './wire.ts';

// The network's questions as routes. Every answer is audited with the ids of the entities it showed (never
// labels or numbers), so a leak review finds whoever saw a target on a chart.

const node = z
  .string()
  .max(200)
  .regex(
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|tel:\+?[0-9]{3,20}|acct:[^\s]{1,100})$/i,
    'an entity id, tel:NUMBER or acct:ACCOUNT',
  );
const filters = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  types: z
    .string()
    .max(500)
    .regex(/^[a-z_,]*$/, 'link types separated by commas')
    .optional(),
  minWeight: z.coerce.number().int().min(1).max(1_000_000).optional(),
  worstSource: z.enum(['1', '2', '3']).optional(),
  worstInfo: z.enum(['A', 'B', 'C', 'D', 'E']).optional(),
};
const toFilters = (q: {
  from?: string;
  to?: string;
  types?: string;
  minWeight?: number;
  worstSource?: string;
  worstInfo?: string;
}) =>
  ({
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    types: q.types ? q.types.split(',').filter(Boolean) : undefined,
    minWeight: q.minWeight,
    worstSource: q.worstSource,
    worstInfo: q.worstInfo,
  }) satisfies GraphFilters;

const audit = (
  db: Kysely<Database>,
  actor: Actor,
  what: string,
  requestId: string,
  nodes: { id: string; entity: boolean }[],
) =>
  auditNetworkRead(db, actor, requestId, what, {
    entityIds: nodes.filter((n) => n.entity).map((n) => n.id),
    identifiers: nodes.filter((n) => !n.entity).length,
  });

export const networkRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  await app.register(analysisRoutes, { db });
  await app.register(patternRoutes, { db });
  await app.register(peoplePatternRoutes, { db });
  app.get('/api/intel/network/neighbourhood', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Everything within k steps of an entity or number: declared links and traces, filtered (audited)',
      tags: ['intel'],
      querystring: z.strictObject({
        node,
        hops: z.coerce.number().int().min(1).max(3).default(1),
        ...filters,
      }),
      response: { 200: neighbourhoodReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const g = await neighbourhood(db, actor, q.node, q.hops, toFilters(q));
      await audit(db, actor, 'neighbourhood', request.id, g.nodes);
      return g;
    },
  });

  app.get('/api/intel/network/paths', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'The shortest paths between two entities or numbers, and the links along them (audited)',
      tags: ['intel'],
      querystring: z.strictObject({
        from: node,
        to: node,
        maxHops: z.coerce.number().int().min(1).max(8).default(6),
        limit: z.coerce.number().int().min(1).max(50).default(10),
        since: filters.from,
        until: filters.to,
        types: filters.types,
        minWeight: filters.minWeight,
        worstSource: filters.worstSource,
        worstInfo: filters.worstInfo,
      }),
      response: { 200: pathsReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const f = toFilters({ ...q, from: q.since, to: q.until });
      const r = await shortestPaths(db, actor, q.from, q.to, f, { maxHops: q.maxHops, limit: q.limit });
      await audit(db, actor, 'paths', request.id, r.nodes);
      return r;
    },
  });

  app.post('/api/intel/network/subgraph', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'The links among a given set of nodes (a saved chart reopened in one request), filtered (audited)',
      tags: ['intel'],
      body: z.strictObject({ nodes: z.array(node).min(1).max(2000), ...filters }),
      response: { 200: z.object({ nodes: z.array(nodeOut), edges: z.array(edgeOut) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const r = await subgraph(db, actor, request.body.nodes, toFilters(request.body));
      await audit(db, actor, 'subgraph', request.id, r.nodes);
      return r;
    },
  });

  app.post('/api/intel/network/common-contacts', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'The nodes in direct contact with every one of two or more phones, accounts or entities (audited)',
      tags: ['intel'],
      body: z.strictObject({ nodes: z.array(node).min(2).max(20), ...filters }),
      response: {
        200: z.object({
          contacts: z.array(nodeOut.extend({ weights: z.array(z.number()) })),
          edges: z.array(edgeOut),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const r = await commonContacts(db, actor, request.body.nodes, toFilters(request.body));
      await audit(db, actor, 'common contacts', request.id, r.contacts);
      return r;
    },
  });
};
