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

/** The person's identity on a protection case, sealed as one JSON value (src/protection/identity.ts). */
export interface ProtectionIdentityTable {
  case_id: string;
  agency_id: string;
  identity: string;
  updated_by: string;
  updated_at: Generated<Date>;
}

/** Keyed hashes of a case's identity (documents; name with birth date), to recognise a person who comes back. */
export interface ProtectionIdentityKeyTable {
  case_id: string;
  agency_id: string;
  kind: string;
  key: string;
}

/** A colleague the case's caseworker lets read the person's identity. */
export interface ProtectionCaseAccessTable {
  case_id: string;
  user_id: string;
  granted_by: string;
  granted_at: Generated<Date>;
}

/** Columns the identity adds to protection_cases: the earlier case of the same person, when recognised. */
export interface ProtectionCaseIdentityColumns {
  earlier_case_id: string | null;
}
