import { type Kysely, sql } from 'kysely';
import { dropIndexStatements, indexStatements } from '../load-indexes.ts';

// Each partition of the tables partitioned by load gets lookup indexes of its own, a large import's without the
// columns that are the same in all its rows (src/db/load-indexes.ts), in place of the parent's indexes that every
// partition had to share. The aggregated edges' pair columns compare in the "C" collation (byte order): numbers
// and account identifiers have no linguistic order, and their indexes build faster so.

const SUMS = `agency_id, kind, a, b, sum(count)::integer AS count, sum(total) AS total,
  min(first_at) AS first_at, max(last_at) AS last_at, sum(night)::integer AS night,
  sum(morning)::integer AS morning, sum(afternoon)::integer AS afternoon, sum(evening)::integer AS evening`;

const PARENT_INDEXES = {
  call_records: ['call_records_caller', 'call_records_callee'],
  transfers: ['transfers_from', 'transfers_to'],
  network_edge_parts: ['network_edge_parts_b'],
} as const;

async function partitionsOf(db: Kysely<unknown>, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = ${table}::regclass ORDER BY c.relname`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function reindex(db: Kysely<unknown>, table: string): Promise<void> {
  for (const part of await partitionsOf(db, table))
    for (const statement of indexStatements(table, part, part === `${table}_main` ? 'main' : 'load'))
      await sql.raw(statement).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW network_edges`.execute(db);
  await sql`ALTER TABLE network_edge_parts DROP CONSTRAINT network_edge_parts_pkey`.execute(db);
  for (const indexes of Object.values(PARENT_INDEXES))
    for (const index of indexes) await sql`DROP INDEX ${sql.raw(index)}`.execute(db);
  await sql`ALTER TABLE network_edge_parts ALTER COLUMN a TYPE text COLLATE "C", ALTER COLUMN b TYPE text COLLATE "C"`.execute(
    db,
  );
  for (const table of Object.keys(PARENT_INDEXES)) await reindex(db, table);
  await sql`CREATE VIEW network_edges AS SELECT ${sql.raw(SUMS)} FROM network_edge_parts
    GROUP BY agency_id, kind, a, b`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW network_edges`.execute(db);
  for (const table of Object.keys(PARENT_INDEXES))
    for (const part of await partitionsOf(db, table))
      for (const statement of dropIndexStatements(table, part, part === `${table}_main` ? 'main' : 'load'))
        await sql.raw(statement).execute(db);
  await sql`ALTER TABLE network_edge_parts ALTER COLUMN a TYPE text COLLATE "default", ALTER COLUMN b TYPE text COLLATE "default"`.execute(
    db,
  );
  await sql`CREATE INDEX call_records_caller ON call_records (agency_id, caller, started_at)`.execute(db);
  await sql`CREATE INDEX call_records_callee ON call_records (agency_id, callee, started_at)`.execute(db);
  await sql`CREATE INDEX transfers_from ON transfers (agency_id, from_account, occurred_at)`.execute(db);
  await sql`CREATE INDEX transfers_to ON transfers (agency_id, to_account, occurred_at)`.execute(db);
  await sql`ALTER TABLE network_edge_parts ADD PRIMARY KEY (agency_id, kind, a, b, part)`.execute(db);
  await sql`CREATE INDEX network_edge_parts_b ON network_edge_parts (agency_id, kind, b)`.execute(db);
  await sql`CREATE VIEW network_edges AS SELECT ${sql.raw(SUMS)} FROM network_edge_parts
    GROUP BY agency_id, kind, a, b`.execute(db);
}
