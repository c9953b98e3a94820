import { type Kysely, sql } from 'kysely';

// A case file in court: hearings (with their outcome and who took part, without identity), decisions per charge,
// sentences per conviction, appeals, the deadlines these set (an appeal period, a filing, a response awaited from
// abroad), and requests for mutual legal assistance to other countries with their status steps and links to the
// suspects or charges they concern. A victim-witness is tied to a protection case only while the person consents
// to share their pseudonym with the prosecution agency; the pseudonym itself is never copied here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE prosecution_hearings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      kind text NOT NULL CHECK (kind IN ('first_appearance','bail','pre_trial','trial','verdict','sentencing',
        'appeal_hearing')),
      scheduled_at timestamptz NOT NULL,
      court text NOT NULL,
      note text NOT NULL DEFAULT '',
      outcome text CHECK (outcome IS NULL OR outcome IN ('held','adjourned','cancelled')),
      outcome_note text NOT NULL DEFAULT '',
      outcome_by uuid REFERENCES users(id),
      outcome_at timestamptz,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((outcome IS NULL) = (outcome_at IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX prosecution_hearings_case_idx ON prosecution_hearings (case_id, scheduled_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_participants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      hearing_id uuid NOT NULL REFERENCES prosecution_hearings(id),
      role text NOT NULL CHECK (role IN ('victim_witness','witness','expert','officer')),
      n integer NOT NULL CHECK (n > 0),
      protection_case_id uuid REFERENCES protection_cases(id),
      measures jsonb NOT NULL DEFAULT '[]',
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (hearing_id, role, n),
      CHECK (protection_case_id IS NULL OR role = 'victim_witness')
    )`.execute(db);
  await sql`CREATE INDEX prosecution_participants_case_idx ON prosecution_participants (case_id, role)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      charge_id uuid NOT NULL REFERENCES prosecution_charges(id),
      hearing_id uuid REFERENCES prosecution_hearings(id),
      decision text NOT NULL CHECK (decision IN ('indicted','dropped','convicted','acquitted','convicted_lesser')),
      decided_on date NOT NULL,
      reason text,
      lesser_offence text,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((decision = 'dropped') = (reason IS NOT NULL)),
      CHECK ((decision = 'convicted_lesser') = (lesser_offence IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX prosecution_decisions_charge_idx ON prosecution_decisions (charge_id, recorded_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_sentences (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      charge_id uuid NOT NULL REFERENCES prosecution_charges(id),
      decision_id uuid NOT NULL REFERENCES prosecution_decisions(id),
      hearing_id uuid REFERENCES prosecution_hearings(id),
      sentenced_on date NOT NULL,
      prison_months integer NOT NULL CHECK (prison_months >= 0),
      suspended boolean NOT NULL DEFAULT false,
      fine numeric(18,2) CHECK (fine > 0),
      fine_currency text CHECK (fine_currency ~ '^[A-Z]{3}$'),
      compensation numeric(18,2) CHECK (compensation > 0),
      compensation_currency text CHECK (compensation_currency ~ '^[A-Z]{3}$'),
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((fine IS NULL) = (fine_currency IS NULL)),
      CHECK ((compensation IS NULL) = (compensation_currency IS NULL)),
      CHECK (NOT suspended OR prison_months > 0)
    )`.execute(db);
  await sql`CREATE INDEX prosecution_sentences_charge_idx ON prosecution_sentences (charge_id, recorded_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_appeals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      charge_id uuid NOT NULL REFERENCES prosecution_charges(id),
      decision_id uuid NOT NULL REFERENCES prosecution_decisions(id),
      appellant text NOT NULL CHECK (appellant IN ('prosecution','defence')),
      lodged_on date NOT NULL,
      decided_on date,
      result text CHECK (result IS NULL OR result IN ('dismissed','allowed','varied','withdrawn')),
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      decided_by uuid REFERENCES users(id),
      UNIQUE (decision_id, appellant),
      CHECK ((decided_on IS NULL) = (result IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX prosecution_appeals_case_idx ON prosecution_appeals (case_id)`.execute(db);
  await sql`
    CREATE TABLE prosecution_mla_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      n integer NOT NULL,
      to_country text NOT NULL CHECK (to_country ~ '^[A-Z]{2}$'),
      authority text NOT NULL,
      asks jsonb NOT NULL,
      note text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'drafted' CHECK (status IN ('drafted','sent','acknowledged','executed',
        'refused','withdrawn')),
      response_due_on date,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (case_id, n)
    )`.execute(db);
  await sql`
    CREATE TABLE prosecution_mla_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      request_id uuid NOT NULL REFERENCES prosecution_mla_requests(id),
      status text NOT NULL,
      occurred_on date NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX prosecution_mla_steps_idx ON prosecution_mla_steps (request_id, recorded_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_mla_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      request_id uuid NOT NULL REFERENCES prosecution_mla_requests(id),
      suspect_id uuid REFERENCES prosecution_suspects(id),
      charge_id uuid REFERENCES prosecution_charges(id),
      CHECK ((suspect_id IS NULL) <> (charge_id IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX prosecution_mla_links_idx ON prosecution_mla_links (request_id)`.execute(db);
  await sql`
    CREATE TABLE prosecution_deadlines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      kind text NOT NULL CHECK (kind IN ('appeal','mla_response','filing','disclosure','submissions')),
      due_on date NOT NULL,
      charge_id uuid REFERENCES prosecution_charges(id),
      decision_id uuid REFERENCES prosecution_decisions(id),
      hearing_id uuid REFERENCES prosecution_hearings(id),
      mla_request_id uuid REFERENCES prosecution_mla_requests(id),
      set_by uuid NOT NULL REFERENCES users(id),
      set_at timestamptz NOT NULL DEFAULT now(),
      closed_on date,
      closure text CHECK (closure IS NULL OR closure IN ('met','not_pursued','superseded')),
      closed_by uuid REFERENCES users(id),
      CHECK ((closed_on IS NULL) = (closure IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX prosecution_deadlines_due_idx ON prosecution_deadlines (agency_id, due_on)
    WHERE closed_on IS NULL`.execute(db);
  await sql`CREATE INDEX prosecution_deadlines_case_idx ON prosecution_deadlines (case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'prosecution_deadlines',
    'prosecution_mla_links',
    'prosecution_mla_steps',
    'prosecution_mla_requests',
    'prosecution_appeals',
    'prosecution_sentences',
    'prosecution_decisions',
    'prosecution_participants',
    'prosecution_hearings',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)}`.execute(db);
}
