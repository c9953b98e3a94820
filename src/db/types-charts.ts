import type { Generated } from 'kysely';
import type { z } from 'zod';
import type { chartSchema } from '../intel/network/wire.ts';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// Saved link charts (src/intel/network/charts.ts).

/** A chart as saved: ids, positions and filters only (its schema, `chartSchema`, is in src/intel/network/wire.ts). */
export type ChartDocument = z.output<typeof chartSchema>;

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
