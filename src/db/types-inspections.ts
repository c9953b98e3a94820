import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from './column-types.ts';

// The tables of labour inspections (src/monitoring/inspection*.ts, migration 20261204_1700). Dates are
// YYYY-MM-DD strings; sealed columns hold values of src/access/sealing.ts bound to table, row and field.

type Day = ColumnType<string, string, string>;
type MaybeDay = ColumnType<string | null, string | null | undefined, string | null>;
type MaybeInt = ColumnType<number | null, number | null | undefined, number | null>;
type MaybeText = ColumnType<string | null, string | null | undefined, string | null>;

export interface LabourInspectionCounterTable {
  agency_id: string;
  year: number;
  n: number;
}

export interface LabourInspectionTable {
  id: Generated<string>;
  agency_id: string;
  /** LI-<year>-<n>, numbered per agency. */
  ref: string;
  kind: string;
  follows_id: MaybeText;
  status: Generated<string>;
  planned_on: Day;
  visited_on: MaybeDay;
  workplace_name: string;
  sector: string;
  employer: Generated<string>;
  address: Generated<string>;
  lat: ColumnType<number | null, number | null | undefined, number | null>;
  lon: ColumnType<number | null, number | null | undefined, number | null>;
  country: string;
  workers_female: MaybeInt;
  workers_male: MaybeInt;
  workers_other: MaybeInt;
  workers_under18: MaybeInt;
  workers_migrant: MaybeInt;
  /** The stored indicator set the findings answer, by id and version. */
  set_id: MaybeText;
  set_version: MaybeText;
  created_by: string;
  created_at: CreatedAt;
  visited_by: MaybeText;
  closed_at: Timestamp | null;
  closed_by: MaybeText;
  /** The id the phone gave the visit last recorded (migration 20261206_1240): the same sent again changes nothing. */
  visit_client_id: MaybeText;
  /** Raised at each save of the findings: a save names the revision it was made on. */
  findings_revision: Generated<number>;
  /** The id the phone gave the findings last saved, when and by whom they were saved (as on the phone). */
  findings_client_id: MaybeText;
  findings_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  findings_by: MaybeText;
}

export interface LabourInspectionInspectorTable {
  inspection_id: string;
  user_id: string;
  agency_id: string;
  added_by: string;
  added_at: CreatedAt;
  /** no_interest or conflict, as the inspector stated it; null until stated. */
  statement: MaybeText;
  stated_at: Timestamp | null;
  removed_at: Timestamp | null;
  removed_reason: MaybeText;
}

export interface InspectorInterestTable {
  id: Generated<string>;
  agency_id: string;
  user_id: string;
  kind: string;
  /** Sealed: inspector_interests:<id>:description. */
  description: string;
  declared_on: Day;
  withdrawn_on: MaybeDay;
  created_at: CreatedAt;
}

export interface LabourInspectionInterviewTable {
  id: Generated<string>;
  inspection_id: string;
  agency_id: string;
  /** Sealed: labour_inspection_interviews:<id>:code. */
  code: string;
  private: boolean;
  language: string;
  interpreter: boolean;
  sex: string;
  under18: boolean;
  created_by: string;
  created_at: CreatedAt;
}

export interface LabourInspectionFindingTable {
  inspection_id: string;
  agency_id: string;
  indicator_id: string;
  answer: string;
  workers: Generated<number>;
  /** Sealed (may be empty): labour_inspection_findings:<inspection id>/<indicator>:observation. */
  observation: Generated<string>;
}

export interface LabourInspectionBreachTable {
  inspection_id: string;
  agency_id: string;
  breach: string;
  workers: Generated<number>;
  /** Sealed (may be empty): labour_inspection_breaches:<inspection id>/<breach>:note. */
  note: Generated<string>;
}

export interface LabourInspectionOutcomeTable {
  id: Generated<string>;
  inspection_id: string;
  agency_id: string;
  kind: string;
  /** Sealed (may be empty): an improvement order's items, one a line. */
  items: Generated<string>;
  deadline: MaybeDay;
  /** Sealed (may be empty). */
  note: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
}

export interface LabourInspectionReferralTable {
  id: Generated<string>;
  inspection_id: string;
  outcome_id: string;
  interview_id: string;
  from_agency_id: string;
  to_agency_id: string;
  /** Sealed JSON { pseudonym, language, sex, under18 }: labour_inspection_referrals:<id>:details. */
  details: string;
  /** Sealed: labour_inspection_referrals:<id>:reason. */
  reason: string;
  screening_id: MaybeText;
  taken_up_at: Timestamp | null;
  taken_up_by: MaybeText;
  created_by: string;
  created_at: CreatedAt;
}

export interface InspectionTables {
  labour_inspection_counters: LabourInspectionCounterTable;
  labour_inspections: LabourInspectionTable;
  labour_inspection_inspectors: LabourInspectionInspectorTable;
  inspector_interests: InspectorInterestTable;
  labour_inspection_interviews: LabourInspectionInterviewTable;
  labour_inspection_findings: LabourInspectionFindingTable;
  labour_inspection_breaches: LabourInspectionBreachTable;
  labour_inspection_outcomes: LabourInspectionOutcomeTable;
  labour_inspection_referrals: LabourInspectionReferralTable;
}
