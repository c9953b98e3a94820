import { type Kysely, sql } from 'kysely';

// Two-person rules on accounts and plans. A reset of a password and second factor, and a grant of a role that sees
// intelligence or victims, wait in account_approvals for a second administrator. Notices tell a person what was
// done to their account, and an operation's team what changed in its plan after approval. An operation remembers
// who changed its plan since its last approval: none of them may approve it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE account_approvals (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('reset_2fa', 'grant_roles')),
    user_id uuid NOT NULL REFERENCES users(id),
    roles text[] NOT NULL DEFAULT '{}',
    requested_by uuid NOT NULL REFERENCES users(id),
    requested_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused', 'withdrawn')),
    decided_by uuid REFERENCES users(id),
    decided_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX account_approvals_pending ON account_approvals (user_id) WHERE status = 'pending'`.execute(
    db,
  );
  await sql`CREATE TABLE user_notices (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users(id),
    kind text NOT NULL,
    text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX user_notices_unread ON user_notices (user_id) WHERE read_at IS NULL`.execute(db);
  await sql`ALTER TABLE operations ADD COLUMN changed_since_approval uuid[] NOT NULL DEFAULT '{}'`.execute(
    db,
  );
  await sql`UPDATE operations SET changed_since_approval = ARRAY[created_by] WHERE status = 'planning'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE operations DROP COLUMN changed_since_approval`.execute(db);
  await sql`DROP TABLE user_notices`.execute(db);
  await sql`DROP TABLE account_approvals`.execute(db);
}
