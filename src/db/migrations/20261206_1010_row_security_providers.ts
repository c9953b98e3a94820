import { type Kysely, sql } from 'kysely';

// The scoped reader (src/db/row-security.ts) also reads a screening's referrals, which name their service
// provider: lantern_reader may read the providers' directory entry (as every reader of screenings may through the
// API), not the rest of the table.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`GRANT SELECT (id, agency_id, name, kind) ON service_providers TO lantern_reader`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`REVOKE SELECT ON service_providers FROM lantern_reader`.execute(db);
}
