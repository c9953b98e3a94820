import { type Adjacency, adjacency } from './adjacency.ts';
import type { NetworkGraph } from './graph.ts';
import { seededRandom } from './rng.ts';

// Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness centrality",
// J. Math. Sociology 25(2), 2001): one shortest-path search per source, then dependencies accumulated back along
// the search. Normalised as networkx normalises it (endpoints not counted): the sum over sources is divided by
// (n−1)(n−2) for directed and undirected graphs alike — an undirected graph's search counts each pair from both
// ends, which is the factor 2 its (n−1)(n−2)/2 pairs call for. Weighted: an edge's length is 1/weight, and two
// paths are equally short when their summed lengths are equal as floating-point numbers (networkx's rule too).
//
// Sampled (for large graphs): the searches from k sources drawn without replacement (seeded), scaled as networkx
// (3.5 and later) scales them: node v's total is the sum of its dependencies δ_s(v) over the n−1 other nodes s,
// and k_v = k sources other than v were sampled (k − 1 when v itself was), so (n−1)/k_v times the sampled sum is
// an unbiased estimate, with standard error (n−1)·√((1 − k_v/(n−1))·s²/k_v), s² the sample variance of δ_s(v) —
// normalised as the value is. (networkx before 3.5 scaled every node by n/k.)

export interface BetweennessOptions {
  /** Edge length 1/weight instead of 1. */
  weighted?: boolean;
  /** Divide by (n−1)(n−2) (default true); unnormalised undirected values are halved, as networkx does. */
  normalized?: boolean;
  /** Search from this many sampled sources instead of all (exact when k ≥ n). */
  sources?: number;
  /** The sample's seed (default 1). */
  seed?: number;
}

export interface Betweenness {
  /** Node k's value is values[k], nodes in first-appearance order. */
  nodes: string[];
  values: Float64Array;
  /** Sampled only: each value's estimated standard error (0 for all when exact). */
  standardErrors: Float64Array;
  /** The number of sources searched from (n when exact), and which (node indices). */
  sources: number;
  sampled: number[];
  exact: boolean;
}

export function betweenness(graph: NetworkGraph, opts: BetweennessOptions = {}): Betweenness {
  const adj = adjacency(graph, opts.weighted ?? false);
  const n = adj.n;
  const k = Math.min(n, Math.max(2, Math.floor(opts.sources ?? n)));
  const exact = k >= n;
  const order = exact ? Array.from({ length: n }, (_, i) => i) : sample(n, k, opts.seed ?? 1);
  const isSource = new Uint8Array(n);
  for (const s of order) isSource[s] = 1;
  const total = new Float64Array(n);
  const squares = exact ? null : new Float64Array(n);
  const search = new Search(adj);
  for (const s of order) search.run(s, total, squares);

  let scale = 1;
  if (opts.normalized ?? true) scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  else if (graph.type === 'undirected') scale = 0.5;
  const values = new Float64Array(n);
  const standardErrors = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (exact) {
      values[v] = (total[v] as number) * scale;
      continue;
    }
    const kv = k - (isSource[v] as number);
    values[v] = (total[v] as number) * scale * ((n - 1) / kv);
    if (squares && kv > 1) {
      const mean = (total[v] as number) / kv;
      const variance = Math.max(0, ((squares[v] as number) - kv * mean * mean) / (kv - 1));
      standardErrors[v] = scale * (n - 1) * Math.sqrt(((1 - kv / (n - 1)) * variance) / kv);
    }
  }
  return { nodes: adj.nodes, values, standardErrors, sources: k, sampled: exact ? [] : order, exact };
}

/** k distinct node indices out of n, by a partial Fisher–Yates shuffle. */
function sample(n: number, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = t;
  }
  return pool.slice(0, k);
}

/** One search's working arrays, reused from source to source (reset only where a search reached). */
class Search {
  adj: Adjacency;
  dist: Float64Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
  heapKeys: number[] = [];
  heapNodes: number[] = [];

  constructor(adj: Adjacency) {
    this.adj = adj;
    this.dist = new Float64Array(adj.n).fill(Number.POSITIVE_INFINITY);
    this.sigma = new Float64Array(adj.n);
    this.delta = new Float64Array(adj.n);
    this.order = new Int32Array(adj.n);
  }

  /** Adds source s's dependencies to total (and their squares to squares). */
  run(s: number, total: Float64Array, squares: Float64Array | null): void {
    const { dist, sigma, delta, order } = this;
    const { reverseStarts, sources, reverseLengths } = this.adj;
    const reached = this.adj.lengths ? this.dijkstra(s) : this.breadthFirst(s);
    // Nodes in order of distance; each one's predecessors are its in-neighbours u one edge shorter.
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i] as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      const dw = dist[w] as number;
      for (let j = reverseStarts[w] as number, end = reverseStarts[w + 1] as number; j < end; j++) {
        const u = sources[j] as number;
        const du = dist[u] as number;
        const len = reverseLengths ? (reverseLengths[j] as number) : 1;
        if (du < dw && du + len === dw) delta[u] = (delta[u] as number) + (sigma[u] as number) * coefficient;
      }
      total[w] = (total[w] as number) + (delta[w] as number);
      if (squares) squares[w] = (squares[w] as number) + (delta[w] as number) ** 2;
    }
    for (let i = 0; i < reached; i++) {
      const v = order[i] as number;
      dist[v] = Number.POSITIVE_INFINITY;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  /** Unit lengths: distances and path counts by breadth-first search; returns the number of nodes reached. */
  breadthFirst(s: number): number {
    const { dist, sigma, order } = this;
    const { starts, targets } = this.adj;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (dist[v] as number) + 1;
      for (let j = starts[v] as number, end = starts[v + 1] as number; j < end; j++) {
        const w = targets[j] as number;
        if (dist[w] === Number.POSITIVE_INFINITY) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    return tail;
  }

  /** Positive lengths: Dijkstra's search; a node's path count is summed over its predecessors when it is settled. */
  dijkstra(s: number): number {
    const { dist, sigma, order } = this;
    const { starts, targets, reverseStarts, sources } = this.adj;
    const lengths = this.adj.lengths as Float64Array;
    const reverseLengths = this.adj.reverseLengths as Float64Array;
    dist[s] = 0;
    this.push(0, s);
    let reached = 0;
    while (this.heapNodes.length > 0) {
      const [d, v] = this.pop();
      if (d > (dist[v] as number) || (sigma[v] as number) > 0) continue;
      order[reached++] = v;
      if (v === s) sigma[v] = 1;
      else
        for (let j = reverseStarts[v] as number, end = reverseStarts[v + 1] as number; j < end; j++) {
          const u = sources[j] as number;
          const du = dist[u] as number;
          if (du < d && du + (reverseLengths[j] as number) === d)
            sigma[v] = (sigma[v] as number) + (sigma[u] as number);
        }
      for (let j = starts[v] as number, end = starts[v + 1] as number; j < end; j++) {
        const w = targets[j] as number;
        const nd = d + (lengths[j] as number);
        if (nd < (dist[w] as number)) {
          dist[w] = nd;
          this.push(nd, w);
        }
      }
    }
    return reached;
  }

  push(key: number, node: number): void {
    const keys = this.heapKeys;
    const nodes = this.heapNodes;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((keys[p] as number) <= key) break;
      keys[i] = keys[p] as number;
      nodes[i] = nodes[p] as number;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): [number, number] {
    const keys = this.heapKeys;
    const nodes = this.heapNodes;
    const top: [number, number] = [keys[0] as number, nodes[0] as number];
    const key = keys.pop() as number;
    const node = nodes.pop() as number;
    const size = keys.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && (keys[c + 1] as number) < (keys[c] as number)) c++;
        if ((keys[c] as number) >= key) break;
        keys[i] = keys[c] as number;
        nodes[i] = nodes[c] as number;
        i = c;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return top;
  }
}
