import type { ColumnType, Generated } from 'kysely';
import type { Json } from './column-types.ts';

// The tables of prosecution case files (src/prosecution/). Days are YYYY-MM-DD strings.

type Day = ColumnType<string, string, string>;

export interface ProsecutionCaseTable {
  id: Generated<string>;
  agency_id: string;
  /** PC-<year>-<number>, for people and court papers. */
  ref: string;
  title: string;
  origin: string;
  operation_id: string | null;
  /** The site the operation targeted: not proposed again as a new target. */
  site_entity_id: string | null;
  status: Generated<string>;
  created_by: string;
  created_at: Generated<Date>;
}

export interface ProsecutionSuspectTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  label: string;
  entity_id: string | null;
  role: string | null;
  arrested: Generated<boolean>;
  /** The execution-log entry of the arrest, for suspects brought from an operation. */
  arrest_entry_id: string | null;
  arrested_at: Date | null;
  added_by: string;
  added_at: Generated<Date>;
}

export interface ProsecutionSuspectStepTable {
  id: Generated<string>;
  agency_id: string;
  suspect_id: string;
  kind: string;
  occurred_on: Day;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** One element of a charge as copied from the catalogue when the charge was laid. */
export interface ChargeElementSnapshot {
  code: string;
  text: string;
  seek: string[];
}

export interface ProsecutionChargeTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  suspect_id: string;
  country: string;
  offence_code: string;
  victims: string;
  adult_victims_sex: string | null;
  elements: Json<ChargeElementSnapshot[]>;
  laid_by: string;
  laid_at: Generated<Date>;
}

export interface ProsecutionEvidenceTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  /** The item's number within its case. */
  n: number;
  kind: string;
  description: string;
  exhibit_id: string | null;
  report_id: string | null;
  added_by: string;
  added_at: Generated<Date>;
}

export interface ProsecutionElementLinkTable {
  charge_id: string;
  element_code: string;
  evidence_id: string;
  agency_id: string;
  linked_by: string;
  linked_at: Generated<Date>;
}

/** The scope an agency disclosed with an operation's case file to a prosecution agency (src/prosecution/shared-scope.ts). */
export interface ProsecutionSharedScopeTable {
  operation_id: string;
  agency_id: string;
  proposals: Json<unknown[]>;
  shared_by: string;
  shared_at: Generated<Date>;
}

type Amount = ColumnType<string, string | number, string | number>;
type MaybeAmount = ColumnType<string | null, string | number | null | undefined, string | number | null>;

/** An asset behind the case (src/prosecution/assets.ts); amounts are numeric(18,2), read as strings. */
export interface ProsecutionAssetTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  /** The asset's number within its case. */
  n: number;
  kind: string;
  description: string;
  /** Account number, plate, title deed: as given. */
  identifier: string | null;
  entity_id: string | null;
  exhibit_id: string | null;
  estimated_value: MaybeAmount;
  currency: string;
  /** identified, then as its last order left it: frozen, seized, confiscated or released. */
  status: Generated<string>;
  added_by: string;
  added_at: Generated<Date>;
}

export interface ProsecutionAssetTieTable {
  asset_id: string;
  suspect_id: string;
  agency_id: string;
  relation: string;
}

export interface ProsecutionAssetOrderTable {
  id: Generated<string>;
  agency_id: string;
  asset_id: string;
  kind: string;
  ordered_on: Day;
  authority: string;
  value: MaybeAmount;
  reference: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** Part of a confiscated asset allocated to victims' compensation, found by the protection track by `case_ref`. */
export interface ProsecutionAssetAllocationTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  case_ref: string;
  asset_id: string;
  amount: Amount;
  currency: string;
  allocated_on: Day;
  /** The protection claim's id as its caseworker gave it; not checked (the prosecutor cannot see the claim). */
  claim_id: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** A civil or administrative remedy beside the case (src/prosecution/remedies.ts). */
export interface ProsecutionRemedyTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  kind: string;
  authority: string;
  target: string;
  suspect_id: string | null;
  site_entity_id: string | null;
  status: Generated<string>;
  requested_on: Day;
  reference: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface ProsecutionRemedyStepTable {
  id: Generated<string>;
  agency_id: string;
  remedy_id: string;
  status: string;
  happened_on: Day;
  reference: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

type CourtMaybeDay = ColumnType<string | null, string | null | undefined, string | null>;
type CourtMaybeAmount = ColumnType<string | null, string | number | null | undefined, string | number | null>;

/** A hearing of a case file (src/prosecution/court.ts); its outcome once recorded. */
export interface ProsecutionHearingTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  kind: string;
  scheduled_at: Date;
  court: string;
  note: Generated<string>;
  outcome: string | null;
  outcome_note: Generated<string>;
  outcome_by: string | null;
  outcome_at: Date | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** Who took part in a hearing, without identity: a role and a number within the case. */
export interface ProsecutionParticipantTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  hearing_id: string;
  role: string;
  n: number;
  /** Kept only when the person consented to share their pseudonym with the agency; shown only while they do. */
  protection_case_id: string | null;
  measures: Json<string[]>;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** A decision on a charge; the last recorded is the charge's standing. */
export interface ProsecutionDecisionTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  charge_id: string;
  hearing_id: string | null;
  decision: string;
  decided_on: Day;
  reason: string | null;
  lesser_offence: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** A sentence on a conviction; amounts are numeric(18,2), read as strings. */
export interface ProsecutionSentenceTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  charge_id: string;
  decision_id: string;
  hearing_id: string | null;
  sentenced_on: Day;
  prison_months: number;
  suspended: boolean;
  fine: CourtMaybeAmount;
  fine_currency: string | null;
  compensation: CourtMaybeAmount;
  compensation_currency: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface ProsecutionAppealTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  charge_id: string;
  /** The verdict appealed. */
  decision_id: string;
  appellant: string;
  lodged_on: Day;
  decided_on: CourtMaybeDay;
  result: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
  decided_by: string | null;
}

/** A request for mutual legal assistance to another country (src/prosecution/mla.ts). */
export interface ProsecutionMlaRequestTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  n: number;
  to_country: string;
  authority: string;
  asks: Json<string[]>;
  note: Generated<string>;
  status: Generated<string>;
  response_due_on: CourtMaybeDay;
  created_by: string;
  created_at: Generated<Date>;
}

export interface ProsecutionMlaStepTable {
  id: Generated<string>;
  agency_id: string;
  request_id: string;
  status: string;
  occurred_on: Day;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface ProsecutionMlaLinkTable {
  id: Generated<string>;
  agency_id: string;
  request_id: string;
  suspect_id: string | null;
  charge_id: string | null;
}

/** A deadline set by a court event or a request abroad; open until closed (met, not pursued, superseded). */
export interface ProsecutionDeadlineTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  kind: string;
  due_on: Day;
  charge_id: string | null;
  decision_id: string | null;
  hearing_id: string | null;
  mla_request_id: string | null;
  set_by: string;
  set_at: Generated<Date>;
  closed_on: CourtMaybeDay;
  closure: string | null;
  closed_by: string | null;
}
