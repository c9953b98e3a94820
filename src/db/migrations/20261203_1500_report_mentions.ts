import { type Kysely, sql } from 'kysely';

// Reports tied to the entities they name. A report's items are sealed at rest, so the mentions are found where
// the text is in clear (src/intel/mentions.ts): when the report is written, and at start-up for reports whose
// mentions were found by an earlier version of the finder (or never). Only ids are stored, never the words
// matched. report_mention_runs records which version of the finder ran over each report, so that each report is
// read again once when the finder changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_mentions (
      report_id uuid NOT NULL REFERENCES intel_reports(id) ON DELETE CASCADE,
      n integer NOT NULL,
      entity_id uuid NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL,
      PRIMARY KEY (report_id, n, entity_id)
    )`.execute(db);
  await sql`CREATE INDEX report_mentions_entity ON report_mentions (entity_id, report_id)`.execute(db);
  await sql`
    CREATE TABLE report_mention_runs (
      report_id uuid PRIMARY KEY REFERENCES intel_reports(id) ON DELETE CASCADE,
      version integer NOT NULL,
      ran_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE report_mention_runs`.execute(db);
  await sql`DROP TABLE report_mentions`.execute(db);
}
