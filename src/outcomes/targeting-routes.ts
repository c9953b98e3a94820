import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import { type Actor, visibleRows } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { actorOf } from '../platform/http/request.ts';
import { line, uuid } from '../platform/text.ts';
import { rankSites } from './targeting.ts';
import { rankCommunities } from './targeting-communities.ts';
import { loadCommunityEvidence, loadSiteEvidence } from './targeting-store.ts';
import { communityRanksReply, EXPLOITATION, siteRankReply, siteRanksReply } from './targeting-wire.ts';

// Targeting (issue 17, point 5). The site ranking names sites, which are intelligence: intel.read, the actor's
// visible sites only. The source communities are aggregates of border crossings (no person, no cell under 11):
// outcomes.read, for M&E officers and analysts. Every read audited with counts and ids only.

const tags = ['outcomes'];

const siteQuery = z.strictObject({
  area: line(120).optional(),
  exploitation: z.enum(EXPLOITATION).optional(),
  /** Tips received in the last this many days count (default 365). */
  days: z.coerce.number().int().min(1).max(3650).default(365),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const since = (days: number) => new Date(Date.now() - days * 86_400_000);

async function rankedSites(db: Kysely<Database>, actor: Actor, q: z.infer<typeof siteQuery>) {
  const evidence = await loadSiteEvidence(db, actor, { since: since(q.days) });
  return rankSites(evidence, { area: q.area, exploitation: q.exploitation });
}

export const targetingRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/outcomes/targeting/sites', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'Sites ranked by the evidence of exploitation, each with its reasons (audited)',
      tags,
      querystring: siteQuery,
      response: { 200: siteRanksReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      return db.transaction().execute(async (trx) => {
        const ranked = await rankedSites(trx, actor, q);
        const sites = ranked.slice(0, q.limit);
        await appendAudit(trx, {
          actor,
          action: 'outcomes.targeting_sites',
          outcome: 'success',
          requestId: request.id,
          detail: {
            ranked: ranked.length,
            shown: sites.length,
            exploitation: q.exploitation ?? null,
            byArea: q.area !== undefined,
            days: q.days,
          },
        });
        return { of: ranked.length, sites };
      });
    },
  });

  app.get('/api/outcomes/targeting/sites/:entityId', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        "One site's rank among all ranked sites and its reasons, for the intervention decision (audited)",
      tags,
      params: z.strictObject({ entityId: uuid }),
      querystring: siteQuery.omit({ limit: true }),
      response: { 200: siteRankReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const id = request.params.entityId;
      return db.transaction().execute(async (trx) => {
        const visible = await trx
          .selectFrom('entities')
          .select('id')
          .where('id', '=', id)
          .where('type', '=', 'site')
          .where(visibleRows(actor, 'intel.read', 'entity', 'agency_id', 'id'))
          .executeTakeFirst();
        if (!visible) throw new AppError('not_found', 'Site not found.');
        const ranked = await rankedSites(trx, actor, { ...request.query, limit: 1 });
        const site = ranked.find((r) => r.entityId === id) ?? null;
        await appendAudit(trx, {
          actor,
          action: 'outcomes.targeting_site',
          resource: { type: 'entity', id },
          outcome: 'success',
          requestId: request.id,
          detail: { rank: site?.rank ?? null, of: ranked.length },
        });
        return { of: ranked.length, site };
      });
    },
  });

  app.get('/api/outcomes/targeting/communities', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'Source communities ranked by vulnerability, from border crossings in aggregate (audited)',
      tags,
      querystring: z.strictObject({
        area: line(120).optional(),
        nationality: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
      response: { 200: communityRanksReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      return db.transaction().execute(async (trx) => {
        const ranked = rankCommunities(await loadCommunityEvidence(trx), {
          area: q.area,
          nationality: q.nationality,
        });
        const communities = ranked.slice(0, q.limit);
        await appendAudit(trx, {
          actor,
          action: 'outcomes.targeting_communities',
          outcome: 'success',
          requestId: request.id,
          detail: { ranked: ranked.length, shown: communities.length, byArea: q.area !== undefined },
        });
        return { of: ranked.length, communities };
      });
    },
  });
};
