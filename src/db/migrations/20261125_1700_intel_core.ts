import { type Kysely, sql } from 'kysely';

// The rich picture's core: sources, graded reports (each item graded on its own), entities, and every fact and
// link with its provenance, so two sources can disagree and both stay visible.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE intel_sources (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      code text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('police_officer','informant','ngo','hotline','inspector','open_source')),
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (agency_id, code)
    )`.execute(db);

  await sql`
    CREATE TABLE intel_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      source_id uuid REFERENCES intel_sources(id),
      reported_on date NOT NULL,
      title text NOT NULL,
      handling text NOT NULL CHECK (handling IN ('P','C')),
      action_code text CHECK (action_code IN ('A1','A2','A3')),
      sanitisation_code text CHECK (sanitisation_code IN ('S1','S2')),
      tlp text CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER+STRICT','RED')),
      provenance text NOT NULL DEFAULT '',
      sanitised_from uuid REFERENCES intel_reports(id),
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (handling = 'P' OR action_code IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX intel_reports_agency_idx ON intel_reports (agency_id, reported_on DESC)`.execute(db);

  await sql`
    CREATE TABLE intel_report_items (
      report_id uuid NOT NULL REFERENCES intel_reports(id),
      n integer NOT NULL,
      text text NOT NULL,
      source_grade text NOT NULL CHECK (source_grade IN ('1','2','3')),
      info_grade text NOT NULL CHECK (info_grade IN ('A','B','C','D','E')),
      PRIMARY KEY (report_id, n)
    )`.execute(db);

  await sql`
    CREATE TABLE entities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      type text NOT NULL,
      label text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX entities_agency_idx ON entities (agency_id, type)`.execute(db);

  await sql`
    CREATE TABLE entity_facts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      entity_id uuid NOT NULL REFERENCES entities(id),
      attribute text NOT NULL,
      value text NOT NULL,
      report_id uuid REFERENCES intel_reports(id),
      import_id uuid REFERENCES import_jobs(id),
      source_grade text CHECK (source_grade IN ('1','2','3')),
      info_grade text CHECK (info_grade IN ('A','B','C','D','E')),
      asserted_at timestamptz NOT NULL DEFAULT now(),
      asserted_by uuid REFERENCES users(id)
    )`.execute(db);
  await sql`CREATE INDEX entity_facts_entity_idx ON entity_facts (entity_id, attribute)`.execute(db);

  await sql`
    CREATE TABLE entity_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      type text NOT NULL,
      from_id uuid NOT NULL REFERENCES entities(id),
      to_id uuid NOT NULL REFERENCES entities(id),
      report_id uuid REFERENCES intel_reports(id),
      import_id uuid REFERENCES import_jobs(id),
      source_grade text CHECK (source_grade IN ('1','2','3')),
      info_grade text CHECK (info_grade IN ('A','B','C','D','E')),
      asserted_at timestamptz NOT NULL DEFAULT now(),
      asserted_by uuid REFERENCES users(id),
      CHECK (from_id <> to_id)
    )`.execute(db);
  await sql`CREATE INDEX entity_links_from_idx ON entity_links (from_id)`.execute(db);
  await sql`CREATE INDEX entity_links_to_idx ON entity_links (to_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'entity_links',
    'entity_facts',
    'entities',
    'intel_report_items',
    'intel_reports',
    'intel_sources',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)}`.execute(db);
}
