import { type Kysely, sql } from 'kysely';

// The phone numbers of a victim's family, as a hotline learns them: a relative calls to report a person missing or
// held, and the operator records the number the family is reached on (theirs, or another relative's) and how they
// are related, beside the tip. The number is sealed (src/access/sealing.ts): only a reader of the tip's agency
// unseals it, to look for the numbers that call families at night (src/intel/network/night-family-calls.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE family_numbers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      tip_id bigint NOT NULL REFERENCES tips(id),
      relation text NOT NULL CHECK (relation IN ('parent','spouse','sibling','child','other_relative')),
      number text NOT NULL,
      recorded_by uuid REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX family_numbers_agency_idx ON family_numbers (agency_id, tip_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS family_numbers`.execute(db);
}
