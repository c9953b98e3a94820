import { type Kysely, sql } from 'kysely';

// Victims' words and intelligence text encrypted at rest (see src/access/sealing.ts). A migration cannot see the
// key, so rows written before this one are marked `needs_seal` and sealed by the application when it next
// starts (src/access/seal-pass.ts); new rows are sealed as they are written. A screening's operation becomes a
// column of its own, so its (sealed) source reference is never needed to find it. Report text is searched through
// keyed hashes of its words (intel_report_terms), never through the text.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE screenings ADD COLUMN source_operation_id uuid`.execute(db);
  await sql`
    UPDATE screenings SET source_operation_id = source_ref::uuid
    WHERE source = 'operation'
      AND source_ref ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`.execute(db);
  await sql`CREATE INDEX screenings_operation_idx ON screenings (source_operation_id)
    WHERE source_operation_id IS NOT NULL`.execute(db);
  for (const t of ['screenings', 'referrals', 'protection_cases', 'intel_report_items']) {
    await sql`ALTER TABLE ${sql.raw(t)} ADD COLUMN needs_seal boolean NOT NULL DEFAULT false`.execute(db);
    await sql`UPDATE ${sql.raw(t)} SET needs_seal = true`.execute(db);
    await sql`CREATE INDEX ${sql.raw(`${t}_needs_seal_idx`)} ON ${sql.raw(t)} (needs_seal) WHERE needs_seal`.execute(
      db,
    );
  }
  await sql`
    CREATE TABLE intel_report_terms (
      report_id uuid NOT NULL,
      n integer NOT NULL,
      term text NOT NULL,
      FOREIGN KEY (report_id, n) REFERENCES intel_report_items (report_id, n) ON DELETE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX intel_report_terms_term_idx ON intel_report_terms (term)`.execute(db);
  await sql`CREATE INDEX intel_report_terms_item_idx ON intel_report_terms (report_id, n)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS intel_report_terms`.execute(db);
  for (const t of ['screenings', 'referrals', 'protection_cases', 'intel_report_items'])
    await sql`ALTER TABLE ${sql.raw(t)} DROP COLUMN IF EXISTS needs_seal`.execute(db);
  await sql`ALTER TABLE screenings DROP COLUMN IF EXISTS source_operation_id`.execute(db);
}
