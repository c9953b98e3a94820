import { type Kysely, sql } from 'kysely';

// The person's identity on their protection case (names, birth date, nationality, contacts, documents, a photo),
// sealed as one value and read only by the caseworker and the colleagues they let in; keyed hashes of the
// document numbers and of name with birth date, so a person who comes back into the picture is recognised
// without any of it stored in clear; the case flagged when that happens.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_identities (
      case_id uuid PRIMARY KEY REFERENCES protection_cases(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      identity text NOT NULL,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE protection_identity_keys (
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL CHECK (kind IN ('document','name_birth')),
      key text NOT NULL,
      PRIMARY KEY (case_id, kind, key)
    )`.execute(db);
  await sql`CREATE INDEX protection_identity_keys_key_idx ON protection_identity_keys (agency_id, key)`.execute(
    db,
  );
  await sql`
    CREATE TABLE protection_case_access (
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      user_id uuid NOT NULL REFERENCES users(id),
      granted_by uuid NOT NULL REFERENCES users(id),
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, user_id)
    )`.execute(db);
  await sql`ALTER TABLE protection_cases DROP CONSTRAINT IF EXISTS protection_cases_retrafficking_flag_check`.execute(
    db,
  );
  await sql`ALTER TABLE protection_cases
    ADD CONSTRAINT protection_cases_retrafficking_flag_check
      CHECK (retrafficking_flag IN ('follow_up','identity_match')),
    ADD COLUMN earlier_case_id uuid REFERENCES protection_cases(id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE protection_cases DROP COLUMN IF EXISTS earlier_case_id`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_case_access`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_identity_keys`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_identities`.execute(db);
}
