import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ChartState } from './chartState.ts';
import { groupColour } from './style.ts';

// Candidate groups on the chart as loaded: Louvain communities of its visible nodes (links both ways and
// parallel links summed into one tie, weighted by count), numbered largest first, the same on every run.

export interface Groups {
  /** Node → community colour. */
  colours: Map<string, string>;
  /** Largest first: the colour and the members of each group of two or more. */
  list: { colour: string; members: string[] }[];
  modularity: number;
}

function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function chartGroups(s: ChartState): Groups {
  const g = new UndirectedGraph();
  for (const n of s.nodes.values()) if (!n.hidden) g.addNode(n.id);
  for (const e of s.edges.values()) {
    if (e.from === e.to || !g.hasNode(e.from) || !g.hasNode(e.to)) continue;
    const w = Math.max(1, e.weight);
    if (g.hasEdge(e.from, e.to)) g.updateEdgeAttribute(e.from, e.to, 'weight', (x) => (x as number) + w);
    else g.addEdge(e.from, e.to, { weight: w });
  }
  if (g.size === 0) return { colours: new Map(), list: [], modularity: 0 };
  const out = louvain.detailed(g, { getEdgeWeight: 'weight', rng: seeded(20261203) });
  const members = new Map<number, string[]>();
  for (const [node, c] of Object.entries(out.communities)) members.set(c, [...(members.get(c) ?? []), node]);
  const ordered = [...members.values()]
    .filter((m) => m.length >= 2)
    .sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  const colours = new Map<string, string>();
  const list = ordered.map((m, i) => {
    const colour = groupColour(i);
    for (const id of m) colours.set(id, colour);
    return { colour, members: m };
  });
  return { colours, list, modularity: out.modularity };
}
