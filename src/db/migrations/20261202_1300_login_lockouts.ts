import { type Kysely, sql } from 'kysely';

// Failed sign-ins are counted per account and client address: five wrong passwords from one address lock only
// that address out of that account, so a stranger cannot lock a person out from elsewhere. The account's own
// count (users.failed_logins) now locks only after many more failures, for a short delay that grows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE login_lockouts (
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    address text NOT NULL,
    failures integer NOT NULL DEFAULT 0,
    last_failure_at timestamptz NOT NULL,
    locked_until timestamptz,
    PRIMARY KEY (user_id, address)
  )`.execute(db);
  await sql`CREATE INDEX login_lockouts_last_failure ON login_lockouts (last_failure_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE login_lockouts`.execute(db);
}
