import { type Kysely, sql } from 'kysely';

// A notice to a person keeps what it says as its kind with values (src/access/notices.ts), which the screens word in
// the reader's language; its English text is left empty. Notices written before keep their text.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE user_notices ADD COLUMN detail jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE user_notices DROP COLUMN detail`.execute(db);
}
