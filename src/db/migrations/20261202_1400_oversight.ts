import { type Kysely, sql } from 'kysely';

// Oversight: the agencies whose audit log a coordination body's auditors review, as a system administrator set it
// (a row with no overseen agency: every agency). And looks at entities through bulk reads (an export, a search):
// the audit entry lists the entity ids returned under detail.entityIds, found by the leak review through this index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE agency_oversight (
    overseer_id uuid NOT NULL REFERENCES agencies(id),
    overseen_id uuid REFERENCES agencies(id),
    granted_by uuid REFERENCES users(id),
    granted_at timestamptz NOT NULL DEFAULT now(),
    CHECK (overseen_id IS NULL OR overseen_id <> overseer_id)
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX agency_oversight_key
    ON agency_oversight (overseer_id, coalesce(overseen_id, '00000000-0000-0000-0000-000000000000'))`.execute(
    db,
  );
  await sql`CREATE INDEX audit_log_entity_ids_idx ON audit_log USING gin ((detail -> 'entityIds'))
    WHERE detail ? 'entityIds'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS audit_log_entity_ids_idx`.execute(db);
  await sql`DROP TABLE IF EXISTS agency_oversight`.execute(db);
}
