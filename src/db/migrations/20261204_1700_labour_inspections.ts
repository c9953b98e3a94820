import { type Kysely, sql } from 'kysely';

// Labour inspections (src/monitoring/inspection*.ts): planned, unannounced and follow-up visits to workplaces by a
// labour agency, with a ref LI-<year>-<n> per agency; the inspectors on each and their statement of no interest in
// the workplace (a visit is recorded only once every inspector on it has so stated); the inspectors' register of
// declared interests; the workers present (counts) and interviewed (a sealed code or pseudonym each); findings on a
// stored indicator set named by id and version and on labour-law breaches; outcomes; and workers referred to an
// agency that screens, taken up when a screening starts from the referral.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE labour_inspection_counters (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      year integer NOT NULL,
      n integer NOT NULL,
      PRIMARY KEY (agency_id, year)
    )`.execute(db);
  await sql`
    CREATE TABLE labour_inspections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      ref text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('planned','unannounced','follow_up')),
      follows_id uuid REFERENCES labour_inspections(id),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','visited','closed')),
      planned_on date NOT NULL,
      visited_on date,
      workplace_name text NOT NULL,
      sector text NOT NULL,
      employer text NOT NULL DEFAULT '',
      address text NOT NULL DEFAULT '',
      lat double precision CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
      lon double precision CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
      country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      workers_female integer CHECK (workers_female IS NULL OR workers_female >= 0),
      workers_male integer CHECK (workers_male IS NULL OR workers_male >= 0),
      workers_other integer CHECK (workers_other IS NULL OR workers_other >= 0),
      workers_under18 integer CHECK (workers_under18 IS NULL OR workers_under18 >= 0),
      workers_migrant integer CHECK (workers_migrant IS NULL OR workers_migrant >= 0),
      set_id text,
      set_version text,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      visited_by uuid REFERENCES users(id),
      closed_at timestamptz,
      closed_by uuid REFERENCES users(id),
      UNIQUE (agency_id, ref),
      CHECK ((kind = 'follow_up') = (follows_id IS NOT NULL)),
      CHECK ((lat IS NULL) = (lon IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX labour_inspections_agency_idx ON labour_inspections (agency_id, status)`.execute(db);
  await sql`CREATE INDEX labour_inspections_follows_idx ON labour_inspections (follows_id)`.execute(db);
  await sql`
    CREATE TABLE labour_inspection_inspectors (
      inspection_id uuid NOT NULL REFERENCES labour_inspections(id),
      user_id uuid NOT NULL REFERENCES users(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      statement text CHECK (statement IS NULL OR statement IN ('no_interest','conflict')),
      stated_at timestamptz,
      removed_at timestamptz,
      removed_reason text CHECK (removed_reason IS NULL OR removed_reason IN ('conflict_declared')),
      PRIMARY KEY (inspection_id, user_id)
    )`.execute(db);
  await sql`
    CREATE TABLE inspector_interests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      user_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL CHECK (kind IN ('business','relative','ownership','other')),
      description text NOT NULL,
      declared_on date NOT NULL,
      withdrawn_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX inspector_interests_user_idx ON inspector_interests (user_id)`.execute(db);
  await sql`
    CREATE TABLE labour_inspection_interviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      inspection_id uuid NOT NULL REFERENCES labour_inspections(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      code text NOT NULL,
      private boolean NOT NULL,
      language text NOT NULL,
      interpreter boolean NOT NULL,
      sex text NOT NULL CHECK (sex IN ('female','male','other','undisclosed')),
      under18 boolean NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX labour_inspection_interviews_idx ON labour_inspection_interviews (inspection_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE labour_inspection_findings (
      inspection_id uuid NOT NULL REFERENCES labour_inspections(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      indicator_id text NOT NULL,
      answer text NOT NULL CHECK (answer IN ('observed','not_observed','not_checked')),
      workers integer NOT NULL DEFAULT 0 CHECK (workers >= 0),
      observation text NOT NULL DEFAULT '',
      PRIMARY KEY (inspection_id, indicator_id)
    )`.execute(db);
  await sql`
    CREATE TABLE labour_inspection_breaches (
      inspection_id uuid NOT NULL REFERENCES labour_inspections(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      breach text NOT NULL,
      workers integer NOT NULL DEFAULT 0 CHECK (workers >= 0),
      note text NOT NULL DEFAULT '',
      PRIMARY KEY (inspection_id, breach)
    )`.execute(db);
  await sql`
    CREATE TABLE labour_inspection_outcomes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      inspection_id uuid NOT NULL REFERENCES labour_inspections(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL CHECK (kind IN ('improvement_order','closure','police_referral','screening_referral',
        'warning','no_breach')),
      items text NOT NULL DEFAULT '',
      deadline date,
      note text NOT NULL DEFAULT '',
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'improvement_order') = (deadline IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX labour_inspection_outcomes_idx ON labour_inspection_outcomes (inspection_id)`.execute(
    db,
  );
  await sql`CREATE INDEX labour_inspection_orders_idx ON labour_inspection_outcomes (agency_id, deadline)
    WHERE kind = 'improvement_order'`.execute(db);
  await sql`
    CREATE TABLE labour_inspection_referrals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      inspection_id uuid NOT NULL REFERENCES labour_inspections(id),
      outcome_id uuid NOT NULL REFERENCES labour_inspection_outcomes(id),
      interview_id uuid NOT NULL REFERENCES labour_inspection_interviews(id),
      from_agency_id uuid NOT NULL REFERENCES agencies(id),
      to_agency_id uuid NOT NULL REFERENCES agencies(id),
      details text NOT NULL,
      reason text NOT NULL,
      screening_id uuid REFERENCES screenings(id),
      taken_up_at timestamptz,
      taken_up_by uuid REFERENCES users(id),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (interview_id, to_agency_id)
    )`.execute(db);
  await sql`CREATE INDEX labour_inspection_referrals_to_idx ON labour_inspection_referrals (to_agency_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'labour_inspection_referrals',
    'labour_inspection_outcomes',
    'labour_inspection_breaches',
    'labour_inspection_findings',
    'labour_inspection_interviews',
    'inspector_interests',
    'labour_inspection_inspectors',
    'labour_inspections',
    'labour_inspection_counters',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
}
