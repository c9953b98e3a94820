import type { Projection } from './projection.ts';

// Brokers: people within two steps of two or more sites of concern without being tied to them themselves — the
// person who supplies several sites deals with the people who run them. What tells a supplier from the head of
// the group, who also talks to every site's runners, is the direction of the money: a site pays its broker (a fee
// per worker placed), while the head is paid by the group's collectors and pays the others; a site's staff are
// paid by one owner, a broker by the owners of several. So the number of sites' runners who pay the person comes
// first, then how many runners they reach the sites through, then how many sites,
// each counted by the strongest tie that reaches it (a site reached through a person called a hundred times
// counts more than one reached through a single call).

export interface BrokerRank {
  node: string;
  /** Sites of concern within two steps (through someone tied to them), not tied to the broker directly. */
  sites: string[];
  /** The people tied to those sites through whom they are reached. */
  through: string[];
  /** Of `through`, those who paid this person (sites' owners paying a fee for the workers placed). */
  paidBy: string[];
  score: number;
}

/**
 * Ranks the people of the projection as brokers of `sites` (the sites of concern: exploitation found by
 * screening, inspection or intelligence). Only nodes of type person may be brokers.
 */
export function rankBrokers(p: Projection, sites: ReadonlySet<string>, limit = 50): BrokerRank[] {
  const { graph } = p;
  const isPerson = (n: string) => p.typeOf.get(n) === 'person';
  // Who is tied to which site of concern (owners, managers, staff).
  const runners = new Map<string, Set<string>>();
  for (const s of sites) {
    if (!graph.hasNode(s)) continue;
    graph.forEachNeighbor(s, (n) => {
      if (isPerson(n)) runners.set(n, (runners.get(n) ?? new Set()).add(s));
    });
  }
  const out: BrokerRank[] = [];
  for (const node of graph.ids) {
    if (!isPerson(node)) continue;
    // Someone tied to a site of concern runs it (owns, manages, works there): not a go-between.
    if (runners.has(node)) continue;
    const best = new Map<string, number>();
    const via = new Set<string>();
    const paidBy = new Set<string>();
    const payers = p.payers.get(node);
    graph.forEachNeighbor(node, (q, attrs) => {
      const theirs = runners.get(q);
      if (!theirs) return;
      via.add(q);
      if (payers?.has(q)) paidBy.add(q);
      for (const s of theirs) if ((best.get(s) ?? 0) < attrs.weight) best.set(s, attrs.weight);
    });
    if (best.size < 2) continue;
    let score = 0;
    for (const w of best.values()) score += Math.log2(1 + w);
    out.push({ node, sites: [...best.keys()], through: [...via], paidBy: [...paidBy], score });
  }
  out.sort(
    (a, b) =>
      b.paidBy.length - a.paidBy.length ||
      b.through.length - a.through.length ||
      b.sites.length - a.sites.length ||
      b.score - a.score ||
      a.node.localeCompare(b.node),
  );
  return out.slice(0, limit);
}
