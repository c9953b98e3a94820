import { type Kysely, sql } from 'kysely';

// Several servers may share one database: a runner claims a queued import job (SELECT … FOR UPDATE SKIP LOCKED),
// names itself on it and beats a heartbeat while it runs. A job whose heartbeat has stopped goes back to the queue;
// a runner that finds its claim taken over commits nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs ADD COLUMN claimed_by text`.execute(db);
  await sql`ALTER TABLE import_jobs ADD COLUMN heartbeat_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP COLUMN heartbeat_at`.execute(db);
  await sql`ALTER TABLE import_jobs DROP COLUMN claimed_by`.execute(db);
}
