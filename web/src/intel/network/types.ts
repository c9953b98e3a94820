/** The graph as the network routes give it (src/intel/network/wire.ts, the server's own schemas), and a chart as
 * it is saved. */
import type { z } from 'zod';
import type { chartSummary, edgeOut, nodeOut, pathsReply } from '../../../../src/intel/network/wire.ts';
import type { Wire } from '../../wire.ts';

/** A node: `type` is the entity type, or 'phone' / 'account' for a number or account met only in traces. */
export type GNode = Wire<z.output<typeof nodeOut>>;

export type GEdge = Wire<z.output<typeof edgeOut>>;

/** What a tie rests on: a declared link, or traces (`bands` by time of day on the region's clock: 0–6, 6–12, …). */
export type Provenance = GEdge['provenance'];

export interface Graph {
  nodes: GNode[];
  edges: GEdge[];
  truncated?: boolean;
}

export type PathAnswer = Wire<z.output<typeof pathsReply>>;

export interface Filters {
  from?: string | undefined;
  to?: string | undefined;
  types?: string[] | undefined;
  minWeight?: number | undefined;
  worstSource?: '1' | '2' | '3' | undefined;
  worstInfo?: 'A' | 'B' | 'C' | 'D' | 'E' | undefined;
}

/** Where the chart gets its graph: the server's routes, or (for the benchmark) a graph held in memory. */
export interface GraphSource {
  /** The node and its neighbours one step away, with the links between them. */
  neighbours(node: string, filters: Filters): Promise<Graph>;
  paths(from: string, to: string, filters: Filters): Promise<PathAnswer>;
}

export interface SavedNode {
  id: string;
  x: number;
  y: number;
  pinned: boolean;
  hidden: boolean;
}

export interface ChartDocument {
  start: string;
  expanded: string[];
  nodes: SavedNode[];
  filters: Filters;
  grouped: boolean;
}

/** A saved chart in the agency's list. */
export type ChartSummary = Wire<z.output<typeof chartSummary>>;

/** A saved chart: its document is the one the web app sends (checked by the server's `chartSchema`). */
export type SavedChart = ChartSummary & { chart: ChartDocument };
