import { type Kysely, sql } from 'kysely';

// Screening at the safe site: interviews, the directory of service providers, referrals made with consent, and
// indicator sets an agency adds of its own. Nothing here can hold an immigration-enforcement record.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE indicator_sets (
      id text NOT NULL,
      version text NOT NULL,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      definition jsonb NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, version)
    )`.execute(db);

  await sql`
    CREATE TABLE service_providers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid REFERENCES agencies(id),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('shelter','medical','legal','return_reintegration','labour_rights')),
      languages text[] NOT NULL DEFAULT '{}',
      area text NOT NULL DEFAULT '',
      accepts_children boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE screenings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      created_by uuid NOT NULL REFERENCES users(id),
      source text NOT NULL CHECK (source IN ('operation','tip','inspection','walk_in','hotline','shelter')),
      source_ref text,
      pseudonym text NOT NULL,
      place_kind text NOT NULL CHECK (place_kind IN ('shelter','interview_room','ngo_office','hospital','labour_office','other_safe_place')),
      place_description text NOT NULL,
      language text NOT NULL,
      interpreter jsonb NOT NULL,
      consent jsonb NOT NULL,
      age integer,
      age_doubtful boolean NOT NULL DEFAULT false,
      guardian_enc text,
      exploitation text NOT NULL CHECK (exploitation IN ('labour','sexual','forced_criminality','other')),
      set_id text NOT NULL,
      set_version text NOT NULL,
      answers jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL CHECK (status IN ('in_progress','completed')),
      evaluation jsonb,
      non_punishment boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      started_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX screenings_agency_idx ON screenings (agency_id, started_at DESC)`.execute(db);

  await sql`
    CREATE TABLE referrals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      screening_id uuid NOT NULL REFERENCES screenings(id),
      provider_id uuid NOT NULL REFERENCES service_providers(id),
      consent_given boolean NOT NULL CHECK (consent_given),
      consent_recorded_at timestamptz NOT NULL,
      shared_items text[] NOT NULL,
      note text NOT NULL DEFAULT '',
      status text NOT NULL CHECK (status IN ('sent','accepted','declined','in_service','closed')),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX referrals_screening_idx ON referrals (screening_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['referrals', 'screenings', 'service_providers', 'indicator_sets'])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)}`.execute(db);
}
