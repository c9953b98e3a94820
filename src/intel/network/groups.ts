import type { Kysely } from 'kysely';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { visibleEntity } from '../entities.ts';
import { auditNetworkRead } from './audit-read.ts';
import { SITE_LINKS } from './projection.ts';

// Reading the last analysis: candidate groups, brokers ranked, and what the network says of one site (its target
// profile). Only the agency's own analysis is read; every answer is audited with the entity ids it showed.

type Q = Kysely<Database>;

/** How many sites tied to a group's people are shown with it. */
const TIED_SITES_SHOWN = 50;

export interface Named {
  id: string;
  type: string;
  label: string;
}

const agencyOf = (actor: Actor) => {
  if (!actor.agencyId) throw new AppError('forbidden', 'A network analysis belongs to an agency.');
  return actor.agencyId;
};

/** Labels of nodes: entities of the agency by id; numbers and accounts nobody holds as they are. */
export async function named(db: Q, agencyId: string, nodes: readonly string[]): Promise<Map<string, Named>> {
  const out = new Map<string, Named>();
  const ids = [...new Set(nodes.filter((n) => !n.includes(':')))];
  for (let i = 0; i < ids.length; i += 2000) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'type', 'label'])
      .where('agency_id', '=', agencyId)
      .where('id', 'in', ids.slice(i, i + 2000))
      .execute();
    for (const r of rows) out.set(r.id, r);
  }
  for (const n of nodes)
    if (n.startsWith('tel:')) out.set(n, { id: n, type: 'phone', label: n.slice(4) });
    else if (n.startsWith('acct:')) out.set(n, { id: n, type: 'account', label: n.slice(5) });
  return out;
}

export interface TiedSiteShown extends Named {
  /** The group's people tied to it. */
  through: Named[];
}

/** The sites the given groups' people are tied to outside the group (group-sites.ts), strongest first. */
async function tiedSitesOf(db: Q, agencyId: string, groups: readonly number[], perGroup: number) {
  if (groups.length === 0) return new Map<number, TiedSiteShown[]>();
  const rows = await db
    .selectFrom('network_group_sites')
    .select(['community', 'site', 'strength', 'through'])
    .where('agency_id', '=', agencyId)
    .where('community', 'in', [...groups])
    .orderBy('community')
    .orderBy('strength', 'desc')
    .orderBy('site')
    .execute();
  // Each group's strongest, named: a site gone from the picture since the analysis is left out, and the next one
  // shown in its place.
  const names = await named(
    db,
    agencyId,
    rows.flatMap((r) => [r.site, ...r.through]),
  );
  const out = new Map<number, TiedSiteShown[]>();
  for (const r of rows) {
    const site = names.get(r.site);
    let list = out.get(r.community);
    if (!list) {
      list = [];
      out.set(r.community, list);
    }
    if (!site || list.length >= perGroup) continue;
    const through = r.through.map((id) => names.get(id)).filter((n): n is Named => n !== undefined);
    list.push({ ...site, through });
  }
  return out;
}

/** Everything a tied site shows: the site and the people it is tied through. */
const tiedShown = (sites: readonly TiedSiteShown[]): Named[] => sites.flatMap((s) => [s, ...s.through]);

const audited = (db: Q, actor: Actor, requestId: string, what: string, shown: Iterable<Named>) =>
  auditNetworkRead(db, actor, requestId, what, {
    entityIds: [...shown].filter((n) => !n.id.includes(':')).map((n) => n.id),
  });

export async function lastAnalysis(db: Q, actor: Actor) {
  const r = await db
    .selectFrom('network_analyses')
    .selectAll()
    .where('agency_id', '=', agencyOf(actor))
    .executeTakeFirst();
  return r
    ? {
        ranAt: new Date(r.ran_at).toISOString(),
        nodes: r.nodes,
        edges: r.edges,
        communities: r.communities,
        modularity: r.modularity,
        sitesOfConcern: r.sites_of_concern,
        ms: r.millis,
      }
    : null;
}

/** The brokers of the last analysis, best first, with the sites they reach and through whom. */
export async function listBrokers(db: Q, actor: Actor, limit: number, requestId: string) {
  const agencyId = agencyOf(actor);
  const rows = await db
    .selectFrom('network_brokers')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('rank')
    .limit(limit)
    .execute();
  const names = await named(
    db,
    agencyId,
    rows.flatMap((r) => [r.node, ...r.sites, ...r.through, ...r.paid_by]),
  );
  const pick = (ids: string[]) => ids.map((id) => names.get(id)).filter((n): n is Named => n !== undefined);
  const brokers = rows.flatMap((r) => {
    const person = names.get(r.node);
    return person
      ? [
          {
            rank: r.rank,
            person,
            sites: pick(r.sites),
            through: pick(r.through),
            paidBy: pick(r.paid_by),
            score: Math.round(r.score * 100) / 100,
          },
        ]
      : [];
  });
  await audited(
    db,
    actor,
    requestId,
    'brokers',
    brokers.flatMap((b) => [b.person, ...b.sites, ...b.through, ...b.paidBy]),
  );
  return { brokers };
}

/** Candidate groups: communities holding a site or several people, largest first, with their key people. */
export async function listGroups(db: Q, actor: Actor, limit: number, requestId: string) {
  const agencyId = agencyOf(actor);
  const members = await db
    .selectFrom('network_memberships')
    .select(['node', 'community', 'strength'])
    .where('agency_id', '=', agencyId)
    .execute();
  const names = await named(
    db,
    agencyId,
    members.map((m) => m.node),
  );
  const byCommunity = new Map<number, { node: string; strength: number }[]>();
  for (const m of members) {
    const list = byCommunity.get(m.community);
    if (list) list.push(m);
    else byCommunity.set(m.community, [m]);
  }
  const groups = [...byCommunity.entries()]
    .map(([community, list]) => {
      const sorted = [...list].sort((a, b) => b.strength - a.strength);
      const of = (type: string) =>
        sorted.map((m) => names.get(m.node)).filter((n): n is Named => n !== undefined && n.type === type);
      return { community, size: list.length, sites: of('site'), keyPeople: of('person').slice(0, 8) };
    })
    .filter((g) => g.sites.length > 0 || g.keyPeople.length >= 3)
    .sort((a, b) => b.sites.length - a.sites.length || b.size - a.size)
    .slice(0, limit);
  const tied = await tiedSitesOf(
    db,
    agencyId,
    groups.map((g) => g.community),
    TIED_SITES_SHOWN,
  );
  const shown = groups.map((g) => ({ ...g, tiedSites: tied.get(g.community) ?? [] }));
  await audited(
    db,
    actor,
    requestId,
    'groups',
    shown.flatMap((g) => [...g.sites, ...g.keyPeople, ...tiedShown(g.tiedSites)]),
  );
  return { groups: shown };
}

const ROLE_OF_LINK: Record<string, string> = {
  owns: 'owner',
  manages: 'manager',
  works_at: 'works there',
  harboured: 'harboured people there',
  lives_at: 'lives there',
  mentioned_with: 'named with it in a report',
};

/** What the network says of a site: who runs it, the brokers supplying it, the group it belongs to. */
export async function siteProfile(db: Q, actor: Actor, siteId: string, requestId: string) {
  const agencyId = agencyOf(actor);
  const site = await visibleEntity(db, actor, siteId);
  if (site.type !== 'site') throw new AppError('validation_failed', 'id: not a site');
  const links = await db
    .selectFrom('entity_links')
    .select(['from_id', 'to_id', 'type'])
    .where('agency_id', '=', agencyId)
    .where('type', 'in', [...SITE_LINKS])
    .where((eb) => eb.or([eb('from_id', '=', siteId), eb('to_id', '=', siteId)]))
    .execute();
  const mentioned = await db
    .selectFrom('report_mentions as a')
    .innerJoin('report_mentions as b', 'b.report_id', 'a.report_id')
    .select('b.entity_id')
    .distinct()
    .where('a.entity_id', '=', siteId)
    .where('a.agency_id', '=', agencyId)
    .where('b.entity_id', '!=', siteId)
    .execute();
  const brokerRows = await db
    .selectFrom('network_brokers')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('rank')
    .execute();
  const supplying = brokerRows.filter((b) => b.sites.includes(siteId));
  const own = await db
    .selectFrom('network_memberships')
    .select('community')
    .where('agency_id', '=', agencyId)
    .where('node', '=', siteId)
    .executeTakeFirst();
  const group = own
    ? await db
        .selectFrom('network_memberships')
        .select(['node', 'strength'])
        .where('agency_id', '=', agencyId)
        .where('community', '=', own.community)
        .orderBy('strength', 'desc')
        .limit(500)
        .execute()
    : [];
  const runnerRoles = new Map<string, string>();
  for (const l of links)
    runnerRoles.set(l.from_id === siteId ? l.to_id : l.from_id, ROLE_OF_LINK[l.type] ?? l.type);
  for (const m of mentioned)
    if (!runnerRoles.has(m.entity_id)) runnerRoles.set(m.entity_id, ROLE_OF_LINK.mentioned_with as string);
  const names = await named(db, agencyId, [
    ...runnerRoles.keys(),
    ...supplying.flatMap((b) => [b.node, ...b.through]),
    ...group.map((g) => g.node),
  ]);
  const people = [...runnerRoles].flatMap(([id, role]) => {
    const n = names.get(id);
    return n ? [{ ...n, role }] : [];
  });
  const groupNodes = group.map((g) => names.get(g.node)).filter((n): n is Named => n !== undefined);
  // Sites outside the site's community: the site itself is never among them.
  const tiedSites = own
    ? ((await tiedSitesOf(db, agencyId, [own.community], TIED_SITES_SHOWN)).get(own.community) ?? [])
    : [];
  const profile = {
    site: { id: site.id, type: site.type, label: site.label },
    people,
    brokers: supplying.flatMap((b) => {
      const n = names.get(b.node);
      return n ? [{ rank: b.rank, person: n, sitesSupplied: b.sites.length }] : [];
    }),
    group: own
      ? {
          community: own.community,
          sites: groupNodes.filter((n) => n.type === 'site' && n.id !== siteId),
          keyPeople: groupNodes.filter((n) => n.type === 'person').slice(0, 8),
          tiedSites,
        }
      : null,
  };
  await audited(db, actor, requestId, 'site profile', [
    profile.site,
    ...people,
    ...profile.brokers.map((b) => b.person),
    ...(profile.group
      ? [...profile.group.sites, ...profile.group.keyPeople, ...tiedShown(profile.group.tiedSites)]
      : []),
  ]);
  return profile;
}
