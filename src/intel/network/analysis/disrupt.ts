import { largestConnectedComponent } from 'graphology-components';
import { type AnalysisOptions, betweennessByPolicy } from './analyse.ts';
import type { NetworkGraph } from './graph.ts';

// Disruption: which nodes, taken out one after another, break the network most. Each step removes the node that
// ranks highest on the graph as it now is (betweenness or degree recomputed after every removal), and says how
// large the largest connected component still is, as a share of its size before any removal. A directed graph's
// components are its weakly connected ones (a tie counts whichever way it runs).

export type DisruptBy = 'betweenness' | 'degree';

export interface DisruptionStep {
  step: number;
  removed: string;
  /** The largest component's size over its size before the first removal. */
  largest_component: number;
}

/** Scores within this relative distance of the top one are ties; ties go to the node that appeared first. */
const TIE = 1e-9;

/**
 * Up to `steps` removals (fewer when the graph runs out of nodes). By degree: the weighted degree when
 * `opts.weighted` (the most calls or money), else the number of ties. By betweenness: as `analyse` computes it
 * (exact up to the limit, sampled above). The graph given is not changed.
 */
export function disrupt(
  graph: NetworkGraph,
  by: DisruptBy,
  steps: number,
  opts: AnalysisOptions = {},
): DisruptionStep[] {
  const g = graph.copy();
  const before = largestConnectedComponent(g).length;
  const out: DisruptionStep[] = [];
  for (let step = 1; step <= steps && g.order > 0; step++) {
    const removed = top(g, by, opts);
    g.dropNode(removed);
    const size = g.order === 0 ? 0 : largestConnectedComponent(g).length;
    out.push({ step, removed, largest_component: before === 0 ? 0 : size / before });
  }
  return out;
}

/** The highest-scoring node; nodes are visited in first-appearance order, so the first of tied nodes wins. */
function top(g: NetworkGraph, by: DisruptBy, opts: AnalysisOptions): string {
  let nodes: string[];
  let scores: ArrayLike<number>;
  if (by === 'betweenness') {
    const b = betweennessByPolicy(g, opts);
    nodes = b.nodes;
    scores = b.values;
  } else {
    nodes = g.nodes();
    scores = nodes.map((v) => {
      if (!opts.weighted) return g.degree(v);
      let w = 0;
      g.forEachEdge(v, (_e, attr) => {
        w += attr.weight;
      });
      return w;
    });
  }
  let best = 0;
  for (let k = 1; k < nodes.length; k++) {
    const s = scores[k] as number;
    const t = scores[best] as number;
    if (s > t && s - t > TIE * Math.abs(t)) best = k;
  }
  return nodes[best] as string;
}
