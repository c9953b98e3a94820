import type { ColumnType, Generated } from 'kysely';
import type { RecommendationCaution, RecommendationReason } from '../operations/assessment.ts';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// The tables of the operations side: decisions, operations and their team, log and review, the evidence
// register and its custody entries, and the protection cases opened from screenings.
export interface InterventionDecisionTable {
  id: Generated<string>;
  agency_id: string;
  target_entity_id: string | null;
  target_label: string;
  assessment: Json<Record<string, unknown>>;
  recommendation: string;
  /** Codes with their values (src/operations/assessment.ts). */
  reasons: Json<RecommendationReason[]>;
  cautions: Json<RecommendationCaution[]>;
  decision: string;
  rationale: string;
  decided_by: string;
  decided_at: CreatedAt;
  status: string;
  approver_id: string | null;
  approved_at: Timestamp | null;
  approval_note: string | null;
}

export interface DecisionDissentTable {
  decision_id: string;
  user_id: string;
  text: string;
  at: CreatedAt;
}

export interface OperationTable {
  id: Generated<string>;
  agency_id: string;
  code_name: string;
  decision_id: string | null;
  status: string;
  target_entity_id: string | null;
  target_label: string;
  place: string;
  starts_at: Timestamp | null;
  ready_by: string | null;
  plan: Json<Record<string, unknown>>;
  version: ColumnType<number, number | undefined, number>;
  created_by: string;
  created_at: CreatedAt;
  updated_by: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  approved_by: string | null;
  /** Who changed the plan since its last approval: none of them may approve it. */
  changed_since_approval: ColumnType<string[], string[] | undefined, string[]>;
  approved_at: Timestamp | null;
  started_at: Timestamp | null;
  concluded_at: Timestamp | null;
  cancel_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OperationMemberTable {
  id: Generated<string>;
  operation_id: string;
  user_id: string;
  role: string;
  team: ColumnType<string, string | undefined, string>;
  language: string | null;
  added_by: string;
  added_at: CreatedAt;
  removed_by: string | null;
  removed_at: Timestamp | null;
}

export interface OperationReceiverTable {
  operation_id: string;
  agency_id: string;
  added_at: CreatedAt;
}

export interface OperationLogTable {
  id: string;
  operation_id: string;
  kind: string;
  occurred_at: Timestamp;
  received_at: CreatedAt;
  recorded_by: string;
  entry: Json<Record<string, unknown>>;
  exhibit_id: string | null;
}

/** A correction of a log entry: appended, never changed; revision 1, 2... per entry (the entry itself is 0). */
export interface OperationLogCorrectionTable {
  id: string;
  entry_id: string;
  operation_id: string;
  revision: number;
  text: string;
  occurred_at: Timestamp;
  received_at: CreatedAt;
  recorded_by: string;
}

export interface OperationReviewTable {
  operation_id: string;
  review: Json<Record<string, unknown>>;
  figures: Json<Record<string, unknown>>;
  submitted_by: string;
  submitted_at: CreatedAt;
}

export interface ExhibitTable {
  id: Generated<string>;
  ref: string;
  agency_id: string;
  operation_id: string | null;
  nature: string;
  category: string;
  description: string;
  collected_by: string;
  collected_at: Timestamp;
  collected_where: string;
  seal_number: string | null;
  hash_algorithm: string | null;
  digital_hash: string | null;
  state: string;
  custodian: string;
  custodian_user_id: string | null;
  location: string;
  custody_count: number;
  custody_head: string;
  created_at: CreatedAt;
}

export interface CustodyEventTable {
  exhibit_id: string;
  seq: number;
  action: string;
  from_custodian: string | null;
  to_custodian: string;
  to_user_id: string | null;
  purpose: string;
  authority: string;
  method: string;
  place: string;
  at: Timestamp;
  hash_observed: string | null;
  hash_matches: boolean | null;
  note: ColumnType<string, string | undefined, never>;
  recorded_by: string;
  prev_hash: string;
  hash: string;
  /** The id the sender gave the entry, when it gave one: a resend is answered as the entry recorded. */
  client_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface ProtectionCaseTable {
  id: Generated<string>;
  agency_id: string;
  /** The screening that opened the case; null for a case opened by accepting a transfer. */
  screening_id: string | null;
  /** Sealed (src/access/sealing.ts). */
  pseudonym: string;
  exploitation: string | null;
  child: boolean;
  status: string;
  opened_at: CreatedAt;
  needs_seal: Generated<boolean>;
  opened_by: string;
  /** The caseworker who owns the case (null until one takes it). */
  owner_id: string | null;
  /** The person's own word: 'presumed' (the screening's outcome) or 'declined'. */
  victim_status: Generated<string>;
  victim_status_at: Date | null;
}

/** The person's consent to share one item of their case with one agency; live while `withdrawn_at` is null. */
export interface ProtectionConsentTable {
  id: string;
  agency_id: string;
  case_id: string;
  item: string;
  recipient_agency_id: string;
  language: string;
  given_at: Generated<Date>;
  given_by: string;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

/** A shelter stay; open while `ended_on` is null. Dates are YYYY-MM-DD. */
export interface ProtectionStayTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  place: string;
  provider_id: string | null;
  started_on: ColumnType<string, string, string>;
  ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  free_to_leave: boolean;
  court_date: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** An agency's protection settings: the stay lengths (days) past which a stay is flagged. */
export interface ProtectionSettingsTable {
  agency_id: string;
  stay_thresholds: ColumnType<number[], number[] | undefined, number[]>;
}

/** One domain of a needs assessment; `note` is sealed. */
export interface ProtectionNeedTable {
  id: string;
  agency_id: string;
  case_id: string;
  assessment_id: string;
  domain: string;
  level: string;
  note: string;
  language: string;
  assessed_by: string;
  assessed_at: Generated<Date>;
}

/** A service offered to the person, as it stands now; its steps are `protection_service_events`. */
export interface ProtectionServiceTable {
  id: string;
  agency_id: string;
  case_id: string;
  service: string;
  status: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One step of a service (offered, accepted, declined…), with who and in which language; `note` is sealed. */
export interface ProtectionServiceEventTable {
  id: string;
  agency_id: string;
  service_id: string;
  status: string;
  language: string;
  note: string;
  by_user: string;
  at: Generated<Date>;
}
