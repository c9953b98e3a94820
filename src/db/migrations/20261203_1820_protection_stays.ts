import { type Kysely, sql } from 'kysely';

// Shelter stays: where, from when, whether the person is free to leave, and a court date the stay is tied to;
// the agency's thresholds (days) past which the caseworker and supervisors are warned.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_stays (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      place text NOT NULL,
      provider_id uuid REFERENCES service_providers(id),
      started_on date NOT NULL,
      ended_on date,
      free_to_leave boolean NOT NULL,
      court_date date,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ended_on IS NULL OR ended_on >= started_on)
    )`.execute(db);
  await sql`CREATE INDEX protection_stays_case_idx ON protection_stays (case_id)`.execute(db);
  await sql`CREATE INDEX protection_stays_open_idx ON protection_stays (agency_id) WHERE ended_on IS NULL`.execute(
    db,
  );
  await sql`
    CREATE TABLE protection_settings (
      agency_id uuid PRIMARY KEY REFERENCES agencies(id),
      stay_thresholds integer[] NOT NULL DEFAULT '{30,90}'
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS protection_settings`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_stays`.execute(db);
}
