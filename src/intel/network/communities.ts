import louvainModule from 'graphology-communities-louvain';
import { seededRandom } from './analysis/rng.ts';
import type { ProjectionGraph } from './projection.ts';

// The package's CommonJS default export, as typed for ESM.
const louvain = louvainModule as unknown as typeof louvainModule.default;

// Candidate groups: communities of the projection (Louvain, tie strength as weight), reproducible run to run.

export interface Communities {
  /** Node → community number (0 the largest). */
  of: Map<string, number>;
  count: number;
  modularity: number;
}

export function communities(graph: ProjectionGraph, seed = 20261203): Communities {
  if (graph.order === 0 || graph.size === 0) return { of: new Map(), count: 0, modularity: 0 };
  const out = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution: 1 });
  // Renumbered by size, largest first, so that numbers say something and stay stable for a given graph.
  const sizes = new Map<number, number>();
  for (const c of Object.values(out.communities) as number[]) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  const of = new Map<string, number>();
  for (const [node, c] of Object.entries(out.communities) as [string, number][])
    of.set(node, rank.get(c) as number);
  return { of, count: order.length, modularity: out.modularity };
}
