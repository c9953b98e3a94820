import { type Kysely, sql } from 'kysely';

// Compensation and justice: each claim the person makes (labour, civil in the criminal case, an order on
// conviction, the state's victim fund, confiscated assets), from its preparation to the money they receive, with
// its status steps, the seized assets (exhibits) it draws on and each payment received. `prosecution_ref` holds the
// prosecution case file's reference as text until the prosecution module lands; it then becomes a link to it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE protection_claims (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES protection_cases(id),
      route text NOT NULL CHECK (route IN ('labour_claim','civil_claim_in_criminal_case',
        'compensation_order_on_conviction','state_victim_fund','confiscated_assets')),
      forum text NOT NULL,
      amount_claimed numeric(18,2) NOT NULL CHECK (amount_claimed > 0),
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      prosecution_ref text,
      status text NOT NULL CHECK (status IN ('prepared','filed','awarded','partly_paid','paid_in_full',
        'rejected','withdrawn')),
      amount_awarded numeric(18,2) CHECK (amount_awarded > 0),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CHECK (status NOT IN ('awarded','partly_paid','paid_in_full') OR amount_awarded IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX protection_claims_case_idx ON protection_claims (case_id)`.execute(db);
  await sql`CREATE INDEX protection_claims_agency_idx ON protection_claims (agency_id)`.execute(db);
  await sql`
    CREATE TABLE protection_claim_assets (
      claim_id uuid NOT NULL REFERENCES protection_claims(id),
      exhibit_id uuid NOT NULL REFERENCES exhibits(id),
      PRIMARY KEY (claim_id, exhibit_id)
    )`.execute(db);
  await sql`
    CREATE TABLE protection_claim_payments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      claim_id uuid NOT NULL REFERENCES protection_claims(id),
      amount numeric(18,2) NOT NULL CHECK (amount > 0),
      received_on date NOT NULL,
      payer text NOT NULL CHECK (payer IN ('offender','state_fund','employer','confiscated_assets')),
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`.execute(db);
  await sql`CREATE INDEX protection_claim_payments_claim_idx ON protection_claim_payments (claim_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE protection_claim_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      claim_id uuid NOT NULL REFERENCES protection_claims(id),
      status text NOT NULL,
      happened_on date NOT NULL,
      amount_awarded numeric(18,2),
      language text,
      payment_id uuid REFERENCES protection_claim_payments(id),
      by_user uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`.execute(db);
  await sql`CREATE INDEX protection_claim_steps_claim_idx ON protection_claim_steps (claim_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS protection_claim_steps`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_claim_payments`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_claim_assets`.execute(db);
  await sql`DROP TABLE IF EXISTS protection_claims`.execute(db);
}
