import { type Kysely, sql } from 'kysely';

// Who is who. Subscriber registers (who a phone is registered to) import like calls. Every record that names a
// person (a subscriber, an account holder, a traveller, a registry's owner, an entity an analyst made) becomes a
// person record; resolution groups person records into person entities without changing them. Scored pairs keep
// their explanation; analysts' decisions on pairs are kept, reversible, and bind later runs.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check
    CHECK (kind IN ('calls','transfers','crossings','tips','ftm','subscribers'))`.execute(db);
  await sql`
    CREATE TABLE subscribers (
      agency_id uuid NOT NULL,
      import_id uuid NOT NULL,
      subscriber_ref text,
      phone text NOT NULL,
      provider text,
      registered_name text NOT NULL,
      id_number text,
      registered_on text
    )`.execute(db);
  await sql`CREATE INDEX subscribers_phone_idx ON subscribers (agency_id, phone)`.execute(db);
  await sql`CREATE INDEX subscribers_import_idx ON subscribers (import_id)`.execute(db);

  // What resolution made (person, phone, account… entities and their links) it may remake on the next run;
  // what analysts and imports asserted it never touches.
  await sql`ALTER TABLE entities ADD COLUMN origin text`.execute(db);
  await sql`ALTER TABLE entity_links ADD COLUMN origin text`.execute(db);
  await sql`CREATE INDEX entity_links_origin_idx ON entity_links (agency_id, origin) WHERE origin IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE person_records (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL,
      kind text NOT NULL DEFAULT 'person' CHECK (kind IN ('person','organisation')),
      source text NOT NULL,
      source_ref text NOT NULL,
      import_id uuid,
      name text NOT NULL,
      birth_date text,
      phone text,
      document text,
      account text,
      plate text,
      nationality text,
      sex text,
      site_id uuid,
      rows integer NOT NULL DEFAULT 1,
      entity_id uuid REFERENCES entities(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (agency_id, source, source_ref)
    )`.execute(db);
  await sql`CREATE INDEX person_records_entity_idx ON person_records (agency_id, entity_id)`.execute(db);

  await sql`
    CREATE TABLE resolution_pairs (
      agency_id uuid NOT NULL,
      record_a uuid NOT NULL REFERENCES person_records(id) ON DELETE CASCADE,
      record_b uuid NOT NULL REFERENCES person_records(id) ON DELETE CASCADE,
      probability double precision NOT NULL,
      weight double precision NOT NULL,
      band text NOT NULL CHECK (band IN ('match','review','low')),
      explanation jsonb NOT NULL,
      impact double precision NOT NULL DEFAULT 0,
      scored_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (record_a, record_b),
      CHECK (record_a < record_b)
    )`.execute(db);
  await sql`CREATE INDEX resolution_pairs_band_idx ON resolution_pairs (agency_id, band, impact DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX resolution_pairs_b_idx ON resolution_pairs (record_b)`.execute(db);

  await sql`
    CREATE TABLE resolution_decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL,
      record_a uuid NOT NULL REFERENCES person_records(id) ON DELETE CASCADE,
      record_b uuid NOT NULL REFERENCES person_records(id) ON DELETE CASCADE,
      decision text NOT NULL CHECK (decision IN ('same','different')),
      note text NOT NULL DEFAULT '',
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz NOT NULL DEFAULT now(),
      undone_by uuid REFERENCES users(id),
      undone_at timestamptz,
      CHECK (record_a < record_b)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX resolution_decisions_live ON resolution_decisions (record_a, record_b)
    WHERE undone_at IS NULL`.execute(db);
  await sql`CREATE INDEX resolution_decisions_agency_idx ON resolution_decisions (agency_id, decided_at DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE resolution_models (
      agency_id uuid PRIMARY KEY,
      model jsonb NOT NULL,
      records integer NOT NULL,
      trained_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS resolution_models`.execute(db);
  await sql`DROP TABLE IF EXISTS resolution_decisions`.execute(db);
  await sql`DROP TABLE IF EXISTS resolution_pairs`.execute(db);
  await sql`DROP TABLE IF EXISTS person_records`.execute(db);
  await sql`DROP TABLE IF EXISTS subscribers`.execute(db);
  await sql`DROP INDEX IF EXISTS entity_links_origin_idx`.execute(db);
  await sql`ALTER TABLE entity_links DROP COLUMN IF EXISTS origin`.execute(db);
  await sql`ALTER TABLE entities DROP COLUMN IF EXISTS origin`.execute(db);
  await sql`DELETE FROM import_bad_rows WHERE job_id IN (SELECT id FROM import_jobs WHERE kind = 'subscribers')`.execute(
    db,
  );
  await sql`DELETE FROM import_jobs WHERE kind = 'subscribers'`.execute(db);
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check
    CHECK (kind IN ('calls','transfers','crossings','tips','ftm'))`.execute(db);
}
