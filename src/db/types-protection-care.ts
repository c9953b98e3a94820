import type { ColumnType, Generated } from 'kysely';

/** One step of a child's protection (guardian, best interests, family tracing and assessment, views); `detail` sealed. */
export interface ProtectionChildStepTable {
  id: string;
  agency_id: string;
  case_id: string;
  kind: string;
  outcome: string | null;
  detail: string;
  language: string;
  occurred_on: ColumnType<string, string, string>;
  recorded_by: string;
  recorded_at: Generated<Date>;
  approved_by: string | null;
  approved_at: Date | null;
}
