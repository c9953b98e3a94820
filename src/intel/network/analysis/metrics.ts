import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { louvain as louvainOfArrays } from '../louvain.ts';
import type { NetworkGraph } from './graph.ts';
import { seededRandom } from './rng.ts';

// Both packages are CommonJS whose module.exports is the function; their typings declare it as `default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerankOf = pagerankModule as unknown as typeof pagerankModule.default;

export { type Betweenness, type BetweennessOptions, betweenness } from './betweenness.ts';

/** A node's ties: in an undirected graph in_degree and out_degree both equal degree (every edge goes both ways). */
export interface Degrees {
  degree: number;
  in_degree: number;
  out_degree: number;
  /** The sum of its edges' weights (1 an edge when the source gives none; repeated rows add up). */
  weighted_degree: number;
}

/** Degrees as networkx counts them: a directed graph's degree is in-degree plus out-degree. */
export function degrees(graph: NetworkGraph): Map<string, Degrees> {
  const out = new Map<string, Degrees>();
  const directed = graph.type === 'directed';
  graph.forEachNode((node) => {
    let weighted = 0;
    graph.forEachEdge(node, (_e, attr) => {
      weighted += attr.weight;
    });
    const inDegree = directed ? graph.inDegree(node) : graph.degree(node);
    const outDegree = directed ? graph.outDegree(node) : graph.degree(node);
    out.set(node, {
      degree: graph.degree(node),
      in_degree: inDegree,
      out_degree: outDegree,
      weighted_degree: weighted,
    });
  });
  return out;
}

/**
 * PageRank as networkx computes it (damping 0.85, power iteration from the uniform vector, dangling nodes' rank
 * spread evenly, stopping when the L1 change is below n·1e-6, at most 100 iterations); an undirected edge links
 * both ways. Weighted: a node's rank is passed on in proportion to its out-edges' weights.
 */
export function pagerank(graph: NetworkGraph, weighted = false): Map<string, number> {
  if (graph.order === 0) return new Map();
  const ranks = pagerankOf(graph, {
    getEdgeWeight: weighted ? 'weight' : null,
    alpha: 0.85,
    maxIterations: 100,
    tolerance: 1e-6,
  });
  return new Map(graph.nodes().map((v) => [v, ranks[v] as number]));
}

export interface Communities {
  /** Node → community, numbered 0, 1, … in the order of each community's first node. */
  of: Map<string, number>;
  count: number;
  /** The partition's modularity (directed modularity for a directed graph). */
  modularity: number;
}

/** The Louvain method's seed: the same graph gives the same communities on every run. */
export const LOUVAIN_SEED = 1;

/**
 * Communities by the Louvain method (Blondel et al., J. Stat. Mech. 2008, P10008) with its node visits drawn from
 * a seeded generator: of an undirected graph by the app's own, over typed arrays (../louvain.ts, the code the
 * whole picture's analysis runs); of a directed one by graphology's, which maximises directed modularity. A graph
 * without edges has no structure: each node alone, modularity 0.
 */
export function communities(graph: NetworkGraph, weighted = false, seed = LOUVAIN_SEED): Communities {
  const nodes = graph.nodes();
  let raw: Record<string, number>;
  let modularity = 0;
  if (graph.size === 0) raw = Object.fromEntries(nodes.map((v, k) => [v, k]));
  else if (graph.type !== 'directed') {
    const index = new Map(nodes.map((v, k) => [v, k]));
    const from = new Int32Array(graph.size);
    const to = new Int32Array(graph.size);
    const weight = new Float64Array(graph.size);
    let e = 0;
    graph.forEachEdge((_edge, attr, source, target) => {
      from[e] = index.get(source) as number;
      to[e] = index.get(target) as number;
      weight[e++] = weighted ? attr.weight : 1;
    });
    const r = louvainOfArrays({ n: nodes.length, from, to, weight }, seededRandom(seed));
    raw = Object.fromEntries(nodes.map((v, k) => [v, r.community[k] as number]));
    modularity = r.modularity;
  } else {
    const detail = louvain.detailed(graph, {
      getEdgeWeight: weighted ? 'weight' : null,
      rng: seededRandom(seed),
    });
    raw = detail.communities;
    modularity = detail.modularity;
  }
  const renumber = new Map<number, number>();
  const of = new Map<string, number>();
  for (const v of nodes) {
    const c = raw[v] as number;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    of.set(v, renumber.get(c) as number);
  }
  return { of, count: renumber.size, modularity };
}
