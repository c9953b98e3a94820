import type { ColumnType, Generated } from 'kysely';

// Return and reintegration across borders: transfers of a case (or referrals for return) to another agency or an
// organisation abroad, with the person's consent and only the items they agreed to share; the reintegration plan
// and its follow-ups. Notes, goals and the area the person lives in are sealed.

/** A transfer of a case to an agency on Lantern (`to_agency_id`) or an organisation outside it. */
export interface ProtectionTransferTable {
  id: string;
  /** The sending agency. */
  agency_id: string;
  case_id: string;
  kind: string;
  to_agency_id: string | null;
  to_organisation: string | null;
  to_country: string | null;
  /** The receiving country (ISO 3166 alpha-2); required for returns. */
  country: string | null;
  /** What the person agreed to share (TRANSFER_ITEMS). */
  items: string[];
  consent_language: string;
  /** Sealed: the return plan note for the receiver, kept only when `return_plan_note` is shared. */
  note: string;
  status: Generated<string>;
  completed_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** The case the receiving agency opened on accepting it. */
  receiving_case_id: string | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One step of a transfer (sent, accepted, declined, completed, cancelled), by whom and which agency. */
export interface ProtectionTransferStepTable {
  id: Generated<string>;
  transfer_id: string;
  status: string;
  on_date: ColumnType<string | null, string | null | undefined, string | null>;
  language: string | null;
  by_user: string;
  by_agency: string;
  at: Generated<Date>;
}

/** The columns the return track adds to `protection_cases`. */
export interface ProtectionCaseReturnColumns {
  /** The transfer this case was opened from, in the receiving agency. */
  transferred_from: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why the case is flagged for a risk of re-trafficking (RETRAFFICKING_REASONS), or null. */
  retrafficking_flag: ColumnType<string | null, string | null | undefined, string | null>;
  retrafficking_flagged_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** The column the return track adds to `protection_settings`: follow-ups due these days after a plan starts. */
export interface ProtectionSettingsReturnColumns {
  followup_days: ColumnType<number[], number[] | undefined, number[]>;
}

/** A case's reintegration plan (one per case); `goals` and `area` are sealed. */
export interface ProtectionReintegrationPlanTable {
  id: string;
  agency_id: string;
  case_id: string;
  goals: string;
  country: string;
  area: string;
  started_on: ColumnType<string, string, string>;
  updated_by: string;
  updated_at: Generated<Date>;
}

/** A follow-up with the person after the plan started; `note` is sealed. */
export interface ProtectionFollowUpTable {
  id: string;
  agency_id: string;
  case_id: string;
  /** The scheduled follow-up it answers (days after the plan's start), or null for an extra one. */
  due_days: number | null;
  held_on: ColumnType<string, string, string>;
  contact: string;
  wellbeing: string | null;
  note: string;
  retrafficking_concern: boolean;
  language: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}
