import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// The tables of bulk imports: the jobs, their bad rows, the providers' column mappings, and what they fill.

export interface ImportJobTable {
  id: Generated<string>;
  agency_id: string;
  kind: string;
  file_name: string;
  file_sha256: string;
  file_bytes: ColumnType<string, number | string, number | string>;
  mapping: string;
  status: string;
  accept_skips: boolean;
  rows_read: ColumnType<string, number | string | undefined, number | string>;
  rows_imported: ColumnType<string, number | string | undefined, number | string>;
  rows_skipped: ColumnType<string, number | string | undefined, number | string>;
  message: string | null;
  created_by: string;
  started_at: CreatedAt;
  finished_at: Timestamp | null;
  /** Browser imports: the upload waiting on disk, who asked (user id and actor kind), progress in bytes. */
  upload_path: ColumnType<string | null, string | null | undefined, string | null>;
  requested_by: ColumnType<string | null, string | null | undefined, string | null>;
  requested_kind: ColumnType<string | null, string | null | undefined, string | null>;
  bytes_done: ColumnType<string, number | string | undefined, number | string>;
  queued_at: CreatedAt;
  /** The runner that has the job, and when it last said it was still at it. */
  claimed_by: ColumnType<string | null, string | null | undefined, string | null>;
  heartbeat_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ImportBadRowTable {
  job_id: string;
  line: ColumnType<string, number | string, number | string>;
  field: string;
  reason: string;
}

export interface ColumnMappingTable {
  agency_id: string;
  kind: string;
  name: string;
  definition: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}

export interface CallRecordTable {
  agency_id: string;
  import_id: string;
  caller: string;
  callee: string;
  started_at: Timestamp;
  duration_s: number;
  kind: string;
  cell_id: string | null;
  cell_lat: number | null;
  cell_lon: number | null;
  /** The load partition: 0 for the main one, else the large import's own (see the trace_load_partitions migration). */
  part: Generated<number>;
}

export interface TransferTable {
  agency_id: string;
  import_id: string;
  occurred_at: Timestamp;
  channel: string;
  from_account: string;
  from_name: string | null;
  to_account: string;
  to_name: string | null;
  amount: ColumnType<string, string | number, string | number>;
  currency: string;
  reference: string | null;
  /** The load partition, as for call records. */
  part: Generated<number>;
}

export interface CrossingTable {
  agency_id: string;
  import_id: string;
  crossed_at: Timestamp;
  checkpoint_id: string | null;
  checkpoint: string;
  direction: string;
  traveller_name: string;
  nationality: string | null;
  date_of_birth: string | null;
  document_type: string | null;
  document_number: string | null;
  vehicle_plate: string | null;
}

export interface TipTable {
  id: Generated<string>;
  agency_id: string;
  /** Null for a tip entered one at a time (src/monitoring/intake.ts). */
  import_id: string | null;
  tip_ref: string | null;
  received_at: Timestamp;
  channel: string;
  language: string | null;
  text: string;
  place_hint: string | null;
  lat: number | null;
  lon: number | null;
  tlp: string;
}
