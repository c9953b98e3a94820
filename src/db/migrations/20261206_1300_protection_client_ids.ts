import { type Kysely, sql } from 'kysely';

// A shelter case's needs assessment may carry an id made on the caseworker's phone (src/protection/case-sync.ts):
// the same assessment sent again is answered as the one recorded. Its rows share that id, one a domain; this
// index makes two sends racing each other record it once. A service's step takes the phone's id as its own (its
// primary key already holds it once).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE UNIQUE INDEX protection_needs_assessment_domain ON protection_needs (assessment_id, domain)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS protection_needs_assessment_domain`.execute(db);
}
