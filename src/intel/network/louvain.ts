// Louvain communities (Blondel et al., J. Stat. Mech. 2008, P10008) over a graph held in typed arrays, for the
// agency's whole picture: millions of ties, where a graph of objects (graphology's) spends most of its time and
// memory on the objects themselves. Undirected and weighted. Nodes are visited from a queue, as in Leiden's fast
// local moves (Traag et al., Sci. Rep. 2019): every node once in a seeded random order, then only the neighbours
// of nodes that moved, until none moves; the communities are then folded into nodes and the same is done again,
// until a level moves nothing.

/** An undirected weighted graph as parallel arrays of edges between nodes 0..n-1 (each edge once). */
export interface EdgeArrays {
  n: number;
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

export interface LouvainResult {
  /** Node → community, numbered 0.. by first appearance in node order. */
  community: Int32Array;
  count: number;
  /** Newman's modularity of the partition (resolution 1 by default). */
  modularity: number;
  levels: number;
}

/** One level's graph: both directions of each edge in CSR form, self-loops apart (a loop counts twice in a degree). */
export interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  loops: Float64Array;
}

function levelOfEdges(g: EdgeArrays): Level {
  const { n, from, to, weight } = g;
  const degree = new Int32Array(n + 1);
  const loops = new Float64Array(n);
  for (let e = 0; e < from.length; e++) {
    const a = from[e] as number;
    const b = to[e] as number;
    if (a === b) loops[a] = (loops[a] as number) + (weight[e] as number);
    else {
      degree[a + 1] = (degree[a + 1] as number) + 1;
      degree[b + 1] = (degree[b + 1] as number) + 1;
    }
  }
  for (let i = 0; i < n; i++) degree[i + 1] = (degree[i + 1] as number) + (degree[i] as number);
  const offsets = degree;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  for (let e = 0; e < from.length; e++) {
    const a = from[e] as number;
    const b = to[e] as number;
    if (a === b) continue;
    const w = weight[e] as number;
    let k = fill[a] as number;
    fill[a] = k + 1;
    targets[k] = b;
    weights[k] = w;
    k = fill[b] as number;
    fill[b] = k + 1;
    targets[k] = a;
    weights[k] = w;
  }
  return { n, offsets, targets, weights, loops };
}

function strengths(l: Level): Float64Array {
  const k = new Float64Array(l.n);
  for (let i = 0; i < l.n; i++) {
    let s = 2 * (l.loops[i] as number);
    for (let e = l.offsets[i] as number; e < (l.offsets[i + 1] as number); e++) s += l.weights[e] as number;
    k[i] = s;
  }
  return k;
}

/** Moves nodes between communities while modularity grows; returns each node's community and whether any moved. */
function localMoves(l: Level, k: Float64Array, twoM: number, resolution: number, random: () => number) {
  const { n, offsets, targets, weights } = l;
  const community = new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    total[i] = k[i] as number;
  }
  // Scratch: weight from the node being moved to each neighbouring community, and which were touched.
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  // The queue, a ring of node numbers, starts with every node in a seeded random order.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = queue[i] as number;
    queue[i] = queue[j] as number;
    queue[j] = t;
  }
  queued.fill(1);
  let head = 0;
  let size = n;
  let moved = false;
  const scale = resolution / twoM;
  while (size > 0) {
    const i = queue[head] as number;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    const own = community[i] as number;
    const ki = k[i] as number;
    let nTouched = 0;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      const c = community[targets[e] as number] as number;
      if (toCommunity[c] === 0) touched[nTouched++] = c;
      toCommunity[c] = (toCommunity[c] as number) + (weights[e] as number);
    }
    total[own] = (total[own] as number) - ki;
    let best = own;
    let bestGain = (toCommunity[own] as number) - (total[own] as number) * ki * scale;
    for (let t = 0; t < nTouched; t++) {
      const c = touched[t] as number;
      const gain = (toCommunity[c] as number) - (total[c] as number) * ki * scale;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    for (let t = 0; t < nTouched; t++) toCommunity[touched[t] as number] = 0;
    total[best] = (total[best] as number) + ki;
    if (best === own) continue;
    community[i] = best;
    moved = true;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      const j = targets[e] as number;
      if (queued[j] === 0 && community[j] !== best) {
        queued[j] = 1;
        queue[(head + size) % n] = j;
        size++;
      }
    }
  }
  return { community, moved };
}

/** Renumbers communities 0.. densely; returns the count. */
function renumber(community: Int32Array): number {
  const map = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i] as number;
    if (map[c] === -1) map[c] = count++;
    community[i] = map[c] as number;
  }
  return count;
}

/** The graph of communities: one node per community, ties summed, its inner ties a loop. */
function fold(l: Level, community: Int32Array, count: number): Level {
  // Members of each community, contiguous.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < l.n; i++) {
    const c = (community[i] as number) + 1;
    start[c] = (start[c] as number) + 1;
  }
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const members = new Int32Array(l.n);
  const fill = start.slice(0, count);
  for (let i = 0; i < l.n; i++) {
    const c = community[i] as number;
    const at = fill[c] as number;
    fill[c] = at + 1;
    members[at] = i;
  }
  const loops = new Float64Array(count);
  const offsets = new Int32Array(count + 1);
  const acc = new Float64Array(count);
  const touched = new Int32Array(count);
  let targets = new Int32Array(Math.max(16, l.targets.length >> 1));
  let weights = new Float64Array(targets.length);
  let m = 0;
  for (let c = 0; c < count; c++) {
    let nTouched = 0;
    let inner = 0;
    for (let p = start[c] as number; p < (start[c + 1] as number); p++) {
      const i = members[p] as number;
      inner += l.loops[i] as number;
      for (let e = l.offsets[i] as number; e < (l.offsets[i + 1] as number); e++) {
        const d = community[l.targets[e] as number] as number;
        const w = l.weights[e] as number;
        if (d === c) inner += w / 2;
        else {
          if (acc[d] === 0) touched[nTouched++] = d;
          acc[d] = (acc[d] as number) + w;
        }
      }
    }
    loops[c] = inner;
    if (m + nTouched > targets.length) {
      const grown = Math.max(targets.length * 2, m + nTouched);
      const t2 = new Int32Array(grown);
      t2.set(targets.subarray(0, m));
      targets = t2;
      const w2 = new Float64Array(grown);
      w2.set(weights.subarray(0, m));
      weights = w2;
    }
    for (let t = 0; t < nTouched; t++) {
      const d = touched[t] as number;
      targets[m] = d;
      weights[m] = acc[d] as number;
      m++;
      acc[d] = 0;
    }
    offsets[c + 1] = m;
  }
  return { n: count, offsets, targets: targets.slice(0, m), weights: weights.slice(0, m), loops };
}

function modularityOf(l: Level, k: Float64Array, community: Int32Array, count: number, resolution: number) {
  const inner = new Float64Array(count);
  const total = new Float64Array(count);
  let twoM = 0;
  for (let i = 0; i < l.n; i++) {
    const c = community[i] as number;
    total[c] = (total[c] as number) + (k[i] as number);
    twoM += k[i] as number;
    inner[c] = (inner[c] as number) + 2 * (l.loops[i] as number);
    for (let e = l.offsets[i] as number; e < (l.offsets[i + 1] as number); e++)
      if (community[l.targets[e] as number] === c) inner[c] = (inner[c] as number) + (l.weights[e] as number);
  }
  if (twoM === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++)
    q += (inner[c] as number) / twoM - resolution * ((total[c] as number) / twoM) ** 2;
  return q;
}

/** Louvain communities of an undirected weighted graph; the same graph and seed give the same communities. */
export function louvain(g: EdgeArrays, random: () => number, resolution = 1): LouvainResult {
  return louvainOfLevel(levelOfEdges(g), random, resolution);
}

/** The same, of a graph already in CSR form (each tie once per end, no tie of a node to itself but in `loops`). */
export function louvainOfLevel(base: Level, random: () => number, resolution = 1): LouvainResult {
  const g = { n: base.n };
  const baseK = strengths(base);
  let twoM = 0;
  for (let i = 0; i < base.n; i++) twoM += baseK[i] as number;
  const community = new Int32Array(g.n);
  for (let i = 0; i < g.n; i++) community[i] = i;
  if (twoM === 0) return { community, count: g.n, modularity: 0, levels: 0 };
  let level = base;
  let k = baseK;
  let levels = 0;
  for (;;) {
    const moves = localMoves(level, k, twoM, resolution, random);
    if (!moves.moved) break;
    levels++;
    const count = renumber(moves.community);
    for (let i = 0; i < g.n; i++) community[i] = moves.community[community[i] as number] as number;
    if (count === level.n) break;
    level = fold(level, moves.community, count);
    k = strengths(level);
  }
  const count = renumber(community);
  return { community, count, modularity: modularityOf(base, baseK, community, count, resolution), levels };
}
