import type { ColumnType, Generated } from 'kysely';
import type { DuplicateReason } from '../monitoring/intake-schemas.ts';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// The tables of non-police monitoring (src/monitoring/): tips entered one at a time or through the public page,
// their triage, the numbers they name, duplicates across sources, the public thread, routing rules and routings.

/** The columns intake added to `tips` (20261204_1600); an imported tip leaves them null. */
export interface TipIntakeColumns {
  entered_by: ColumnType<string | null, string | null | undefined, string | null>;
  kind: ColumnType<string | null, string | null | undefined, string | null>;
  occurred: ColumnType<string | null, string | null | undefined, string | null>;
  /** ISO 3166 alpha-2 of the place, for routing by country. */
  country: ColumnType<string | null, string | null | undefined, string | null>;
  people_count: ColumnType<number | null, number | null | undefined, number | null>;
  children: ColumnType<string | null, string | null | undefined, string | null>;
  danger: ColumnType<string | null, string | null | undefined, string | null>;
  /** new, triaged, routed, closed; null for an imported tip, which is not triaged. */
  status: ColumnType<string | null, string | null | undefined, string | null>;
  due_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  triaged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  triaged_by: ColumnType<string | null, string | null | undefined, string | null>;
  escalated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closed_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** Sealed JSON (src/access/sealing.ts): the reporter, the people named, the "who" in words. */
  details: ColumnType<string | null, string | null | undefined, string | null>;
  /** The tip this one is the sanitised copy of, in the agency it was routed to. */
  routed_from: ColumnType<string | null, string | null | undefined, string | null>;
  /** HMAC of the public page's receipt code; the code itself is never stored. */
  receipt_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TipNumberTable {
  tip_id: string;
  agency_id: string;
  kind: string;
  value: string;
}

export interface TipDuplicateTable {
  tip_id: string;
  other_id: string;
  agency_id: string;
  /** Codes with their values (src/monitoring/intake-schemas.ts `duplicateReason`). */
  reasons: Json<DuplicateReason[]>;
  score: number;
  status: Generated<string>;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export interface TipEventTable {
  id: Generated<string>;
  tip_id: string;
  kind: string;
  by_user: string | null;
  at: CreatedAt;
  detail: Json<Record<string, unknown>>;
}

export interface TipMessageTable {
  id: Generated<string>;
  tip_id: string;
  author: string;
  user_id: string | null;
  /** Sealed. */
  text: string;
  created_at: CreatedAt;
}

export interface PublicChannelTable {
  id: number;
  agency_id: string;
  open: Generated<boolean>;
  set_by: string | null;
  set_at: CreatedAt;
}

export interface RoutingRuleTable {
  id: Generated<string>;
  name: string;
  to_agency_id: string;
  applies_to: ColumnType<string[], string[] | undefined, string[]>;
  countries: string[] | null;
  /** A polygon as [[lat, lon], …], or null for anywhere. */
  area: Json<[number, number][]> | null;
  kinds: string[] | null;
  children_only: Generated<boolean>;
  min_danger: string | null;
  priority: Generated<number>;
  active: Generated<boolean>;
  /** Null for the rules a demo is loaded with. */
  created_by: string | null;
  created_at: CreatedAt;
}

export interface RoutingTable {
  id: Generated<string>;
  item_type: string;
  item_id: string;
  from_agency_id: string;
  to_agency_id: string;
  rule_ids: ColumnType<string[], string[] | undefined, string[]>;
  overlap: Generated<boolean>;
  withheld: Json<Record<string, number>>;
  copy_tip_id: string | null;
  sent_by: string;
  sent_at: CreatedAt;
  status: Generated<string>;
  received_by: string | null;
  received_at: Timestamp | null;
  report_id: string | null;
  feedback: Generated<string>;
  feedback_at: Timestamp | null;
}

/** A number a victim's family is reached on, learnt with a tip (20261206_1400); `number` sealed. */
export interface FamilyNumberTable {
  id: Generated<string>;
  agency_id: string;
  tip_id: string;
  relation: string;
  number: string;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface MonitoringTables {
  tip_numbers: TipNumberTable;
  family_numbers: FamilyNumberTable;
  tip_duplicates: TipDuplicateTable;
  tip_events: TipEventTable;
  tip_messages: TipMessageTable;
  public_channel: PublicChannelTable;
  routing_rules: RoutingRuleTable;
  routings: RoutingTable;
}
