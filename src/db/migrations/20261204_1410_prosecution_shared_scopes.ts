import { type Kysely, sql } from 'kysely';

// What an agency disclosed, with an operation's case file, of the people and sites its picture ties to the people
// arrested: the scope proposals as they stood when it shared the file, for the prosecution agency it shared with.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE prosecution_shared_scopes (
      operation_id uuid NOT NULL REFERENCES operations(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      proposals jsonb NOT NULL,
      shared_by uuid NOT NULL REFERENCES users(id),
      shared_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (operation_id, agency_id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS prosecution_shared_scopes`.execute(db);
}
