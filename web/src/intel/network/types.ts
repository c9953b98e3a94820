/** The graph as the network routes give it (src/intel/network/routes.ts), and a chart as it is saved. */

export interface GNode {
  id: string;
  /** Entity type, or 'phone' / 'account' for a number or account met only in traces. */
  type: string;
  label: string;
  entity: boolean;
}

export type Provenance =
  | {
      kind: 'declared';
      linkId: string;
      reportId: string | null;
      importId: string | null;
      sourceGrade: string;
      infoGrade: string;
      assertedAt: string;
      origin: string | null;
    }
  | {
      kind: 'traces';
      count: number;
      total: number;
      firstAt: string;
      lastAt: string;
      /** By time of day on the region's clock: 0–6, 6–12, 12–18, 18–24. */
      bands: [number, number, number, number];
    };

export interface GEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  label: string;
  weight: number;
  provenance: Provenance;
}

export interface Graph {
  nodes: GNode[];
  edges: GEdge[];
  truncated?: boolean;
}

export interface PathAnswer {
  paths: { nodes: string[]; edges: string[] }[];
  nodes: GNode[];
  edges: GEdge[];
}

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

export interface ChartSummary {
  id: string;
  title: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  nodes: number;
}

export interface SavedChart extends ChartSummary {
  chart: ChartDocument;
}
