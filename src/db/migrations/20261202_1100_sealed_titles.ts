import { type Kysely, sql } from 'kysely';

// Report titles and provenance are sealed too (a title often repeats the report's first words; provenance says
// how the intelligence was obtained). Reports written before are marked and sealed at the next start.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE intel_reports ADD COLUMN needs_seal boolean NOT NULL DEFAULT false`.execute(db);
  await sql`UPDATE intel_reports SET needs_seal = true`.execute(db);
  await sql`CREATE INDEX intel_reports_needs_seal_idx ON intel_reports (needs_seal) WHERE needs_seal`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE intel_reports DROP COLUMN IF EXISTS needs_seal`.execute(db);
}
