import type { TieGraph } from './tie-graph.ts';

// A candidate group's sites beyond its own community: the sites its people are tied to (own, manage, work at,
// harboured people at, named with in a report) that the community method put elsewhere. A site registered in a
// nominee's name, or tied as strongly to a worker as to its owner, lands in the nominee's or the worker's
// community; the group's member who runs it is still one tie away. Listed with each group as "sites its people are
// tied to", strongest first, so that from one site of a group its other sites are found in two steps: the site's
// group, then the group's sites.

/** How many such sites are kept per group, strongest first. */
export const TIED_SITES_KEPT = 100;
/** How many of the group's people are named as the tie, per site. */
const THROUGH_KEPT = 3;

export interface TiedSite {
  community: number;
  site: string;
  /** Sum of the strengths of the ties between the site and the group's people. */
  strength: number;
  /** The group's people tied to it, most strongly tied first. */
  through: string[];
}

/**
 * For each community, the sites outside it tied directly to its members (any node that is not a site), with the
 * strength of those ties summed; at most `kept` per community, strongest first (ties broken by the site's id).
 */
export function sitesTiedToGroups(
  graph: TieGraph,
  typeOf: ReadonlyMap<string, string>,
  communityOf: ReadonlyMap<string, number>,
  kept = TIED_SITES_KEPT,
): TiedSite[] {
  const { ids, offsets, targets, weights } = graph;
  const community = new Int32Array(ids.length).fill(-1);
  const isSite = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    community[i] = communityOf.get(id) ?? -1;
    if (typeOf.get(id) === 'site') isSite[i] = 1;
  });
  // (community, site) → the strength and the members behind it.
  const tied = new Map<
    string,
    { community: number; site: number; strength: number; by: [number, number][] }
  >();
  for (let s = 0; s < ids.length; s++) {
    if (!isSite[s]) continue;
    for (let e = offsets[s] as number; e < (offsets[s + 1] as number); e++) {
      const member = targets[e] as number;
      const k = community[member] as number;
      if (isSite[member] || k < 0 || k === community[s]) continue;
      const key = `${k}\t${s}`;
      const t = tied.get(key) ?? { community: k, site: s, strength: 0, by: [] };
      t.strength += weights[e] as number;
      t.by.push([member, weights[e] as number]);
      tied.set(key, t);
    }
  }
  const perCommunity = new Map<number, TiedSite[]>();
  for (const t of tied.values()) {
    const list = perCommunity.get(t.community) ?? [];
    list.push({
      community: t.community,
      site: ids[t.site] as string,
      strength: t.strength,
      through: t.by
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, THROUGH_KEPT)
        .map(([m]) => ids[m] as string),
    });
    perCommunity.set(t.community, list);
  }
  const out: TiedSite[] = [];
  for (const list of perCommunity.values())
    out.push(
      ...list
        .sort((a, b) => b.strength - a.strength || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0))
        .slice(0, kept),
    );
  return out;
}
