import { type Kysely, sql } from 'kysely';

// Checkpoint records of people and vehicles crossing borders, imported like calls and transfers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls','transfers','crossings'))`.execute(
    db,
  );
  await sql`
    CREATE TABLE crossings (
      agency_id uuid NOT NULL,
      import_id uuid NOT NULL,
      crossed_at timestamptz NOT NULL,
      checkpoint_id text,
      checkpoint text NOT NULL,
      direction text NOT NULL CHECK (direction IN ('in','out')),
      traveller_name text NOT NULL,
      nationality text,
      date_of_birth text,
      document_type text,
      document_number text,
      vehicle_plate text
    )`.execute(db);
  await sql`CREATE INDEX crossings_time_idx ON crossings (agency_id, checkpoint, crossed_at)`.execute(db);
  await sql`CREATE INDEX crossings_plate_idx ON crossings (agency_id, vehicle_plate) WHERE vehicle_plate IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX crossings_import_idx ON crossings (import_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS crossings`.execute(db);
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls','transfers'))`.execute(
    db,
  );
}
