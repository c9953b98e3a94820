import { type Kysely, sql } from 'kysely';
import type { Database } from './types.ts';

/**
 * Refreshes the planner's statistics of tables a bulk step has just filled. PGlite never analyzes by itself, and
 * a server's autovacuum may come long after: until then the planner takes a table of half a million rows for a
 * handful, and an indexed lookup becomes a scan (a path query went from 1 ms to 190 ms on the medium world).
 */
export async function refreshStatistics(db: Kysely<Database>, tables: readonly string[]): Promise<void> {
  // Side by side on a server (each on a connection of the pool); one after the other on PGlite's one connection.
  await Promise.all(tables.map((t) => sql`ANALYZE ${sql.table(t)}`.execute(db)));
}

/** The tables a resolution run fills. */
export const RESOLUTION_TABLES = ['person_records', 'entities', 'entity_links', 'search_keys'] as const;
