import { type Kysely, sql } from 'kysely';

// The phones and browsers each person registered for the field screens (src/access/devices.ts), so that a lost one
// can be revoked: the server then refuses every request that names it, and the phone wipes its store when it next
// learns so. An administrator's revocation waits in account_approvals for a second administrator, as a reset does:
// the request names the device and says why.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE devices (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users(id),
    agency_id uuid NOT NULL REFERENCES agencies(id),
    label text NOT NULL,
    user_agent text NOT NULL DEFAULT '',
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    revoked_by uuid REFERENCES users(id),
    revoke_reason text
  )`.execute(db);
  await sql`CREATE INDEX devices_user ON devices (user_id)`.execute(db);
  await sql`CREATE INDEX devices_agency ON devices (agency_id)`.execute(db);
  await sql`ALTER TABLE account_approvals DROP CONSTRAINT account_approvals_kind_check`.execute(db);
  await sql`ALTER TABLE account_approvals ADD CONSTRAINT account_approvals_kind_check
    CHECK (kind IN ('reset_2fa', 'grant_roles', 'revoke_device'))`.execute(db);
  await sql`ALTER TABLE account_approvals ADD COLUMN device_id uuid REFERENCES devices(id)`.execute(db);
  await sql`ALTER TABLE account_approvals ADD COLUMN reason text`.execute(db);
  await sql`ALTER TABLE account_approvals ADD CONSTRAINT account_approvals_device_check
    CHECK ((kind = 'revoke_device') = (device_id IS NOT NULL))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM account_approvals WHERE kind = 'revoke_device'`.execute(db);
  await sql`ALTER TABLE account_approvals DROP CONSTRAINT account_approvals_device_check`.execute(db);
  await sql`ALTER TABLE account_approvals DROP COLUMN reason`.execute(db);
  await sql`ALTER TABLE account_approvals DROP COLUMN device_id`.execute(db);
  await sql`ALTER TABLE account_approvals DROP CONSTRAINT account_approvals_kind_check`.execute(db);
  await sql`ALTER TABLE account_approvals ADD CONSTRAINT account_approvals_kind_check
    CHECK (kind IN ('reset_2fa', 'grant_roles'))`.execute(db);
  await sql`DROP TABLE devices`.execute(db);
}
