import { type Kysely, sql } from 'kysely';

// The protection case as a caseworker's work: its owner, the person's language, their own word on the status of
// victim; needs assessed by domain (history kept, the latest counts); services offered, then accepted or declined
// by the person, each step an event with who explained it and in which language. Notes are sealed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE protection_cases
    ADD COLUMN owner_id uuid REFERENCES users(id),
    ADD COLUMN victim_status text NOT NULL DEFAULT 'presumed' CHECK (victim_status IN ('presumed','declined')),
    ADD COLUMN victim_status_at timestamptz`.execute(db);
  await sql`
    CREATE TABLE protection_needs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      assessment_id uuid NOT NULL,
      domain text NOT NULL CHECK (domain IN ('safety','health','legal','shelter','family','money','documents')),
      level text NOT NULL CHECK (level IN ('none','some','serious','urgent')),
      note text NOT NULL DEFAULT '',
      language text NOT NULL,
      assessed_by uuid NOT NULL REFERENCES users(id),
      assessed_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX protection_needs_case_idx ON protection_needs (case_id, assessed_at)`.execute(db);
  await sql`
    CREATE TABLE protection_services (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      service text NOT NULL,
      status text NOT NULL CHECK (status IN ('offered','accepted','declined','withdrawn','completed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (case_id, service)
    )`.execute(db);
  await sql`
    CREATE TABLE protection_service_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      service_id uuid NOT NULL REFERENCES protection_services(id),
      status text NOT NULL,
      language text NOT NULL,
      note text NOT NULL DEFAULT '',
      by_user uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX protection_service_events_idx ON protection_service_events (service_id, at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS protection_service_events`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_services`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_needs`.execute(db);
  await sql`ALTER TABLE protection_cases DROP COLUMN IF EXISTS owner_id, DROP COLUMN IF EXISTS victim_status,
    DROP COLUMN IF EXISTS victim_status_at`.execute(db);
}
