import { type Kysely, sql } from 'kysely';

// Migrations never import application code: they hold the schema as it was on the day they were written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agencies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('police','labour','ngo','prosecution','services','coordination')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX agencies_name_key ON agencies (lower(name))`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      username text NOT NULL,
      display_name text NOT NULL,
      password_hash text,
      totp_secret_enc text,
      totp_enabled boolean NOT NULL DEFAULT false,
      totp_last_step bigint,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`.execute(db);
  await sql`CREATE INDEX users_agency_idx ON users (agency_id)`.execute(db);

  await sql`
    CREATE TABLE user_roles (
      user_id uuid NOT NULL REFERENCES users(id),
      role text NOT NULL,
      PRIMARY KEY (user_id, role)
    )`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      stage text NOT NULL CHECK (stage IN ('set_password','enroll_totp','totp','active')),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);

  await sql`
    CREATE TABLE sign_in_links (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      purpose text NOT NULL CHECK (purpose IN ('first_admin','new_user','reset')),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      scopes text[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE shares (
      resource_type text NOT NULL,
      resource_id text NOT NULL,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      shared_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (resource_type, resource_id, agency_id)
    )`.execute(db);
  await sql`CREATE INDEX shares_agency_idx ON shares (agency_id, resource_type)`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      seq bigint PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid,
      actor_kind text NOT NULL,
      agency_id uuid,
      action text NOT NULL,
      resource_type text,
      resource_id text,
      outcome text NOT NULL CHECK (outcome IN ('success','denied','failure')),
      request_id text,
      detail jsonb NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX audit_log_resource_idx ON audit_log (resource_type, resource_id, seq)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq)`.execute(db);
  await sql`
    CREATE TABLE audit_head (
      id integer PRIMARY KEY CHECK (id = 1),
      seq bigint NOT NULL,
      hash text NOT NULL
    )`.execute(db);
  await sql`INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64))`.execute(db);

  // Append-only: the log refuses updates and deletes; the chain detects anyone who gets around this.
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_head',
    'audit_log',
    'shares',
    'api_tokens',
    'sign_in_links',
    'sessions',
    'user_roles',
    'users',
    'agencies',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)} CASCADE`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
}
