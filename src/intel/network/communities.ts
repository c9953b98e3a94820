import { seededRandom } from './analysis/rng.ts';
import { louvainOfLevel } from './louvain.ts';
import type { TieGraph } from './tie-graph.ts';

// Candidate groups: communities of the projection (Louvain over its typed arrays, tie strength as weight),
// reproducible run to run.

export interface Communities {
  /** Node → community number (0 the largest). */
  of: Map<string, number>;
  count: number;
  modularity: number;
}

export function communities(graph: TieGraph, seed = 20261203): Communities {
  if (graph.order === 0 || graph.size === 0) return { of: new Map(), count: 0, modularity: 0 };
  const { offsets, targets, weights } = graph;
  const out = louvainOfLevel(
    { n: graph.order, offsets, targets, weights, loops: new Float64Array(graph.order) },
    seededRandom(seed),
  );
  // Renumbered by size, largest first, so that numbers say something and stay stable for a given graph.
  const sizes = new Int32Array(out.count);
  for (const c of out.community) sizes[c] = (sizes[c] as number) + 1;
  const order = [...sizes.keys()].sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
  const rank = new Int32Array(out.count);
  order.forEach((c, i) => {
    rank[c] = i;
  });
  const of = new Map<string, number>();
  graph.ids.forEach((node, i) => {
    of.set(node, rank[out.community[i] as number] as number);
  });
  return { of, count: out.count, modularity: out.modularity };
}
