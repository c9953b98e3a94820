import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './column-types.ts';

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

/** The pairs of one load (0: small imports'; else a large import's own partition), which `network_edges` adds up. */
export interface NetworkEdgePartTable extends NetworkEdgeTable {
  part: Generated<number>;
}

/** The last network analysis of an agency. */
export interface NetworkAnalysisTable {
  agency_id: string;
  ran_at: Generated<Date>;
  nodes: number;
  edges: number;
  communities: number;
  modularity: number;
  sites_of_concern: number;
  millis: number;
}

/** A node's community in the last analysis (0 the largest), and its weighted degree. */
export interface NetworkMembershipTable {
  agency_id: string;
  node: string;
  community: number;
  strength: number;
}

/** A site a candidate group's people are tied to outside the group's own community. */
export interface NetworkGroupSiteTable {
  agency_id: string;
  community: number;
  site: string;
  strength: number;
  /** The group's people tied to it, most strongly first. */
  through: Json<string[]>;
}

export interface NetworkBrokerTable {
  agency_id: string;
  rank: number;
  node: string;
  sites: Json<string[]>;
  through: Json<string[]>;
  /** Of `through`, those who paid the broker. */
  paid_by: ColumnType<string[], string | undefined, string>;
  score: number;
}
