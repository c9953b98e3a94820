import type { NetworkGraph } from './graph.ts';

/**
 * A graph as flat arrays for the path searches: node k's out-neighbours are targets[starts[k]..starts[k+1]) with
 * their lengths, and its in-neighbours likewise in the reverse arrays (for an undirected graph both hold every
 * edge both ways). Node k is the k-th node in first-appearance order.
 */
export interface Adjacency {
  n: number;
  nodes: string[];
  starts: Int32Array;
  targets: Int32Array;
  /** Edge lengths; null when every edge has length 1 (breadth-first search). */
  lengths: Float64Array | null;
  reverseStarts: Int32Array;
  sources: Int32Array;
  reverseLengths: Float64Array | null;
}

/** With `weighted`, an edge's length is 1/weight: a heavier tie (more calls, more money) is a shorter path. */
export function adjacency(graph: NetworkGraph, weighted: boolean): Adjacency {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((v, k) => [v, k]));
  const outCount = new Int32Array(n + 1);
  const inCount = new Int32Array(n + 1);
  const directed = graph.type === 'directed';
  const ends: number[] = [];
  const lens: number[] = [];
  graph.forEachEdge((_e, attr, s, t) => {
    const a = index.get(s) as number;
    const b = index.get(t) as number;
    const len = weighted ? 1 / attr.weight : 1;
    ends.push(a, b);
    lens.push(len);
    if (!directed) {
      ends.push(b, a);
      lens.push(len);
    }
  });
  const m = lens.length;
  for (let e = 0; e < m; e++) {
    const a = (ends[2 * e] as number) + 1;
    const b = (ends[2 * e + 1] as number) + 1;
    outCount[a] = (outCount[a] as number) + 1;
    inCount[b] = (inCount[b] as number) + 1;
  }
  for (let k = 0; k < n; k++) {
    outCount[k + 1] = (outCount[k + 1] as number) + (outCount[k] as number);
    inCount[k + 1] = (inCount[k + 1] as number) + (inCount[k] as number);
  }
  const starts = outCount.slice();
  const reverseStarts = inCount.slice();
  const targets = new Int32Array(m);
  const sources = new Int32Array(m);
  const lengths = weighted ? new Float64Array(m) : null;
  const reverseLengths = weighted ? new Float64Array(m) : null;
  for (let e = 0; e < m; e++) {
    const a = ends[2 * e] as number;
    const b = ends[2 * e + 1] as number;
    const len = lens[e] as number;
    const i = outCount[a] as number;
    outCount[a] = i + 1;
    targets[i] = b;
    if (lengths) lengths[i] = len;
    const j = inCount[b] as number;
    inCount[b] = j + 1;
    sources[j] = a;
    if (reverseLengths) reverseLengths[j] = len;
  }
  return { n, nodes, starts, targets, lengths, reverseStarts, sources, reverseLengths };
}
