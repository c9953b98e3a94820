import { type Kysely, sql } from 'kysely';

// Intervention decisions: the assessment, the recommendation with its reasons, the named decider, the approver
// (someone else), and any dissent, kept beside the decision.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE intervention_decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      target_entity_id uuid REFERENCES entities(id),
      target_label text NOT NULL,
      assessment jsonb NOT NULL,
      recommendation text NOT NULL,
      reasons jsonb NOT NULL,
      cautions jsonb NOT NULL,
      decision text NOT NULL CHECK (decision IN ('immediate_rescue','planned_raid_and_rescue','labour_inspection','intelligence_build_up','community_monitoring')),
      rationale text NOT NULL,
      decided_by uuid NOT NULL REFERENCES users(id),
      decided_at timestamptz NOT NULL DEFAULT now(),
      status text NOT NULL CHECK (status IN ('awaiting_approval','approved','rejected')),
      approver_id uuid REFERENCES users(id),
      approved_at timestamptz,
      approval_note text,
      CHECK (approver_id IS NULL OR approver_id <> decided_by)
    )`.execute(db);
  await sql`
    CREATE TABLE decision_dissents (
      decision_id uuid NOT NULL REFERENCES intervention_decisions(id),
      user_id uuid NOT NULL REFERENCES users(id),
      text text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS decision_dissents`.execute(db);
  await sql`DROP TABLE IF EXISTS intervention_decisions`.execute(db);
}
