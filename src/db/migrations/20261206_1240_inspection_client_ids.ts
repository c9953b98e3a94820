import { type Kysely, sql } from 'kysely';

// A labour inspection recorded on a phone without a connection (the field kit's outbox) is sent later, perhaps
// twice (src/monitoring/inspection-sync.ts): the visit and the findings keep the id the phone gave the last of
// each taken, so that the same one sent again is answered as recorded and changes nothing; the findings carry a
// revision, raised at each save, that a save names as its base (one based on an older revision is refused), and
// when and by whom they were last saved (the time the phone saved them, not when they arrived). An interview's
// id is made by the phone itself (the row's own id).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE labour_inspections
              ADD COLUMN visit_client_id uuid,
              ADD COLUMN findings_revision integer NOT NULL DEFAULT 0,
              ADD COLUMN findings_client_id uuid,
              ADD COLUMN findings_at timestamptz,
              ADD COLUMN findings_by uuid REFERENCES users(id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE labour_inspections
              DROP COLUMN findings_by,
              DROP COLUMN findings_at,
              DROP COLUMN findings_client_id,
              DROP COLUMN findings_revision,
              DROP COLUMN visit_client_id`.execute(db);
}
