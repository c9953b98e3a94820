import type { Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// Saved link charts (src/intel/network/charts.ts).

/** A chart as saved: ids, positions and filters only (the shape is checked by `chartSchema` in charts.ts). */
export interface ChartDocument {
  start: string;
  expanded: string[];
  nodes: { id: string; x: number; y: number; pinned: boolean; hidden: boolean }[];
  filters: {
    from?: string | undefined;
    to?: string | undefined;
    types?: string[] | undefined;
    minWeight?: number | undefined;
    worstSource?: '1' | '2' | '3' | undefined;
    worstInfo?: 'A' | 'B' | 'C' | 'D' | 'E' | undefined;
  };
  grouped: boolean;
}

export interface LinkChartTable {
  id: Generated<string>;
  agency_id: string;
  title: string;
  created_by: string;
  updated_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  chart: Json<ChartDocument>;
}
