import { type Kysely, sql } from 'kysely';

// Banks' account-opening records (who holds an account, with their identity number and birth date) import like
// subscriber registers: they tie the names on each side of the transfers to the people the other sources know.
const KINDS = "'calls','transfers','crossings','tips','ftm','subscribers'";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql
    .raw(
      `ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN (${KINDS},'accounts'))`,
    )
    .execute(db);
  await sql`
    CREATE TABLE bank_accounts (
      agency_id uuid NOT NULL,
      import_id uuid NOT NULL,
      account text NOT NULL,
      bank text,
      holder_name text NOT NULL,
      id_number text,
      birth_date text,
      opened_on text
    )`.execute(db);
  await sql`CREATE INDEX bank_accounts_account_idx ON bank_accounts (agency_id, account)`.execute(db);
  await sql`CREATE INDEX bank_accounts_import_idx ON bank_accounts (import_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS bank_accounts`.execute(db);
  await sql`DELETE FROM import_bad_rows WHERE job_id IN (SELECT id FROM import_jobs WHERE kind = 'accounts')`.execute(
    db,
  );
  await sql`DELETE FROM import_jobs WHERE kind = 'accounts'`.execute(db);
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql
    .raw(`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN (${KINDS}))`)
    .execute(db);
}
