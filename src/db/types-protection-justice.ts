import type { ColumnType, Generated } from 'kysely';

// The tables of witness support and compensation (src/protection/witness.ts, compensation.ts). Dates are
// YYYY-MM-DD strings; amounts are numeric(18,2), read as strings (or numbers) and summed in hundredths.

type Day = ColumnType<string, string, string>;
type MaybeDay = ColumnType<string | null, string | null | undefined, string | null>;
type Amount = ColumnType<string, string | number, string | number>;
type MaybeAmount = ColumnType<string | null, string | number | null | undefined, string | number | null>;

/** One step of the person's stance on cooperating with a prosecution; the latest is the current one. */
export interface ProtectionCooperationTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  stance: string;
  discussed_on: Day;
  language: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** A support measure as it stands now; its steps are `protection_witness_steps`; `note` is sealed. */
export interface ProtectionWitnessMeasureTable {
  id: string;
  agency_id: string;
  case_id: string;
  kind: string;
  status: string;
  valid_until: MaybeDay;
  reprisal_level: string | null;
  reprisal_country: string | null;
  hearing_on: MaybeDay;
  hearing_support: string[] | null;
  amount: MaybeAmount;
  currency: string | null;
  paid_on: MaybeDay;
  note: string;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One status step of a support measure, with the valid-until or paid date it set. */
export interface ProtectionWitnessStepTable {
  id: Generated<string>;
  agency_id: string;
  measure_id: string;
  status: string;
  valid_until: MaybeDay;
  paid_on: MaybeDay;
  by_user: string;
  at: Generated<Date>;
}

/** A compensation claim as it stands now. `prosecution_ref` is text until the prosecution module lands. */
export interface ProtectionClaimTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  route: string;
  forum: string;
  amount_claimed: Amount;
  currency: string;
  prosecution_ref: string | null;
  status: string;
  amount_awarded: MaybeAmount;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A seized asset (exhibit) a claim draws on. */
export interface ProtectionClaimAssetTable {
  claim_id: string;
  exhibit_id: string;
}

/** Money the person received on a claim, from whom. */
export interface ProtectionClaimPaymentTable {
  id: Generated<string>;
  agency_id: string;
  claim_id: string;
  amount: Amount;
  received_on: Day;
  payer: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** One status step of a claim: filed, awarded (with the amount), withdrawn (in the person's language), paid. */
export interface ProtectionClaimStepTable {
  id: Generated<string>;
  agency_id: string;
  claim_id: string;
  status: string;
  happened_on: Day;
  amount_awarded: MaybeAmount;
  language: string | null;
  payment_id: string | null;
  by_user: string;
  at: Generated<Date>;
}
