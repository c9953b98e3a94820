import { type Kysely, sql } from 'kysely';

// The audit chain becomes keyed: each entry names the secret key whose derived key sealed it (HMAC-SHA256), and
// keeps the client address of the request that made it. Entries written before stay as they are (key_id NULL);
// the first start after this migration appends a keyed "chain sealed" entry that covers them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN key_id text`.execute(db);
  await sql`ALTER TABLE audit_log ADD COLUMN ip text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log DROP COLUMN ip`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN key_id`.execute(db);
}
