import { type Kysely, sql } from 'kysely';

// The person's consent to share each item of their case with each agency, recorded separately, withdrawable;
// the shared reading of a case follows it at once (no copy is made: the receiving agency reads through it).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_consents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      item text NOT NULL CHECK (item IN ('pseudonym','exploitation','needs','services','victim_status')),
      recipient_agency_id uuid NOT NULL REFERENCES agencies(id),
      language text NOT NULL,
      given_at timestamptz NOT NULL DEFAULT now(),
      given_by uuid NOT NULL REFERENCES users(id),
      withdrawn_at timestamptz,
      withdrawn_by uuid REFERENCES users(id)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX protection_consents_live_idx ON protection_consents (case_id, item, recipient_agency_id)
    WHERE withdrawn_at IS NULL`.execute(db);
  await sql`CREATE INDEX protection_consents_recipient_idx ON protection_consents (recipient_agency_id)
    WHERE withdrawn_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS protection_consents`.execute(db);
}
