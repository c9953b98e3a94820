import { type Kysely, sql } from 'kysely';

// Operations: a plan on a target, compartmented to its named members; the execution log written in the field
// (entries keep the time they happened, whenever they reach the server); the after-action review.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE operations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      code_name text NOT NULL,
      decision_id uuid REFERENCES intervention_decisions(id),
      status text NOT NULL CHECK (status IN ('planning','approved','executing','concluded','cancelled')),
      target_entity_id uuid REFERENCES entities(id),
      target_label text NOT NULL,
      place text NOT NULL,
      starts_at timestamptz,
      ready_by date,
      plan jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      approved_by uuid REFERENCES users(id),
      approved_at timestamptz,
      started_at timestamptz,
      concluded_at timestamptz,
      cancel_reason text,
      UNIQUE (agency_id, code_name),
      CHECK (approved_by IS NULL OR approved_by <> created_by)
    )`.execute(db);
  await sql`CREATE INDEX operations_decision_idx ON operations (decision_id)`.execute(db);
  await sql`CREATE INDEX operations_target_idx ON operations (target_entity_id)`.execute(db);

  // Membership has a history: a removed member keeps the row with removed_at, so the leak review can tell who
  // was entitled to see the operation at any moment.
  await sql`
    CREATE TABLE operation_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operation_id uuid NOT NULL REFERENCES operations(id),
      user_id uuid NOT NULL REFERENCES users(id),
      role text NOT NULL,
      team text NOT NULL DEFAULT '',
      language text,
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      removed_by uuid REFERENCES users(id),
      removed_at timestamptz
    )`.execute(db);
  await sql`
    CREATE UNIQUE INDEX operation_members_active_idx ON operation_members (operation_id, user_id)
    WHERE removed_at IS NULL`.execute(db);
  await sql`CREATE INDEX operation_members_user_idx ON operation_members (user_id) WHERE removed_at IS NULL`.execute(
    db,
  );

  // Agencies that will receive the people removed: they see a logistics brief, never the target.
  await sql`
    CREATE TABLE operation_receivers (
      operation_id uuid NOT NULL REFERENCES operations(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (operation_id, agency_id)
    )`.execute(db);

  await sql`
    CREATE TABLE operation_log (
      id uuid PRIMARY KEY,
      operation_id uuid NOT NULL REFERENCES operations(id),
      kind text NOT NULL CHECK (kind IN ('arrest','exhibit','removal','note')),
      occurred_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      recorded_by uuid NOT NULL REFERENCES users(id),
      entry jsonb NOT NULL,
      exhibit_id uuid
    )`.execute(db);
  await sql`CREATE INDEX operation_log_op_idx ON operation_log (operation_id, occurred_at)`.execute(db);

  await sql`
    CREATE TABLE operation_reviews (
      operation_id uuid PRIMARY KEY REFERENCES operations(id),
      review jsonb NOT NULL,
      figures jsonb NOT NULL,
      submitted_by uuid NOT NULL REFERENCES users(id),
      submitted_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'operation_reviews',
    'operation_log',
    'operation_receivers',
    'operation_members',
    'operations',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)} CASCADE`.execute(db);
}
