import { type Kysely, sql } from 'kysely';

// A broker's rank rests first on the sites' runners who pay them (a fee per worker placed): kept with the rank,
// so that the list can say why.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE network_brokers ADD COLUMN paid_by jsonb NOT NULL DEFAULT '[]'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE network_brokers DROP COLUMN paid_by`.execute(db);
}
