import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';

// The graph every analysis reads: nodes in the order they first appear in the source (the tie rule of every
// ranking), one edge per pair (rows repeating a pair add their weights: two calls weigh 2), no self-loops (a
// number calling itself says nothing of who links whom, and shortest paths never use them).

/** One edge as read: its ends and its weight (1 when the source gives none). */
export interface EdgeRow {
  source: string;
  target: string;
  weight: number;
}

/** A source's nodes and edges before they are a graph: nodes in first-appearance order (isolated ones too). */
export interface EdgeList {
  nodes: string[];
  edges: EdgeRow[];
  /** What the source says of direction (GraphML's edgedefault); undefined when it says nothing (CSV). */
  directed?: boolean;
}

export interface EdgeAttributes {
  weight: number;
}

export type NetworkGraph = AbstractGraph<Record<string, never>, EdgeAttributes>;

export interface Network {
  graph: NetworkGraph;
  directed: boolean;
  /** Rows that named a pair already seen (their weight was added to it); in undirected graphs A–B and B–A are one. */
  merged: number;
  /** Rows from a node to itself, left out. */
  selfLoops: number;
}

/** The graph of an edge list; `directed` decides how rows pair up. */
export function buildNetwork(list: EdgeList, directed: boolean): Network {
  const graph: NetworkGraph = directed
    ? new DirectedGraph<Record<string, never>, EdgeAttributes>({ allowSelfLoops: false })
    : new UndirectedGraph<Record<string, never>, EdgeAttributes>({ allowSelfLoops: false });
  for (const node of list.nodes) graph.mergeNode(node);
  let merged = 0;
  let selfLoops = 0;
  for (const e of list.edges) {
    graph.mergeNode(e.source);
    graph.mergeNode(e.target);
    if (e.source === e.target) {
      selfLoops++;
      continue;
    }
    const key = graph.edge(e.source, e.target);
    if (key === undefined) graph.addEdge(e.source, e.target, { weight: e.weight });
    else {
      merged++;
      graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + e.weight);
    }
  }
  return { graph, directed, merged, selfLoops };
}

/** Nodes in first-appearance order (the graph keeps insertion order, also after nodes are dropped). */
export const nodesInOrder = (graph: NetworkGraph): string[] => graph.nodes();
