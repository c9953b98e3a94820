import { type Kysely, sql } from 'kysely';

// Demo agencies and users are marked, so a server can refuse to run them anywhere but on this machine.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE agencies ADD COLUMN demo boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN demo boolean NOT NULL DEFAULT false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users DROP COLUMN demo`.execute(db);
  await sql`ALTER TABLE agencies DROP COLUMN demo`.execute(db);
}
