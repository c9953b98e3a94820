import { type Kysely, sql } from 'kysely';

// The audit view reads an agency's entries in the order written and counts them to a bound
// (src/access/audit-query.ts): an index on the agency and the sequence serves both without a sort or a scan.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX audit_log_agency_seq_idx ON audit_log (agency_id, seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS audit_log_agency_seq_idx`.execute(db);
}
