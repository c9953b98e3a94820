import { type Kysely, sql } from 'kysely';

// Evaluation and capacity (src/outcomes/programmes*.ts, units*.ts): programmes with objectives measured against a
// cell of an indicator table, and an agency's specialist units with their roster (staff, with the days they joined
// and left), their training records, from which operations and cases are credited to the unit that did them.
// Staff names are the users' own; nothing here is about a victim.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outcome_programmes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      name text NOT NULL,
      funder text NOT NULL,
      starts_on date NOT NULL,
      ends_on date,
      filters jsonb NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on IS NULL OR ends_on >= starts_on)
    )`.execute(db);
  await sql`CREATE INDEX outcome_programmes_agency_idx ON outcome_programmes (agency_id)`.execute(db);
  await sql`
    CREATE TABLE outcome_programme_objectives (
      programme_id uuid NOT NULL REFERENCES outcome_programmes(id) ON DELETE CASCADE,
      position integer NOT NULL,
      description text NOT NULL,
      table_id text NOT NULL,
      cell_key jsonb NOT NULL,
      baseline integer NOT NULL CHECK (baseline >= 0),
      target integer NOT NULL CHECK (target >= 0),
      PRIMARY KEY (programme_id, position)
    )`.execute(db);
  await sql`
    CREATE TABLE outcome_units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      name text NOT NULL,
      kind text NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (agency_id, name)
    )`.execute(db);
  await sql`
    CREATE TABLE outcome_unit_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES outcome_units(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      user_id uuid NOT NULL REFERENCES users(id),
      joined_on date NOT NULL,
      left_on date,
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      CHECK (left_on IS NULL OR left_on >= joined_on)
    )`.execute(db);
  await sql`CREATE INDEX outcome_unit_members_unit_idx ON outcome_unit_members (unit_id)`.execute(db);
  await sql`CREATE INDEX outcome_unit_members_user_idx ON outcome_unit_members (user_id)`.execute(db);
  await sql`
    CREATE TABLE outcome_unit_trainings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES outcome_units(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      user_id uuid NOT NULL REFERENCES users(id),
      course text NOT NULL,
      provider text NOT NULL,
      completed_on date NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX outcome_unit_trainings_unit_idx ON outcome_unit_trainings (unit_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE outcome_unit_trainings`.execute(db);
  await sql`DROP TABLE outcome_unit_members`.execute(db);
  await sql`DROP TABLE outcome_units`.execute(db);
  await sql`DROP TABLE outcome_programme_objectives`.execute(db);
  await sql`DROP TABLE outcome_programmes`.execute(db);
}
