import { type Kysely, sql } from 'kysely';

// Every API token expires: those made without an end get one 90 days from this upgrade.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE api_tokens SET expires_at = now() + interval '90 days' WHERE expires_at IS NULL`.execute(
    db,
  );
  await sql`ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE api_tokens ALTER COLUMN expires_at DROP NOT NULL`.execute(db);
}
