import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json } from './column-types.ts';

// The tables of evaluation and capacity (src/outcomes/programmes*.ts, units*.ts, migration 20261204_1840). Days
// are YYYY-MM-DD strings.

type Day = ColumnType<string, string, string>;
type MaybeDay = ColumnType<string | null, string | null | undefined, string | null>;

export interface OutcomeProgrammeTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  funder: string;
  starts_on: Day;
  ends_on: MaybeDay;
  /** The indicator filters the programme is measured with (place, exploitation, sex, age, agency). */
  filters: Json<Record<string, string>>;
  created_by: string;
  created_at: CreatedAt;
  updated_by: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface OutcomeProgrammeObjectiveTable {
  programme_id: string;
  position: number;
  description: string;
  table_id: string;
  cell_key: Json<string[]>;
  baseline: number;
  target: number;
}

export interface OutcomeUnitTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  kind: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface OutcomeUnitMemberTable {
  id: Generated<string>;
  unit_id: string;
  agency_id: string;
  user_id: string;
  joined_on: Day;
  left_on: MaybeDay;
  added_by: string;
  added_at: CreatedAt;
}

export interface OutcomeUnitTrainingTable {
  id: Generated<string>;
  unit_id: string;
  agency_id: string;
  user_id: string;
  course: string;
  provider: string;
  completed_on: Day;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface OutcomeEvaluationTables {
  outcome_programmes: OutcomeProgrammeTable;
  outcome_programme_objectives: OutcomeProgrammeObjectiveTable;
  outcome_units: OutcomeUnitTable;
  outcome_unit_members: OutcomeUnitMemberTable;
  outcome_unit_trainings: OutcomeUnitTrainingTable;
}
