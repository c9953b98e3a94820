import type { ProjectionGraph } from './projection.ts';

// Brokers: people within two steps of two or more sites of concern without being tied to them themselves — the
// person who supplies several sites talks to the people who run them. Ranked by how many such sites they reach,
// each counted by the strongest tie that reaches it (a site reached through a person called a hundred times counts
// more than one reached through a single call), then by how many different runners they reach them through.

export interface BrokerRank {
  node: string;
  /** Sites of concern within two steps (through someone tied to them), not tied to the broker directly. */
  sites: string[];
  /** The people tied to those sites through whom they are reached. */
  through: string[];
  score: number;
}

/**
 * Ranks the people of the projection as brokers of `sites` (the sites of concern: exploitation found by
 * screening, inspection or intelligence). `isPerson` says which nodes may be brokers.
 */
export function rankBrokers(
  graph: ProjectionGraph,
  sites: ReadonlySet<string>,
  isPerson: (node: string) => boolean,
  limit = 50,
): BrokerRank[] {
  // Who is tied to which site of concern (owners, managers, staff), and how strongly.
  const runners = new Map<string, Map<string, number>>();
  for (const s of sites) {
    if (!graph.hasNode(s)) continue;
    graph.forEachNeighbor(s, (n) => {
      if (!isPerson(n)) return;
      const m = runners.get(n) ?? new Map<string, number>();
      m.set(s, 1);
      runners.set(n, m);
    });
  }
  const out: BrokerRank[] = [];
  graph.forEachNode((p) => {
    if (!isPerson(p)) return;
    // Someone tied to a site of concern runs it (owns, manages, works there): not a go-between.
    if (runners.has(p)) return;
    const best = new Map<string, number>();
    const via = new Set<string>();
    graph.forEachEdge(p, (_e, attrs, source, target) => {
      const q = source === p ? target : source;
      const theirs = runners.get(q);
      if (!theirs) return;
      const w = attrs.weight;
      for (const s of theirs.keys()) {
        via.add(q);
        if ((best.get(s) ?? 0) < w) best.set(s, w);
      }
    });
    if (best.size < 2) return;
    let score = 0;
    for (const w of best.values()) score += Math.log2(1 + w);
    out.push({ node: p, sites: [...best.keys()], through: [...via], score });
  });
  out.sort(
    (a, b) =>
      b.through.length - a.through.length ||
      b.sites.length - a.sites.length ||
      b.score - a.score ||
      a.node.localeCompare(b.node),
  );
  return out.slice(0, limit);
}
