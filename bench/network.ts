import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerAuditKeys } from '../src/access/audit-keys.ts';
import { keyId } from '../src/access/crypto.ts';
import { SYSTEM_CLI } from '../src/access/policy.ts';
import { permissionsOfRoles } from '../src/access/roles.ts';
import { insertAgency } from '../src/access/users-store.ts';
import { connectPostgres } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { importFile } from '../src/intel/imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../src/intel/imports/mapping.ts';
import { runNetworkAnalysis } from '../src/intel/network/analysis-run.ts';
import { rankBrokers } from '../src/intel/network/brokers.ts';
import { communities } from '../src/intel/network/communities.ts';
import { sitesTiedToGroups } from '../src/intel/network/group-sites.ts';
import { buildProjection } from '../src/intel/network/projection.ts';
import { neighbourhood, shortestPaths } from '../src/intel/network/traverse.ts';
import { resolvePeople } from '../src/intel/people/run.ts';
import { generateWorld } from '../src/world/generate.ts';
import { isPresetName } from '../src/world/presets.ts';
import { Rng } from '../src/world/rng.ts';
import { type WorldNetwork, worldNetwork } from './network-world.ts';
import { nightFamilyQuality } from './night-families.ts';
import { report } from './results.ts';
import { keptDatabase, scratchDatabase } from './server-db.ts';

// The network on the synthetic world.
//   quality (default, medium world, no database): the analysis against the world's truth — communities against
//     the true groups (NMI over the groups' members), brokers ranked first that truly are brokers, a group's
//     sites found from one of them (its profile's group: the sites of its community and those the community's
//     people are tied to; also within two steps of the graph, and in the same community); night calls to victims'
//     families (night-families.ts): the true night callers found among the numbers flagged, and those flagged
//     wrongly.
//   --speed true [--preset medium|large]: the world imported into a scratch PostgreSQL database through the app's
//     own imports and resolution, then the two-step neighbourhood of people and the shortest path between two
//     people timed (p50/p95), and the whole-picture analysis (projection, communities, brokers).
//
//   --keep NAME: the loaded database is kept under that name and reused by the next run with the same name
//     (the load, above all resolution, takes minutes; the queries are timed again on it).
//
//   npm run bench -- network [--preset medium] [--speed true|only] [--queries 200] [--keep NAME]

const ms = (t: number) => Math.round(performance.now() - t);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 10) / 10;
};

/** Normalised mutual information of two labellings (arithmetic mean of the entropies, as scikit-learn's default). */
export function nmi(pairs: readonly [string, number][]): number {
  const h = (xs: readonly (string | number)[]) => {
    const m = new Map<string | number, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    let e = 0;
    for (const v of m.values()) e -= (v / xs.length) * Math.log(v / xs.length);
    return e;
  };
  const ha = h(pairs.map((p) => p[0]));
  const hb = h(pairs.map((p) => p[1]));
  const joint = h(pairs.map(([a, b]) => `${a}|${b}`));
  return ha + hb === 0 ? 1 : (2 * (ha + hb - joint)) / (ha + hb);
}

function quality(w: WorldNetwork) {
  let t = performance.now();
  const p = buildProjection(w.input);
  const projectionMillis = ms(t);
  t = performance.now();
  const c = communities(p.graph);
  const communitiesMillis = ms(t);
  const labelled: [string, number][] = [];
  for (const [e, person] of w.personOf) {
    const g = w.groupOf.get(person);
    const k = c.of.get(e);
    if (g && k !== undefined) labelled.push([g, k]);
  }
  const brokers = rankBrokers(p, w.concern, 10);
  const roles = (e: string) =>
    new Set([w.personOf.get(e) ?? '', ...(w.usersOf.get(e) ?? [])].map((x) => w.roleOf.get(x) ?? ''));
  // What a site's profile shows of its group (src/intel/network/groups.ts): the group's sites, and the sites its
  // people are tied to (group-sites.ts).
  const siteGroup = new Map<string, string>();
  for (const [g, sites] of w.groupSites) for (const s of sites) siteGroup.set(s, g);
  const groupSitesOf = new Map<number, Set<string>>();
  for (const [n, t] of p.typeOf) {
    const k = c.of.get(n);
    if (t === 'site' && k !== undefined) groupSitesOf.set(k, (groupSitesOf.get(k) ?? new Set()).add(n));
  }
  for (const t of sitesTiedToGroups(p.graph, p.typeOf, c.of))
    groupSitesOf.set(t.community, (groupSitesOf.get(t.community) ?? new Set()).add(t.site));
  let twoSteps = 0;
  let sameCommunity = 0;
  let wanted = 0;
  let groupsAllFound = 0;
  let groupsAllInOneCommunity = 0;
  let groupsWithSites = 0;
  const listed: number[] = [];
  let listedOthers = 0;
  for (const [group, sites] of w.groupSites) {
    if (sites.length < 2) continue;
    groupsWithSites++;
    let all = false;
    let shown = false;
    for (const s of sites) {
      const k = c.of.get(s);
      const list = k === undefined ? new Set<string>() : (groupSitesOf.get(k) ?? new Set<string>());
      if (sites.every((o) => list.has(o))) shown = true;
      listed.push(Math.max(0, list.size - 1));
      for (const o of list) if (o !== s && siteGroup.get(o) !== group) listedOthers++;
      const near = new Set<string>();
      if (p.graph.hasNode(s))
        p.graph.forEachNeighbor(s, (n) => {
          near.add(n);
          p.graph.forEachNeighbor(n, (m) => near.add(m));
        });
      const others = sites.filter((o) => o !== s);
      wanted += others.length;
      twoSteps += others.filter((o) => near.has(o)).length;
      const mine = c.of.get(s);
      const same = others.filter((o) => mine !== undefined && c.of.get(o) === mine).length;
      sameCommunity += same;
      if (same === others.length) all = true;
    }
    if (all) groupsAllInOneCommunity++;
    if (shown) groupsAllFound++;
  }
  const listedTotal = listed.reduce((a, b) => a + b, 0);
  return {
    nodes: p.graph.order,
    edges: p.graph.size,
    communities: c.count,
    modularity: Math.round(c.modularity * 1000) / 1000,
    groupMembersPlaced: labelled.length,
    nmiAgainstTrueGroups: Math.round(nmi(labelled) * 1000) / 1000,
    sitesOfConcern: w.concern.size,
    brokersTop10TrulyBrokers: brokers.filter((b) => roles(b.node).has('broker')).length,
    brokersTop10Roles: brokers.map((b) => [...roles(b.node)].filter(Boolean).join('/')),
    groupSitePairs: wanted,
    groupSitesWithinTwoSteps: Math.round((twoSteps / (wanted || 1)) * 1000) / 1000,
    groupSitesInSameCommunity: Math.round((sameCommunity / (wanted || 1)) * 1000) / 1000,
    groupsWhoseSitesAllInOneCommunity: `${groupsAllInOneCommunity} of ${groupsWithSites}`,
    groupsWhoseSitesAllFoundFromOne: `${groupsAllFound} of ${groupsWithSites}`,
    otherSitesListedWithAGroupSite: {
      median: pct(listed, 50),
      p95: pct(listed, 95),
      max: Math.max(...listed),
    },
    otherSitesListedOfNoOrAnotherGroup: Math.round((listedOthers / (listedTotal || 1)) * 1000) / 1000,
    projectionMillis,
    communitiesMillis,
  };
}

async function speed(dir: string, preset: string, queries: number, keep: string | undefined) {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = keep ? await keptDatabase(url, keep) : await scratchDatabase(url, 'lantern_network_bench');
  const database = connectPostgres(scratch.url);
  try {
    await migrateToLatest(database.db);
    const key = randomBytes(32);
    registerAuditKeys(database.db, [{ id: keyId(key), key }]);
    const kept = await database.db
      .selectFrom('agencies')
      .select('id')
      .where('name', '=', 'Network bench')
      .executeTakeFirst();
    const agencyId = kept?.id ?? (await insertAgency(database.db, 'Network bench', 'police'));
    const actor = { ...SYSTEM_CLI, agencyId, permissions: permissionsOfRoles(['analyst']) };
    const loads: Record<string, number> = {};
    let t = performance.now();
    if (!kept) {
      for (const [kind, file, mapping] of [
        ['calls', 'calls.csv', 'lantern'],
        ['subscribers', 'subscribers.csv', 'lantern-subscribers'],
        ['transfers', 'transfers.csv', 'lantern-transfers'],
        ['accounts', 'accounts.csv', 'lantern-accounts'],
        ['crossings', 'crossings.csv', 'lantern-crossings'],
      ] as const) {
        const t = performance.now();
        await importFile(database, {
          actor: SYSTEM_CLI,
          agencyId,
          path: join(dir, file),
          mapping: BUILT_IN_MAPPINGS[mapping] as ColumnMapping,
          acceptSkips: true,
        });
        loads[kind] = ms(t);
      }
    }
    // A kept database whose run stopped after its imports (out of memory, killed) is resolved now.
    const resolved = await database.db
      .selectFrom('entities')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('type', '=', 'person')
      .limit(1)
      .executeTakeFirst();
    if (!resolved) {
      t = performance.now();
      await resolvePeople(database.db, actor, 'bench');
      loads.resolve = ms(t);
    }
    const persons = (
      await database.db
        .selectFrom('entity_links')
        .select('from_id')
        .distinct()
        .where('agency_id', '=', agencyId)
        .where('type', '=', 'uses_phone')
        .execute()
    ).map((r) => r.from_id);
    const rng = new Rng('network-bench');
    const twoHop: number[] = [];
    const path: number[] = [];
    let nodes = 0;
    let found = 0;
    for (let q = 0; q < queries; q++) {
      const a = rng.pick(persons);
      const b = rng.pick(persons);
      t = performance.now();
      const g = await neighbourhood(database.db, actor, a, 2, {});
      twoHop.push(performance.now() - t);
      nodes += g.nodes.length;
      t = performance.now();
      const r = await shortestPaths(database.db, actor, a, b, {}, { maxHops: 6, limit: 5 });
      path.push(performance.now() - t);
      if (r.paths.length > 0) found++;
    }
    t = performance.now();
    const analysis = await runNetworkAnalysis(database.db, actor, 'bench');
    return {
      preset,
      engine: 'postgresql',
      loadMillis: loads,
      people: Number(
        (
          await database.db
            .selectFrom('entities')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('agency_id', '=', agencyId)
            .where('type', '=', 'person')
            .executeTakeFirstOrThrow()
        ).n,
      ),
      reusedDatabase: kept !== undefined,
      personsWithPhones: persons.length,
      queries,
      twoStepNeighbourhoodMs: {
        p50: pct(twoHop, 50),
        p95: pct(twoHop, 95),
        meanNodes: Math.round(nodes / queries),
      },
      shortestPathMs: { p50: pct(path, 50), p95: pct(path, 95), found: `${found} of ${queries}` },
      wholePictureAnalysis: { ...analysis, millis: ms(t) },
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await database.close();
    await scratch.drop();
  }
}

export async function networkBenchmark(opts: Record<string, string>): Promise<void> {
  const preset = opts.preset ?? 'medium';
  if (!isPresetName(preset)) throw new Error(`--preset: no preset named ${preset}`);
  const dir = mkdtempSync(join(tmpdir(), `lantern-network-${preset}-`));
  try {
    await generateWorld({ preset, seed: Number(opts.seed ?? 1), out: dir });
    const figures: Record<string, unknown>[] = [];
    if (opts.speed !== 'only')
      figures.push(
        { preset, ...quality(await worldNetwork(dir)) },
        { preset, nightFamilies: await nightFamilyQuality(dir) },
      );
    if (opts.speed === 'true' || opts.speed === 'only')
      figures.push(await speed(dir, preset, Number(opts.queries ?? 200), opts.keep));
    report('network', figures);
  } finally {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}
