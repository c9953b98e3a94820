import { type Kysely, sql } from 'kysely';

// Transfers of a protection case (and referrals for return) between agencies and countries, with the person's
// consent and only the items they agreed to share; each step recorded. A case opened by the receiving agency on
// accepting a transfer has no screening of its own: it names the transfer it came from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_transfers (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      kind text NOT NULL CHECK (kind IN ('return_to_origin','transfer_in_country','transfer_to_destination')),
      to_agency_id uuid REFERENCES agencies(id),
      to_organisation text,
      to_country text CHECK (to_country ~ '^[A-Z]{2}$'),
      country text CHECK (country ~ '^[A-Z]{2}$'),
      items text[] NOT NULL CHECK (items <@ ARRAY['pseudonym','age_group','sex','language','exploitation','needs',
        'services','return_plan_note']::text[]),
      consent_language text NOT NULL,
      note text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'sent'
        CHECK (status IN ('sent','accepted','declined','completed','cancelled')),
      completed_on date,
      receiving_case_id uuid REFERENCES protection_cases(id),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((to_agency_id IS NULL) <> (to_organisation IS NULL)),
      CHECK (to_organisation IS NULL OR to_country IS NOT NULL),
      CHECK (kind <> 'return_to_origin' OR country IS NOT NULL),
      CHECK ((status = 'completed') = (completed_on IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX protection_transfers_live_idx ON protection_transfers (case_id)
    WHERE status IN ('sent','accepted')`.execute(db);
  await sql`CREATE INDEX protection_transfers_case_idx ON protection_transfers (case_id, created_at)`.execute(
    db,
  );
  await sql`CREATE INDEX protection_transfers_to_idx ON protection_transfers (to_agency_id, created_at)
    WHERE to_agency_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE protection_transfer_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      transfer_id uuid NOT NULL REFERENCES protection_transfers(id),
      status text NOT NULL CHECK (status IN ('sent','accepted','declined','completed','cancelled')),
      on_date date,
      language text,
      by_user uuid NOT NULL REFERENCES users(id),
      by_agency uuid NOT NULL REFERENCES agencies(id),
      at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX protection_transfer_steps_idx ON protection_transfer_steps (transfer_id, at)`.execute(
    db,
  );
  await sql`ALTER TABLE protection_cases
    ALTER COLUMN screening_id DROP NOT NULL,
    ADD COLUMN transferred_from uuid REFERENCES protection_transfers(id)`.execute(db);
  await sql`ALTER TABLE protection_cases ADD CONSTRAINT protection_cases_origin_check
    CHECK (screening_id IS NOT NULL OR transferred_from IS NOT NULL)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE protection_cases DROP CONSTRAINT IF EXISTS protection_cases_origin_check`.execute(db);
  await sql`ALTER TABLE protection_cases DROP COLUMN IF EXISTS transferred_from,
    ALTER COLUMN screening_id SET NOT NULL`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_transfer_steps`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_transfers`.execute(db);
}
