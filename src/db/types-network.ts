import type { Timestamp } from './column-types.ts';

// The network: traces aggregated per ordered pair of identifiers (src/intel/network/edges.ts).

export interface NetworkEdgeTable {
  agency_id: string;
  /** 'call' (a called b) or 'transfer' (a paid b). */
  kind: string;
  a: string;
  b: string;
  count: number;
  /** Seconds of calls, or the amount transferred. */
  total: number;
  first_at: Timestamp;
  last_at: Timestamp;
  /** Time-of-day counts on the region's clock (UTC+7): 0–6, 6–12, 12–18, 18–24. */
  night: number;
  morning: number;
  afternoon: number;
  evening: number;
}
