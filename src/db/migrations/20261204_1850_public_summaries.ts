import { type Kysely, sql } from 'kysely';

// Public summaries of concluded operations and prosecution cases for the press: figures and outcomes only, drafted
// by one member of the agency that holds the operation or case, approved by a second, then released. The figures
// are frozen with the draft; the text is checked against the identities it must never hold.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE public_summaries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL CHECK (kind IN ('operation','case')),
      subject_id uuid NOT NULL,
      headline text NOT NULL,
      body text NOT NULL,
      figures jsonb NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','approved','released','withdrawn')),
      drafted_by uuid NOT NULL REFERENCES users(id),
      drafted_at timestamptz NOT NULL DEFAULT now(),
      approved_by uuid REFERENCES users(id),
      approved_at timestamptz,
      released_at timestamptz,
      withdrawn_reason text,
      CHECK (approved_by IS NULL OR approved_by <> drafted_by)
    )`.execute(db);
  await sql`CREATE INDEX public_summaries_subject_idx ON public_summaries (kind, subject_id)`.execute(db);
  await sql`CREATE INDEX public_summaries_released_idx ON public_summaries (released_at) WHERE status = 'released'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS public_summaries`.execute(db);
}
