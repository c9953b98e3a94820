import type { Kysely } from 'kysely';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { describe, expand, type GraphEdge, type GraphFilters, type GraphNode } from './expand.ts';

// Walks over the graph step by step (expand.ts), the permission filter applied at every step: the
// neighbourhood of an entity to k steps, and the shortest paths between two nodes.

type Q = Kysely<Database>;

/** A neighbourhood stops growing at this many nodes (the answer says it was cut). */
export const MAX_NODES = 2_000;

export interface Subgraph {
  nodes: (GraphNode & { hops: number })[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Everything within `hops` steps of `start`, nearest first; cut at `maxNodes`. */
export async function neighbourhood(
  db: Q,
  actor: Actor,
  start: string,
  hops: number,
  filters: GraphFilters,
  maxNodes = MAX_NODES,
): Promise<Subgraph> {
  const [first] = await describe(db, actor, [start]);
  if (!first) return { nodes: [], edges: [], truncated: false };
  const nodes = new Map<string, GraphNode & { hops: number }>([[start, { ...first, hops: 0 }]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [start];
  let truncated = false;
  for (let h = 1; h <= hops && frontier.length > 0 && !truncated; h++) {
    const step = await expand(db, actor, frontier, filters);
    const next: string[] = [];
    for (const n of step.nodes) {
      if (nodes.has(n.id)) continue;
      if (nodes.size >= maxNodes) {
        truncated = true;
        break;
      }
      nodes.set(n.id, { ...n, hops: h });
      next.push(n.id);
    }
    for (const e of step.edges) if (nodes.has(e.from) && nodes.has(e.to)) edges.set(e.id, e);
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/**
 * The shortest paths (fewest steps) between two nodes, up to `maxHops` steps and `limit` paths: a search from
 * both ends at once, each step widening the smaller side. Each path is its nodes and the edges between them.
 */
export async function shortestPaths(
  db: Q,
  actor: Actor,
  from: string,
  to: string,
  filters: GraphFilters,
  opts: { maxHops?: number; limit?: number } = {},
): Promise<{ paths: { nodes: string[]; edges: string[] }[]; nodes: GraphNode[]; edges: GraphEdge[] }> {
  const maxHops = opts.maxHops ?? 6;
  const limit = opts.limit ?? 10;
  const ends = await describe(db, actor, [from, to]);
  if (ends.length < (from === to ? 1 : 2)) return { paths: [], nodes: [], edges: [] };
  if (from === to) return { paths: [{ nodes: [from], edges: [] }], nodes: ends, edges: [] };
  // parents[side]: node → the nodes one step nearer that side's end, with the edge between.
  const parents = [
    new Map<string, [string, string][]>([[from, []]]),
    new Map([[to, [] as [string, string][]]]),
  ];
  const frontiers = [[from], [to]];
  const known = new Map<string, GraphNode>(ends.map((n) => [n.id, n]));
  const edgeById = new Map<string, GraphEdge>();
  let meet: string[] = [];
  for (let steps = 0; steps < maxHops && meet.length === 0; steps++) {
    const side = (frontiers[0] as string[]).length <= (frontiers[1] as string[]).length ? 0 : 1;
    const frontier = frontiers[side] as string[];
    if (frontier.length === 0) break;
    const mine = parents[side] as Map<string, [string, string][]>;
    const theirs = parents[1 - side] as Map<string, [string, string][]>;
    const step = await expand(db, actor, frontier, filters);
    for (const n of step.nodes) known.set(n.id, n);
    const inFrontier = new Set(frontier);
    const next = new Map<string, [string, string][]>();
    for (const e of step.edges) {
      edgeById.set(e.id, e);
      for (const [a, b] of [
        [e.from, e.to],
        [e.to, e.from],
      ] as const) {
        if (!inFrontier.has(a) || mine.has(b)) continue;
        // One step per pair of nodes (calls both ways are two edges, one step): the strongest edge names it.
        const list = next.get(b) ?? [];
        const k = list.findIndex(([p]) => p === a);
        if (k < 0) list.push([a, e.id]);
        else if (e.weight > (edgeById.get((list[k] as [string, string])[1])?.weight ?? 0))
          list[k] = [a, e.id];
        next.set(b, list);
      }
    }
    for (const [n, list] of next) mine.set(n, list);
    frontiers[side] = [...next.keys()];
    meet = [...next.keys()].filter((n) => theirs.has(n));
  }
  const paths: { nodes: string[]; edges: string[] }[] = [];
  const half = (side: number, n: string): { nodes: string[]; edges: string[] }[] => {
    const ps = (parents[side] as Map<string, [string, string][]>).get(n) ?? [];
    if (ps.length === 0) return [{ nodes: [n], edges: [] }];
    return ps.flatMap(([p, e]) =>
      half(side, p).map((h) => ({ nodes: [...h.nodes, n], edges: [...h.edges, e] })),
    );
  };
  for (const m of meet) {
    for (const left of half(0, m))
      for (const right of half(1, m)) {
        if (paths.length >= limit) break;
        paths.push({
          nodes: [...left.nodes, ...right.nodes.slice(0, -1).reverse()],
          edges: [...left.edges, ...right.edges.reverse()],
        });
      }
  }
  const onPath = new Set(paths.flatMap((p) => p.nodes));
  const edgesOn = new Set(paths.flatMap((p) => p.edges));
  return {
    paths,
    nodes: [...onPath].map((id) => known.get(id)).filter((n): n is GraphNode => n !== undefined),
    edges: [...edgesOn].map((id) => edgeById.get(id)).filter((e): e is GraphEdge => e !== undefined),
  };
}

/** The given nodes the actor may see, and the links among them. */
export async function subgraph(
  db: Q,
  actor: Actor,
  ids: readonly string[],
  filters: GraphFilters,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const nodes = await describe(db, actor, [...new Set(ids)]);
  const shown = new Set(nodes.map((n) => n.id));
  const step = await expand(db, actor, [...shown], filters);
  const edges = new Map<string, GraphEdge>();
  for (const e of step.edges) if (shown.has(e.from) && shown.has(e.to)) edges.set(e.id, e);
  return { nodes, edges: [...edges.values()] };
}
