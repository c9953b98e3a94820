import type { ChartDocument, Filters, GEdge, GNode, Graph, GraphSource } from './types.ts';

// The chart as data, apart from its drawing: which nodes and links are on it, which were expanded (and so can
// be collapsed), which are pinned or hidden. Every change makes a new state; the canvas draws the difference.

export interface ChartNode extends GNode {
  pinned: boolean;
  hidden: boolean;
  /** The node whose expansion brought this one in (null: the start, or brought in by a path or a saved chart). */
  addedBy: string | null;
  /** Where to draw it first (a saved chart's position); otherwise placed near the node that brought it in. */
  at?: { x: number; y: number } | undefined;
}

export interface ChartState {
  start: string;
  nodes: Map<string, ChartNode>;
  edges: Map<string, GEdge>;
  expanded: Set<string>;
}

export const emptyChart = (start: string): ChartState => ({
  start,
  nodes: new Map(),
  edges: new Map(),
  expanded: new Set(),
});

/** The chart with `g`'s nodes and links added (nodes already there keep their state). */
export function addGraph(s: ChartState, g: Graph, addedBy: string | null): ChartState {
  const nodes = new Map(s.nodes);
  for (const n of g.nodes)
    if (!nodes.has(n.id))
      nodes.set(n.id, { ...n, pinned: false, hidden: false, addedBy: n.id === addedBy ? null : addedBy });
  const edges = new Map(s.edges);
  for (const e of g.edges) if (nodes.has(e.from) && nodes.has(e.to)) edges.set(e.id, e);
  return { ...s, nodes, edges };
}

/** The chart with a node's neighbours (one step) added and the node marked as expanded. */
export function expandWith(s: ChartState, id: string, g: Graph): ChartState {
  const next = addGraph(s, g, id);
  next.expanded = new Set(s.expanded).add(id);
  return next;
}

/**
 * The chart without what expanding `id` brought in: its neighbours that came in through it and are neither the
 * start, nor pinned, nor expanded themselves (their own neighbours stay until they are collapsed in turn).
 */
export function collapse(s: ChartState, id: string): ChartState {
  const gone = new Set<string>();
  for (const n of s.nodes.values())
    if (n.addedBy === id && n.id !== s.start && !n.pinned && !s.expanded.has(n.id)) gone.add(n.id);
  const nodes = new Map([...s.nodes].filter(([k]) => !gone.has(k)));
  const edges = new Map([...s.edges].filter(([, e]) => !gone.has(e.from) && !gone.has(e.to)));
  const expanded = new Set(s.expanded);
  expanded.delete(id);
  return { ...s, nodes, edges, expanded };
}

export function setNode(s: ChartState, id: string, change: Partial<Pick<ChartNode, 'pinned' | 'hidden'>>) {
  const n = s.nodes.get(id);
  if (!n) return s;
  const nodes = new Map(s.nodes);
  nodes.set(id, { ...n, ...change });
  return { ...s, nodes };
}

/** The links of a node on the chart. */
export const linksOf = (s: ChartState, id: string) =>
  [...s.edges.values()].filter((e) => e.from === id || e.to === id);

/** Runs `f` on every item, at most `limit` at a time, keeping the order of the answers. */
async function inTurn<T, R>(items: T[], limit: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Draws a chart again from its start and the nodes expanded on it, under `filters`: each expansion asked anew,
 * so the chart shows what its reader may see today. With `keep` (a saved chart), only those nodes stay, with
 * their positions, pins and hidden marks; a kept node no expansion reaches is asked for on its own.
 */
export async function replay(
  source: GraphSource,
  doc: Pick<ChartDocument, 'start' | 'expanded' | 'filters'> & { nodes?: ChartDocument['nodes'] },
  previous?: ChartState,
): Promise<{ state: ChartState; missing: number }> {
  const order = [doc.start, ...doc.expanded.filter((id) => id !== doc.start)];
  const answers = await inTurn(order, 4, (id) => source.neighbours(id, doc.filters));
  let s = emptyChart(doc.start);
  order.forEach((id, i) => {
    const g = answers[i] as Graph;
    s = id === doc.start ? addGraph(s, g, id) : expandWith(s, id, g);
  });
  s.expanded = new Set(order.filter((id) => s.nodes.has(id)));
  if (doc.nodes) {
    const keep = new Map(doc.nodes.map((n) => [n.id, n]));
    const absent = doc.nodes.filter((n) => !s.nodes.has(n.id)).map((n) => n.id);
    const extra = await inTurn(absent, 4, (id) => source.neighbours(id, doc.filters));
    for (const g of extra) s = addGraph(s, g, null);
    const nodes = new Map<string, ChartNode>();
    for (const [id, n] of s.nodes) {
      const k = keep.get(id);
      if (k) nodes.set(id, { ...n, pinned: k.pinned, hidden: k.hidden, at: { x: k.x, y: k.y } });
    }
    const edges = new Map([...s.edges].filter(([, e]) => nodes.has(e.from) && nodes.has(e.to)));
    return { state: { ...s, nodes, edges }, missing: keep.size - nodes.size };
  }
  if (previous) {
    // Filters changed: nodes still on the chart keep their pins, hidden marks and how they came in.
    for (const [id, n] of s.nodes) {
      const p = previous.nodes.get(id);
      if (p) s.nodes.set(id, { ...n, pinned: p.pinned, hidden: p.hidden, addedBy: p.addedBy });
    }
  }
  return { state: s, missing: 0 };
}

export const sameFilters = (a: Filters, b: Filters) => JSON.stringify(a) === JSON.stringify(b);
