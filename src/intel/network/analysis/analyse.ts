import type { NetworkGraph } from './graph.ts';
import { type Betweenness, betweenness, communities, degrees, pagerank } from './metrics.ts';

/** Up to this many nodes betweenness is exact (a search from every node); above, it is estimated from a sample. */
export const EXACT_BETWEENNESS_LIMIT = 10_000;
/** The sources searched from when betweenness is estimated. */
export const SAMPLED_SOURCES = 1_000;

export interface AnalysisOptions {
  /** Betweenness with lengths 1/weight, PageRank and Louvain with the edges' weights. */
  weighted?: boolean;
  exactLimit?: number;
  sampledSources?: number;
}

/** One node's figures, as `lantern network analyse` writes them. */
export interface NodeFigures {
  node: string;
  degree: number;
  in_degree: number;
  out_degree: number;
  weighted_degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface Analysis {
  /** Nodes in first-appearance order. */
  nodes: NodeFigures[];
  betweenness: Betweenness;
  communityCount: number;
  modularity: number;
}

/** Normalised betweenness, exact up to the limit, else from sampled sources (with their standard errors). */
export function betweennessByPolicy(graph: NetworkGraph, opts: AnalysisOptions = {}): Betweenness {
  const exact = graph.order <= (opts.exactLimit ?? EXACT_BETWEENNESS_LIMIT);
  return betweenness(graph, {
    weighted: opts.weighted,
    sources: exact ? undefined : (opts.sampledSources ?? SAMPLED_SOURCES),
  });
}

/** Every node's degrees, betweenness, PageRank and Louvain community. */
export function analyse(graph: NetworkGraph, opts: AnalysisOptions = {}): Analysis {
  const weighted = opts.weighted ?? false;
  const deg = degrees(graph);
  const between = betweennessByPolicy(graph, opts);
  const ranks = pagerank(graph, weighted);
  const groups = communities(graph, weighted);
  const nodes = between.nodes.map((node, k): NodeFigures => {
    const d = deg.get(node) as NonNullable<ReturnType<typeof deg.get>>;
    return {
      node,
      ...d,
      betweenness: between.values[k] as number,
      pagerank: ranks.get(node) as number,
      community: groups.of.get(node) as number,
    };
  });
  return { nodes, betweenness: between, communityCount: groups.count, modularity: groups.modularity };
}
