import { type Kysely, sql } from 'kysely';

// A custody entry may carry an id made by the sender (src/evidence/custody.ts): the same entry sent again (a retry
// after a lost answer, a phone's outbox) is then answered as the one recorded, never chained a second time. The
// id is outside the entry's hash: the chain of entries recorded before stays as it is.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE custody_events ADD COLUMN client_id uuid`.execute(db);
  await sql`CREATE UNIQUE INDEX custody_events_client_id ON custody_events (exhibit_id, client_id)
            WHERE client_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS custody_events_client_id`.execute(db);
  await sql`ALTER TABLE custody_events DROP COLUMN client_id`.execute(db);
}
