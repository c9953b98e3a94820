import { type Kysely, sql } from 'kysely';

// Reintegration: a plan per case (goals and the area the person lives in, sealed; the country; the start date),
// follow-ups due the agency's chosen days after it starts (30, 90, 180 and 365 unless set otherwise), and the
// case's flag for a risk of re-trafficking raised by a follow-up.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_reintegration_plans (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL UNIQUE REFERENCES protection_cases(id),
      goals text NOT NULL,
      country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      area text NOT NULL,
      started_on date NOT NULL,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE protection_follow_ups (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      due_days integer CHECK (due_days > 0),
      held_on date NOT NULL,
      contact text NOT NULL CHECK (contact IN ('reached','not_reached')),
      wellbeing text CHECK (wellbeing IN ('good','fair','poor','at_risk')),
      note text NOT NULL DEFAULT '',
      retrafficking_concern boolean NOT NULL,
      language text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((contact = 'reached') = (wellbeing IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX protection_follow_ups_case_idx ON protection_follow_ups (case_id, held_on)`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX protection_follow_ups_due_idx ON protection_follow_ups (case_id, due_days)
    WHERE due_days IS NOT NULL`.execute(db);
  await sql`ALTER TABLE protection_settings
    ADD COLUMN followup_days integer[] NOT NULL DEFAULT '{30,90,180,365}'`.execute(db);
  await sql`ALTER TABLE protection_cases
    ADD COLUMN retrafficking_flag text CHECK (retrafficking_flag IN ('follow_up')),
    ADD COLUMN retrafficking_flagged_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE protection_cases DROP COLUMN IF EXISTS retrafficking_flag,
    DROP COLUMN IF EXISTS retrafficking_flagged_at`.execute(db);
  await sql`ALTER TABLE protection_settings DROP COLUMN IF EXISTS followup_days`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_follow_ups`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_reintegration_plans`.execute(db);
}
