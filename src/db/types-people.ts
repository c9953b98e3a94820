import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// Who is who: subscriber registers, the records that name people, and their resolution into person entities.

export interface SubscriberTable {
  agency_id: string;
  import_id: string;
  subscriber_ref: string | null;
  phone: string;
  provider: string | null;
  registered_name: string;
  id_number: string | null;
  registered_on: string | null;
}

/** A bank's account-opening record, as the bank wrote it. */
export interface BankAccountTable {
  agency_id: string;
  import_id: string;
  account: string;
  bank: string | null;
  holder_name: string;
  id_number: string | null;
  birth_date: string | null;
  opened_on: string | null;
}

/** One record that names a person, as the source wrote it; resolution sets `entity_id`, never the rest. */
export interface PersonRecordTable {
  id: Generated<string>;
  agency_id: string;
  kind: Generated<'person' | 'organisation'>;
  source: string;
  source_ref: string;
  import_id: string | null;
  name: string;
  birth_date: string | null;
  phone: string | null;
  document: string | null;
  account: string | null;
  plate: string | null;
  nationality: string | null;
  sex: string | null;
  site_id: string | null;
  rows: Generated<number>;
  entity_id: string | null;
  created_at: CreatedAt;
}

export interface ResolutionPairTable {
  agency_id: string;
  record_a: string;
  record_b: string;
  probability: number;
  weight: number;
  band: 'match' | 'review' | 'low';
  explanation: Json<unknown>;
  impact: Generated<number>;
  scored_at: Generated<Timestamp>;
}

export interface ResolutionDecisionTable {
  id: Generated<string>;
  agency_id: string;
  record_a: string;
  record_b: string;
  decision: 'same' | 'different';
  note: Generated<string>;
  decided_by: string | null;
  decided_at: CreatedAt;
  undone_by: string | null;
  undone_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
}

export interface ResolutionModelTable {
  agency_id: string;
  model: Json<unknown>;
  records: number;
  trained_at: Generated<Timestamp>;
}
