import { type Kysely, sql } from 'kysely';

// The start of the protection track: a presumed victim's case, opened when their screening is completed, under
// the screening's pseudonym. Services, consent and compensation are recorded against it by the protection module.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      screening_id uuid NOT NULL UNIQUE REFERENCES screenings(id),
      pseudonym text NOT NULL,
      exploitation text,
      child boolean NOT NULL,
      status text NOT NULL CHECK (status IN ('open','closed')),
      opened_at timestamptz NOT NULL DEFAULT now(),
      opened_by uuid NOT NULL REFERENCES users(id)
    )`.execute(db);
  await sql`CREATE INDEX protection_cases_agency_idx ON protection_cases (agency_id, opened_at DESC)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS protection_cases`.execute(db);
}
