import { type Kysely, sql } from 'kysely';

// Tips from hotlines, NGOs and the public, imported in bulk like calls: free text in the caller's language, an
// approximate place, and the TLP marking the passing organisation gave them. Kept by the agency that imported them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls','transfers','crossings','tips','ftm'))`.execute(
    db,
  );
  await sql`
    CREATE TABLE tips (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      agency_id uuid NOT NULL,
      import_id uuid NOT NULL,
      tip_ref text,
      received_at timestamptz NOT NULL,
      channel text NOT NULL,
      language text,
      text text NOT NULL,
      place_hint text,
      lat double precision,
      lon double precision,
      tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER+STRICT','RED'))
    )`.execute(db);
  await sql`CREATE INDEX tips_time_idx ON tips (agency_id, received_at DESC)`.execute(db);
  await sql`CREATE INDEX tips_place_idx ON tips (agency_id, lat, lon) WHERE lat IS NOT NULL`.execute(db);
  await sql`CREATE INDEX tips_text_idx ON tips USING gin (text gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX tips_import_idx ON tips (import_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS tips`.execute(db);
  await sql`DELETE FROM import_bad_rows WHERE job_id IN (SELECT id FROM import_jobs WHERE kind = 'tips')`.execute(
    db,
  );
  await sql`DELETE FROM import_jobs WHERE kind = 'tips'`.execute(db);
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls','transfers','crossings','ftm'))`.execute(
    db,
  );
}
