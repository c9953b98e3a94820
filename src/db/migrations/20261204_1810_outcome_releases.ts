import { type Kysely, sql } from 'kysely';

// Releases of aggregate figures (src/outcomes/releases*.ts): a set of tables published at one time, stored exactly
// as released (hidden figures as null) with the report of what was hidden and why, the k used and, in the
// differentially private mode, the ε spent. Prepared by one person, made public by a second (never the same: a
// check); once public, a release and its tables can no longer change (triggers).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outcome_releases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL,
      k integer NOT NULL CHECK (k >= 2),
      epsilon double precision CHECK (epsilon IS NULL OR epsilon > 0),
      filters jsonb NOT NULL,
      report jsonb NOT NULL,
      status text NOT NULL DEFAULT 'prepared' CHECK (status IN ('prepared','public')),
      prepared_by uuid NOT NULL REFERENCES users(id),
      prepared_agency uuid NOT NULL REFERENCES agencies(id),
      prepared_at timestamptz NOT NULL DEFAULT now(),
      approved_by uuid REFERENCES users(id),
      approved_at timestamptz,
      CHECK ((status = 'public') = (approved_by IS NOT NULL AND approved_at IS NOT NULL)),
      CHECK (approved_by IS NULL OR approved_by <> prepared_by)
    )`.execute(db);
  await sql`CREATE INDEX outcome_releases_status_idx ON outcome_releases (status, approved_at)`.execute(db);
  await sql`
    CREATE TABLE outcome_release_tables (
      release_id uuid NOT NULL REFERENCES outcome_releases(id),
      position integer NOT NULL,
      table_id text NOT NULL,
      published jsonb NOT NULL,
      PRIMARY KEY (release_id, position)
    )`.execute(db);
  await sql`CREATE INDEX outcome_release_tables_table_idx ON outcome_release_tables (table_id)`.execute(db);
  await sql`
    CREATE FUNCTION outcome_release_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_TABLE_NAME = 'outcome_release_tables' THEN
        RAISE EXCEPTION 'a release''s tables are stored as released and cannot change';
      END IF;
      IF TG_OP = 'DELETE' OR OLD.status = 'public' THEN
        RAISE EXCEPTION 'a public release cannot change';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER outcome_releases_frozen BEFORE UPDATE OR DELETE ON outcome_releases
    FOR EACH ROW EXECUTE FUNCTION outcome_release_frozen()`.execute(db);
  await sql`
    CREATE TRIGGER outcome_release_tables_frozen BEFORE UPDATE OR DELETE ON outcome_release_tables
    FOR EACH ROW EXECUTE FUNCTION outcome_release_frozen()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE outcome_release_tables`.execute(db);
  await sql`DROP TABLE outcome_releases`.execute(db);
  await sql`DROP FUNCTION outcome_release_frozen()`.execute(db);
}
