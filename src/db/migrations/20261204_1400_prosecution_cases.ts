import { type Kysely, sql } from 'kysely';

// Prosecution case files: opened from intelligence or from a concluded operation shared with the agency; their
// suspects (with the role each played, and cooperation or confession as dated steps), the charges laid on each
// with the legal elements to prove (copied from the offence catalogue when the charge is laid), the evidence items
// and which element each one goes to. A case is its agency's only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE SEQUENCE prosecution_case_ref_seq`.execute(db);
  await sql`
    CREATE TABLE prosecution_cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      ref text NOT NULL UNIQUE,
      title text NOT NULL,
      origin text NOT NULL CHECK (origin IN ('intelligence','operation')),
      operation_id uuid REFERENCES operations(id),
      site_entity_id uuid REFERENCES entities(id),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((origin = 'operation') = (operation_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX prosecution_cases_operation_idx ON prosecution_cases (agency_id, operation_id)
    WHERE operation_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX prosecution_cases_agency_idx ON prosecution_cases (agency_id, created_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_suspects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      label text NOT NULL,
      entity_id uuid REFERENCES entities(id),
      role text CHECK (role IS NULL OR role IN ('recruiter','broker','transporter','site_owner','supervisor',
        'guard','money_collector','protecting_official')),
      arrested boolean NOT NULL DEFAULT false,
      arrest_entry_id uuid REFERENCES operation_log(id),
      arrested_at timestamptz,
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX prosecution_suspects_entity_idx ON prosecution_suspects (case_id, entity_id)
    WHERE entity_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX prosecution_suspects_case_idx ON prosecution_suspects (case_id)`.execute(db);
  await sql`
    CREATE TABLE prosecution_suspect_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      suspect_id uuid NOT NULL REFERENCES prosecution_suspects(id),
      kind text NOT NULL CHECK (kind IN ('cooperating','cooperation_ended','confessed','confession_retracted')),
      occurred_on date NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX prosecution_suspect_steps_idx ON prosecution_suspect_steps (suspect_id, recorded_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_charges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      suspect_id uuid NOT NULL REFERENCES prosecution_suspects(id),
      country text NOT NULL,
      offence_code text NOT NULL,
      victims text NOT NULL CHECK (victims IN ('adults','children','both')),
      adult_victims_sex text CHECK (adult_victims_sex IS NULL OR adult_victims_sex IN ('female','male','mixed')),
      elements jsonb NOT NULL,
      laid_by uuid NOT NULL REFERENCES users(id),
      laid_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (suspect_id, offence_code)
    )`.execute(db);
  await sql`CREATE INDEX prosecution_charges_case_idx ON prosecution_charges (case_id)`.execute(db);
  await sql`
    CREATE TABLE prosecution_evidence (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      n integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('exhibit','intelligence_report','victim_statement','witness_statement',
        'suspect_statement','financial_analysis','call_records','crossing_records','surveillance',
        'inspection_report','seized_document')),
      description text NOT NULL,
      exhibit_id uuid REFERENCES exhibits(id),
      report_id uuid REFERENCES intel_reports(id),
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (case_id, n),
      CHECK ((kind = 'exhibit') = (exhibit_id IS NOT NULL)),
      CHECK ((kind = 'intelligence_report') = (report_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX prosecution_evidence_exhibit_idx ON prosecution_evidence (case_id, exhibit_id)
    WHERE exhibit_id IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX prosecution_evidence_report_idx ON prosecution_evidence (case_id, report_id)
    WHERE report_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE prosecution_element_links (
      charge_id uuid NOT NULL REFERENCES prosecution_charges(id),
      element_code text NOT NULL,
      evidence_id uuid NOT NULL REFERENCES prosecution_evidence(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      linked_by uuid NOT NULL REFERENCES users(id),
      linked_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (charge_id, element_code, evidence_id)
    )`.execute(db);
  await sql`CREATE INDEX prosecution_element_links_evidence_idx ON prosecution_element_links (evidence_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'prosecution_element_links',
    'prosecution_evidence',
    'prosecution_charges',
    'prosecution_suspect_steps',
    'prosecution_suspects',
    'prosecution_cases',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)}`.execute(db);
  await sql`DROP SEQUENCE IF EXISTS prosecution_case_ref_seq`.execute(db);
}
