import { type Kysely, sql } from 'kysely';

// The assets behind a prosecution case and the remedies beside it. An asset (a bank account, a property, a
// vehicle...) is tied to the case's suspects (owner, nominee, beneficial owner, in control), may be an entity of the
// picture or a seized exhibit, and carries its court orders as steps (frozen, seized, confiscated, released). What
// is confiscated may be allocated to victims' compensation: an allocation records the case file's ref, which the
// protection track's claims carry as `prosecution_ref`. Civil and administrative remedies (a site closed, a licence
// revoked, a tax assessment, a civil suit...) are requested of an authority against a suspect or the case's site,
// with their status steps. All of it is the case's agency's only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE prosecution_assets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      n integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('bank_account','property','vehicle','cash','business','crypto','other')),
      description text NOT NULL,
      identifier text,
      entity_id uuid REFERENCES entities(id),
      exhibit_id uuid REFERENCES exhibits(id),
      estimated_value numeric(18,2) CHECK (estimated_value > 0),
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      status text NOT NULL DEFAULT 'identified'
        CHECK (status IN ('identified','frozen','seized','confiscated','released')),
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      UNIQUE (case_id, n)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX prosecution_assets_exhibit_idx ON prosecution_assets (case_id, exhibit_id)
    WHERE exhibit_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE prosecution_asset_ties (
      asset_id uuid NOT NULL REFERENCES prosecution_assets(id),
      suspect_id uuid NOT NULL REFERENCES prosecution_suspects(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      relation text NOT NULL CHECK (relation IN ('owner','nominee','beneficial_owner','controls')),
      PRIMARY KEY (asset_id, suspect_id)
    )`.execute(db);
  await sql`CREATE INDEX prosecution_asset_ties_suspect_idx ON prosecution_asset_ties (suspect_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_asset_orders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      asset_id uuid NOT NULL REFERENCES prosecution_assets(id),
      kind text NOT NULL CHECK (kind IN ('freezing_order','seizure_order','confiscation_order','released')),
      ordered_on date NOT NULL,
      authority text NOT NULL,
      value numeric(18,2) CHECK (value > 0),
      reference text,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CHECK (kind <> 'confiscation_order' OR value IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX prosecution_asset_orders_asset_idx ON prosecution_asset_orders (asset_id, recorded_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_asset_allocations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      case_ref text NOT NULL,
      asset_id uuid NOT NULL REFERENCES prosecution_assets(id),
      amount numeric(18,2) NOT NULL CHECK (amount > 0),
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      allocated_on date NOT NULL,
      claim_id uuid,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`.execute(db);
  await sql`CREATE INDEX prosecution_asset_allocations_ref_idx ON prosecution_asset_allocations (case_ref)`.execute(
    db,
  );
  await sql`CREATE INDEX prosecution_asset_allocations_asset_idx ON prosecution_asset_allocations (asset_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_remedies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES prosecution_cases(id),
      kind text NOT NULL CHECK (kind IN ('site_closure_labour','site_closure_tax','licence_revocation',
        'tax_assessment','labour_order','civil_suit','debarment')),
      authority text NOT NULL,
      target text NOT NULL CHECK (target IN ('suspect','site')),
      suspect_id uuid REFERENCES prosecution_suspects(id),
      site_entity_id uuid REFERENCES entities(id),
      status text NOT NULL DEFAULT 'requested'
        CHECK (status IN ('requested','ordered','refused','complied','appealed')),
      requested_on date NOT NULL,
      reference text,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CHECK ((target = 'suspect') = (suspect_id IS NOT NULL)),
      CHECK ((target = 'site') = (site_entity_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX prosecution_remedies_case_idx ON prosecution_remedies (case_id, created_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE prosecution_remedy_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      remedy_id uuid NOT NULL REFERENCES prosecution_remedies(id),
      status text NOT NULL CHECK (status IN ('requested','ordered','refused','complied','appealed')),
      happened_on date NOT NULL,
      reference text,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`.execute(db);
  await sql`CREATE INDEX prosecution_remedy_steps_idx ON prosecution_remedy_steps (remedy_id, recorded_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'prosecution_remedy_steps',
    'prosecution_remedies',
    'prosecution_asset_allocations',
    'prosecution_asset_orders',
    'prosecution_asset_ties',
    'prosecution_assets',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)}`.execute(db);
}
