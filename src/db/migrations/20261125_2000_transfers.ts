import { type Kysely, sql } from 'kysely';

// Bank, mobile-money and remittance transfers, imported like call records.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls','transfers'))`.execute(
    db,
  );
  await sql`
    CREATE TABLE transfers (
      agency_id uuid NOT NULL,
      import_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      channel text NOT NULL,
      from_account text NOT NULL,
      from_name text,
      to_account text NOT NULL,
      to_name text,
      amount numeric(19,4) NOT NULL CHECK (amount > 0),
      currency text NOT NULL,
      reference text
    )`.execute(db);
  await sql`CREATE INDEX transfers_from_idx ON transfers (agency_id, from_account, occurred_at)`.execute(db);
  await sql`CREATE INDEX transfers_to_idx ON transfers (agency_id, to_account, occurred_at)`.execute(db);
  await sql`CREATE INDEX transfers_import_idx ON transfers (import_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS transfers`.execute(db);
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls'))`.execute(
    db,
  );
}
