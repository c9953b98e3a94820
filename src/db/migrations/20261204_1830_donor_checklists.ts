import { type Kysely, sql } from 'kysely';

// Donor checklists (src/outcomes/checklist*.ts): a funding proposal (title, the place it names, the intervention
// it proposes, its funding and duration) assessed question by question, the answers and judgements kept as one
// JSON list in the checklist's order. No personal data: the figures it links to are computed when it is read.
// Held by the agency of the person who wrote it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE donor_checklists (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      title text NOT NULL,
      country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      province text,
      intervention text NOT NULL,
      funding text NOT NULL,
      duration_months integer NOT NULL CHECK (duration_months BETWEEN 1 AND 240),
      answers jsonb NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX donor_checklists_agency_idx ON donor_checklists (agency_id, updated_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE donor_checklists`.execute(db);
}
