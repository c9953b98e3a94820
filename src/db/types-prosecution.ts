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
