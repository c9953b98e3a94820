import { type Kysely, sql } from 'kysely';

// Tips entered one at a time (by hotline staff, NGO monitors, or the public through the anonymous page) join the
// imported ones in `tips`: with what the intake asks (kind, when, how many, children, danger), a triage state and
// its response-time target, and the identities named (the reporter, the people at risk) sealed in `details`. The
// numbers and plates a tip names are kept beside it to find the same matter told by another source. Routing
// rules send a tip (or an inspection's finding) to the agency with jurisdiction; a routing records the sanitised
// copy sent, its receipt and what the receiving agency tells the sender it did.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tips ALTER COLUMN import_id DROP NOT NULL`.execute(db);
  await sql`
    ALTER TABLE tips
      ADD COLUMN entered_by uuid REFERENCES users(id),
      ADD COLUMN kind text CHECK (kind IS NULL OR kind IN ('labour','sexual','forced_criminality','begging',
        'forced_marriage','domestic_servitude','other','unknown')),
      ADD COLUMN occurred text,
      ADD COLUMN country text CHECK (country IS NULL OR country ~ '^[A-Z]{2}$'),
      ADD COLUMN people_count integer CHECK (people_count IS NULL OR people_count BETWEEN 0 AND 100000),
      ADD COLUMN children text CHECK (children IS NULL OR children IN ('yes','no','unknown')),
      ADD COLUMN danger text CHECK (danger IS NULL OR danger IN ('life','high','medium','low','unknown')),
      ADD COLUMN status text CHECK (status IS NULL OR status IN ('new','triaged','routed','closed')),
      ADD COLUMN due_at timestamptz,
      ADD COLUMN triaged_at timestamptz,
      ADD COLUMN triaged_by uuid REFERENCES users(id),
      ADD COLUMN escalated_at timestamptz,
      ADD COLUMN closed_reason text,
      ADD COLUMN details text,
      ADD COLUMN routed_from bigint REFERENCES tips(id),
      ADD COLUMN receipt_hash text UNIQUE`.execute(db);
  await sql`CREATE INDEX tips_queue_idx ON tips (agency_id, status) WHERE status IN ('new','triaged')`.execute(
    db,
  );
  await sql`
    CREATE TABLE tip_numbers (
      tip_id bigint NOT NULL REFERENCES tips(id),
      agency_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('phone','plate','account')),
      value text NOT NULL,
      PRIMARY KEY (tip_id, kind, value)
    )`.execute(db);
  await sql`CREATE INDEX tip_numbers_value_idx ON tip_numbers (agency_id, kind, value)`.execute(db);
  await sql`
    CREATE TABLE tip_duplicates (
      tip_id bigint NOT NULL REFERENCES tips(id),
      other_id bigint NOT NULL REFERENCES tips(id),
      agency_id uuid NOT NULL,
      reasons text[] NOT NULL,
      score real NOT NULL,
      status text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested','confirmed','rejected')),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      PRIMARY KEY (tip_id, other_id),
      CHECK (tip_id <> other_id)
    )`.execute(db);
  await sql`CREATE INDEX tip_duplicates_other_idx ON tip_duplicates (other_id)`.execute(db);
  await sql`
    CREATE TABLE tip_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      tip_id bigint NOT NULL REFERENCES tips(id),
      kind text NOT NULL CHECK (kind IN ('entered','triaged','escalated','routed','closed','reopened','note',
        'reporter_added','replied')),
      by_user uuid REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT now(),
      detail jsonb NOT NULL DEFAULT '{}'
    )`.execute(db);
  await sql`CREATE INDEX tip_events_tip_idx ON tip_events (tip_id, id)`.execute(db);
  await sql`
    CREATE TABLE tip_messages (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      tip_id bigint NOT NULL REFERENCES tips(id),
      author text NOT NULL CHECK (author IN ('reporter','agency')),
      user_id uuid REFERENCES users(id),
      text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX tip_messages_tip_idx ON tip_messages (tip_id, id)`.execute(db);
  await sql`
    CREATE TABLE public_channel (
      id integer PRIMARY KEY CHECK (id = 1),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      open boolean NOT NULL DEFAULT true,
      set_by uuid REFERENCES users(id),
      set_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE routing_rules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      to_agency_id uuid NOT NULL REFERENCES agencies(id),
      applies_to text[] NOT NULL DEFAULT '{tip,inspection}',
      countries text[],
      area jsonb,
      kinds text[],
      children_only boolean NOT NULL DEFAULT false,
      min_danger text CHECK (min_danger IS NULL OR min_danger IN ('life','high','medium','low')),
      priority integer NOT NULL DEFAULT 100,
      active boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE routings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      item_type text NOT NULL CHECK (item_type IN ('tip','inspection')),
      item_id text NOT NULL,
      from_agency_id uuid NOT NULL REFERENCES agencies(id),
      to_agency_id uuid NOT NULL REFERENCES agencies(id),
      rule_ids uuid[] NOT NULL DEFAULT '{}',
      overlap boolean NOT NULL DEFAULT false,
      withheld jsonb NOT NULL DEFAULT '{}',
      copy_tip_id bigint REFERENCES tips(id),
      sent_by uuid NOT NULL REFERENCES users(id),
      sent_at timestamptz NOT NULL DEFAULT now(),
      status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent','received','acting','no_action','closed')),
      received_by uuid REFERENCES users(id),
      received_at timestamptz,
      report_id uuid REFERENCES intel_reports(id),
      feedback text NOT NULL DEFAULT '',
      feedback_at timestamptz,
      UNIQUE (item_type, item_id, to_agency_id)
    )`.execute(db);
  await sql`CREATE INDEX routings_to_idx ON routings (to_agency_id, status)`.execute(db);
  await sql`CREATE INDEX routings_from_idx ON routings (from_agency_id, item_type, item_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'routings',
    'routing_rules',
    'public_channel',
    'tip_messages',
    'tip_events',
    'tip_duplicates',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  await sql`DROP TABLE IF EXISTS tip_numbers`.execute(db);
  await sql`DROP INDEX IF EXISTS tips_queue_idx`.execute(db);
  await sql`DELETE FROM tips WHERE import_id IS NULL`.execute(db);
  await sql`
    ALTER TABLE tips DROP COLUMN entered_by, DROP COLUMN kind, DROP COLUMN occurred, DROP COLUMN country, DROP COLUMN people_count,
      DROP COLUMN children, DROP COLUMN danger, DROP COLUMN status, DROP COLUMN due_at, DROP COLUMN triaged_at,
      DROP COLUMN triaged_by, DROP COLUMN escalated_at, DROP COLUMN closed_reason, DROP COLUMN details,
      DROP COLUMN routed_from, DROP COLUMN receipt_hash`.execute(db);
  await sql`ALTER TABLE tips ALTER COLUMN import_id SET NOT NULL`.execute(db);
}
