import { type Kysely, sql } from 'kysely';

// Corrections of execution-log entries (src/operations/log-corrections.ts), written on phones that may be offline.
// The entry itself never changes: each correction is a row of its own, numbered from 1 per entry. The unique
// (entry_id, revision) is what keeps two people correcting the same revision at once from both succeeding, on
// either engine: the second insert fails and is answered as a conflict. A trigger refuses changes, as for the
// custody chain. The scoped reader (row-security.ts) sees the rows of an operation to its current members only,
// as for the log.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE operation_log_corrections (
      id uuid PRIMARY KEY,
      entry_id uuid NOT NULL REFERENCES operation_log(id),
      operation_id uuid NOT NULL REFERENCES operations(id),
      revision integer NOT NULL CHECK (revision >= 1),
      text text NOT NULL,
      occurred_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      recorded_by uuid NOT NULL REFERENCES users(id),
      UNIQUE (entry_id, revision)
    )`.execute(db);
  await sql`CREATE INDEX operation_log_corrections_op_idx ON operation_log_corrections (operation_id)`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION operation_log_corrections_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'operation_log_corrections is append-only';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER operation_log_corrections_no_change
    BEFORE UPDATE OR DELETE OR TRUNCATE ON operation_log_corrections
    FOR EACH STATEMENT EXECUTE FUNCTION operation_log_corrections_append_only()`.execute(db);
  await sql`GRANT SELECT ON operation_log_corrections TO lantern_reader`.execute(db);
  await sql`ALTER TABLE operation_log_corrections ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`
    CREATE POLICY lantern_scope ON operation_log_corrections FOR SELECT TO lantern_reader
    USING (lantern_scope_member(operation_id))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS operation_log_corrections CASCADE`.execute(db);
  await sql`DROP FUNCTION IF EXISTS operation_log_corrections_append_only()`.execute(db);
}
