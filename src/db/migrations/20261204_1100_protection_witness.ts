import { type Kysely, sql } from 'kysely';

// Witness support without pressure: the person's stance on cooperating with a prosecution, as a history of steps
// (nothing else reads it: services, stays and every other record stand whatever it says), and the support measures
// asked for them — permits, protection, hearing support, travel and subsistence — each with its status steps.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_cooperation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      stance text NOT NULL CHECK (stance IN ('not_asked','considering','cooperating','declined')),
      discussed_on date NOT NULL,
      language text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`.execute(db);
  await sql`CREATE INDEX protection_cooperation_case_idx ON protection_cooperation (case_id)`.execute(db);
  await sql`
    CREATE TABLE protection_witness_measures (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      kind text NOT NULL CHECK (kind IN ('temporary_stay_permit','work_permit','family_kept_together',
        'witness_protection','reprisal_risk_family','hearing_support','travel','subsistence')),
      status text NOT NULL CHECK (status IN ('requested','granted','refused','expired','provided')),
      valid_until date,
      reprisal_level text CHECK (reprisal_level IN ('none','some','serious','urgent')),
      reprisal_country text CHECK (reprisal_country ~ '^[A-Z]{2}$'),
      hearing_on date,
      hearing_support text[],
      amount numeric(18,2) CHECK (amount > 0),
      currency text CHECK (currency ~ '^[A-Z]{3}$'),
      paid_on date,
      note text NOT NULL DEFAULT '',
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CHECK ((amount IS NULL) = (currency IS NULL)),
      CHECK (kind NOT IN ('temporary_stay_permit','work_permit') OR valid_until IS NOT NULL),
      CHECK (kind NOT IN ('travel','subsistence') OR amount IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX protection_witness_measures_case_idx ON protection_witness_measures (case_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE protection_witness_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      measure_id uuid NOT NULL REFERENCES protection_witness_measures(id),
      status text NOT NULL,
      valid_until date,
      paid_on date,
      by_user uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`.execute(db);
  await sql`CREATE INDEX protection_witness_steps_measure_idx ON protection_witness_steps (measure_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS protection_witness_steps`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_witness_measures`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_cooperation`.execute(db);
}
