import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { rankBrokers } from './brokers.ts';
import { communities } from './communities.ts';
import { sitesTiedToGroups } from './group-sites.ts';
import { loadProjection } from './projection-store.ts';

// One analysis of an agency's whole picture: the projection of people and places, its communities (candidate
// groups), the sites each group's people are tied to outside it, and the brokers of the sites of concern, stored
// to be read by the groups, brokers and site profiles.

type Q = Kysely<Database>;

/** How many brokers are kept. */
export const BROKERS_KEPT = 100;
/** Memberships written per statement. */
const ROWS_PER_INSERT = 20_000;

/**
 * The sites of concern: sites an analyst named (`given`), or else every site the agency's reports name or an
 * operation targeted — where intelligence or an intervention already points.
 */
async function sitesOfConcern(db: Q, agencyId: string, given?: readonly string[]): Promise<Set<string>> {
  if (given && given.length > 0) return new Set(given);
  const named = await db
    .selectFrom('report_mentions')
    .innerJoin('entities', 'entities.id', 'report_mentions.entity_id')
    .select('entities.id')
    .distinct()
    .where('report_mentions.agency_id', '=', agencyId)
    .where('entities.type', '=', 'site')
    .execute();
  const targeted = await db
    .selectFrom('operations')
    .innerJoin('entities', 'entities.id', 'operations.target_entity_id')
    .select('entities.id')
    .distinct()
    .where('operations.agency_id', '=', agencyId)
    .where('entities.type', '=', 'site')
    .execute();
  return new Set([...named, ...targeted].map((r) => r.id));
}

export async function runNetworkAnalysis(
  db: Q,
  actor: Actor,
  requestId: string,
  opts: { sites?: readonly string[] } = {},
) {
  const agencyId = actor.agencyId;
  if (!agencyId) throw new AppError('forbidden', 'A network analysis belongs to an agency.');
  const started = Date.now();
  const { projection, ms: load } = await loadProjection(db, agencyId);
  const { graph } = projection;
  let t = performance.now();
  const c = communities(graph);
  const communitiesMs = Math.round(performance.now() - t);
  t = performance.now();
  const tiedSites = sitesTiedToGroups(graph, projection.typeOf, c.of);
  const groupSitesMs = Math.round(performance.now() - t);
  t = performance.now();
  const concern = await sitesOfConcern(db, agencyId, opts.sites);
  const brokers = rankBrokers(projection, concern, BROKERS_KEPT);
  const brokersMs = Math.round(performance.now() - t);
  const millis = Date.now() - started;
  t = performance.now();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('network_memberships').where('agency_id', '=', agencyId).execute();
    await trx.deleteFrom('network_brokers').where('agency_id', '=', agencyId).execute();
    await trx.deleteFrom('network_group_sites').where('agency_id', '=', agencyId).execute();
    // Written as arrays unnested by the engine: a statement of 20,000 rows instead of 80,000 parameters.
    const nodes = [...c.of.keys()];
    for (let i = 0; i < nodes.length; i += ROWS_PER_INSERT) {
      const batch = nodes.slice(i, i + ROWS_PER_INSERT);
      await sql`
        INSERT INTO network_memberships (agency_id, node, community, strength)
        SELECT ${agencyId}::uuid, * FROM unnest(
          ${batch}::text[], ${batch.map((n) => c.of.get(n) as number)}::int[],
          ${batch.map((n) => graph.strength(n))}::float8[])`.execute(trx);
    }
    for (let i = 0; i < tiedSites.length; i += ROWS_PER_INSERT) {
      const batch = tiedSites.slice(i, i + ROWS_PER_INSERT);
      await sql`
        INSERT INTO network_group_sites (agency_id, community, site, strength, through)
        SELECT ${agencyId}::uuid, community, site, strength, through::jsonb FROM unnest(
          ${batch.map((x) => x.community)}::int[], ${batch.map((x) => x.site)}::text[],
          ${batch.map((x) => x.strength)}::float8[], ${batch.map((x) => JSON.stringify(x.through))}::text[]
        ) AS t (community, site, strength, through)`.execute(trx);
    }
    if (brokers.length > 0)
      await trx
        .insertInto('network_brokers')
        .values(
          brokers.map((b, k) => ({
            agency_id: agencyId,
            rank: k + 1,
            node: b.node,
            sites: JSON.stringify(b.sites),
            through: JSON.stringify(b.through),
            paid_by: JSON.stringify(b.paidBy),
            score: b.score,
          })),
        )
        .execute();
    const summary = {
      nodes: graph.order,
      edges: graph.size,
      communities: c.count,
      modularity: c.modularity,
      sites_of_concern: concern.size,
      millis,
    };
    await trx
      .insertInto('network_analyses')
      .values({ agency_id: agencyId, ...summary })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet({ ...summary, ran_at: new Date() }))
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'intel.network_analysis',
      resource: { type: 'agency', id: agencyId },
      outcome: 'success',
      requestId,
      detail: { nodes: graph.order, communities: c.count, brokers: brokers.length },
    });
  });
  return {
    nodes: graph.order,
    edges: graph.size,
    communities: c.count,
    modularity: Math.round(c.modularity * 1000) / 1000,
    sitesOfConcern: concern.size,
    brokers: brokers.length,
    ms: Date.now() - started,
    /**
     * Where the time went: loading (the picture, the traces, the arrays), communities, the sites tied to groups,
     * brokers, storing.
     */
    phases: {
      ...load,
      communities: communitiesMs,
      groupSites: groupSitesMs,
      brokers: brokersMs,
      store: Math.round(performance.now() - t),
    },
  };
}
