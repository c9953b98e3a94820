import { type Kysely, sql } from 'kysely';

// Bulk imports: the jobs that ran them, their bad rows, the column mappings of each data provider, and the first
// bulk table, call records. Every large table carries agency_id, the key a distributed PostgreSQL shards on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE import_jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL CHECK (kind IN ('calls')),
      file_name text NOT NULL,
      file_sha256 text NOT NULL,
      file_bytes bigint NOT NULL,
      mapping text NOT NULL,
      status text NOT NULL CHECK (status IN ('running','completed','rejected','failed','interrupted')),
      accept_skips boolean NOT NULL,
      rows_read bigint NOT NULL DEFAULT 0,
      rows_imported bigint NOT NULL DEFAULT 0,
      rows_skipped bigint NOT NULL DEFAULT 0,
      message text,
      created_by text NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX import_jobs_once ON import_jobs (agency_id, kind, file_sha256) WHERE status = 'completed'`.execute(
    db,
  );

  await sql`
    CREATE TABLE import_bad_rows (
      job_id uuid NOT NULL REFERENCES import_jobs(id),
      line bigint NOT NULL,
      field text NOT NULL,
      reason text NOT NULL,
      PRIMARY KEY (job_id, line, field)
    )`.execute(db);

  await sql`
    CREATE TABLE column_mappings (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL,
      name text NOT NULL,
      definition jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (agency_id, kind, name)
    )`.execute(db);

  await sql`
    CREATE TABLE call_records (
      agency_id uuid NOT NULL,
      import_id uuid NOT NULL,
      caller text NOT NULL,
      callee text NOT NULL,
      started_at timestamptz NOT NULL,
      duration_s integer NOT NULL,
      kind text NOT NULL,
      cell_id text,
      cell_lat double precision,
      cell_lon double precision
    )`.execute(db);
  await sql`CREATE INDEX call_records_caller_idx ON call_records (agency_id, caller, started_at)`.execute(db);
  await sql`CREATE INDEX call_records_callee_idx ON call_records (agency_id, callee, started_at)`.execute(db);
  await sql`CREATE INDEX call_records_import_idx ON call_records (import_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['call_records', 'column_mappings', 'import_bad_rows', 'import_jobs'])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)}`.execute(db);
}
