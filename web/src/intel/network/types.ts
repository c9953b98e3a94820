/** The graph as the network routes give it, and a chart as it is saved (src/intel/network/wire.ts, the server's own
 * schemas). */
import type { z } from 'zod';
import type {
  chartInput,
  chartListReply,
  chartReply,
  chartSummary,
  edgeOut,
  neighbourhoodReply,
  nodeOut,
  pathsReply,
} from '../../../../src/intel/network/wire.ts';
import type { Wire } from '../../wire.ts';

/** A node: `type` is the entity type, or 'phone' / 'account' for a number or account met only in traces. */
export type GNode = Wire<z.output<typeof nodeOut>>;

export type GEdge = Wire<z.output<typeof edgeOut>>;

/** What a tie rests on: a declared link, or traces (`bands` by time of day on the region's clock: 0–6, 6–12, …). */
export type Provenance = GEdge['provenance'];

/** A node and its neighbours as the neighbourhood route gives them (each node with its distance in steps). */
export type Neighbourhood = Wire<z.output<typeof neighbourhoodReply>>;

export type PathAnswer = Wire<z.output<typeof pathsReply>>;

/** Nodes and the links between them, as the network routes give them (or the benchmark makes them in memory). */
export type Graph = Pick<PathAnswer, 'nodes' | 'edges'>;

/** Where the chart gets its graph: the server's routes, or (for the benchmark) a graph held in memory. */
export interface GraphSource {
  /** The node and its neighbours one step away, with the links between them. */
  neighbours(node: string, filters: Filters): Promise<Graph>;
  paths(from: string, to: string, filters: Filters): Promise<PathAnswer>;
}

/** A chart as the web app sends it to be saved: its title and the chart (checked by the server's `chartInput`). */
export type ChartInput = z.input<typeof chartInput>;

/** A chart as saved: its start, the nodes expanded, each node's place and marks, and its filters. */
export type ChartDocument = ChartInput['chart'];

/** The filters a chart is drawn under, as the network routes take them. */
export type Filters = ChartDocument['filters'];

/** A saved chart in the agency's list. */
export type ChartSummary = Wire<z.output<typeof chartSummary>>;

/** The agency's saved charts, most recently changed first. */
export type ChartList = Wire<z.output<typeof chartListReply>>;

/** A saved chart as read back: its summary and the chart. */
export type SavedChart = Wire<z.output<typeof chartReply>>;
