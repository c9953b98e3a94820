import { type Kysely, sql } from 'kysely';

// The evidence register and its chain of custody. Custody entries are append-only (a trigger refuses changes)
// and hash-chained per exhibit, with the chain's head kept on the exhibit and in the audit log, so an entry
// edited or removed behind the application's back is detected.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE exhibits (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ref text NOT NULL UNIQUE,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      operation_id uuid REFERENCES operations(id),
      nature text NOT NULL CHECK (nature IN ('physical','digital')),
      category text NOT NULL,
      description text NOT NULL,
      collected_by uuid NOT NULL REFERENCES users(id),
      collected_at timestamptz NOT NULL,
      collected_where text NOT NULL,
      seal_number text,
      hash_algorithm text CHECK (hash_algorithm IS NULL OR hash_algorithm = 'sha256'),
      digital_hash text,
      state text NOT NULL,
      custodian text NOT NULL,
      custodian_user_id uuid REFERENCES users(id),
      location text NOT NULL,
      custody_count integer NOT NULL,
      custody_head text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((nature = 'digital') = (digital_hash IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX exhibits_operation_idx ON exhibits (operation_id)`.execute(db);
  await sql`CREATE SEQUENCE exhibit_ref_seq`.execute(db);

  await sql`
    CREATE TABLE custody_events (
      exhibit_id uuid NOT NULL REFERENCES exhibits(id),
      seq integer NOT NULL,
      action text NOT NULL,
      from_custodian text,
      to_custodian text NOT NULL,
      to_user_id uuid REFERENCES users(id),
      purpose text NOT NULL,
      authority text NOT NULL,
      method text NOT NULL,
      place text NOT NULL,
      at timestamptz NOT NULL,
      hash_observed text,
      hash_matches boolean,
      note text NOT NULL DEFAULT '',
      recorded_by uuid NOT NULL REFERENCES users(id),
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (exhibit_id, seq)
    )`.execute(db);
  await sql`
    CREATE FUNCTION custody_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'custody_events is append-only';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER custody_events_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON custody_events
    FOR EACH STATEMENT EXECUTE FUNCTION custody_events_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS custody_events CASCADE`.execute(db);
  await sql`DROP FUNCTION IF EXISTS custody_events_append_only()`.execute(db);
  await sql`DROP SEQUENCE IF EXISTS exhibit_ref_seq`.execute(db);
  await sql`DROP TABLE IF EXISTS exhibits CASCADE`.execute(db);
}
