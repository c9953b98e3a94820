import { type Kysely, sql } from 'kysely';

// Imports from the browser run as background jobs: a job waits 'queued' with its upload on disk until the
// server's runner takes it. The job keeps what the runner needs to run it again after a restart (the upload, the
// mapping, who asked), and its progress. A file already imported ends its job 'already_imported'.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_status_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_status_check CHECK (status IN ('queued','running','completed','already_imported','rejected','failed','interrupted'))`.execute(
    db,
  );
  await sql`ALTER TABLE import_jobs ADD COLUMN upload_path text`.execute(db);
  await sql`ALTER TABLE import_jobs ADD COLUMN requested_by uuid`.execute(db);
  await sql`ALTER TABLE import_jobs ADD COLUMN requested_kind text`.execute(db);
  await sql`ALTER TABLE import_jobs ADD COLUMN bytes_done bigint NOT NULL DEFAULT 0`.execute(db);
  await sql`ALTER TABLE import_jobs ADD COLUMN queued_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`CREATE INDEX import_jobs_waiting ON import_jobs (queued_at) WHERE status IN ('queued','running')`.execute(
    db,
  );
  await sql`CREATE INDEX import_jobs_agency ON import_jobs (agency_id, queued_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS import_jobs_agency`.execute(db);
  await sql`DROP INDEX IF EXISTS import_jobs_waiting`.execute(db);
  await sql`DELETE FROM import_bad_rows WHERE job_id IN (SELECT id FROM import_jobs WHERE status IN ('queued','already_imported'))`.execute(
    db,
  );
  await sql`DELETE FROM import_jobs WHERE status IN ('queued','already_imported')`.execute(db);
  for (const c of ['queued_at', 'bytes_done', 'requested_kind', 'requested_by', 'upload_path'])
    await sql`ALTER TABLE import_jobs DROP COLUMN ${sql.raw(c)}`.execute(db);
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_status_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_status_check CHECK (status IN ('running','completed','rejected','failed','interrupted'))`.execute(
    db,
  );
}
