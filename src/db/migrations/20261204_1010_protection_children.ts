import { type Kysely, sql } from 'kysely';

// A child's protection: the guardian appointed, the best-interests assessment and determination (each approved by
// a second caseworker), family tracing and the family's assessment before any return, and the child's own views.
// Names and words are sealed in `detail`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_child_steps (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      kind text NOT NULL CHECK (kind IN ('guardian','best_interests_assessment','best_interests_determination',
        'family_tracing','family_assessment','child_views')),
      outcome text,
      detail text NOT NULL,
      language text NOT NULL,
      occurred_on date NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      approved_by uuid REFERENCES users(id),
      approved_at timestamptz,
      CHECK (approved_by IS NULL OR approved_by <> recorded_by)
    )`.execute(db);
  await sql`CREATE INDEX protection_child_steps_case_idx ON protection_child_steps (case_id, recorded_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS protection_child_steps`.execute(db);
}
