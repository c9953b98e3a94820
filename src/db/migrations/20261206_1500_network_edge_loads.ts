import { type Kysely, sql } from 'kysely';

// The traces' aggregated links are kept per load, as the traces themselves are (20261206_0900): the pairs of
// small imports and of the world's loader go to partition 0 (`network_edge_parts_main`, the table as it was),
// upserted pair by pair; a large import aggregates its own partition's calls or transfers into a table of its
// own with no index, builds the indexes once over it and attaches it (src/intel/network/edges.ts), instead of
// merging millions of pairs one by one into indexes that already hold millions. A pair may so be held by
// several loads: `network_edges` is now the view that adds them up, one row per agency, kind and pair, as the
// table was; filters on its pair columns reach each partition's indexes.

const SUMS = `agency_id, kind, a, b, sum(count)::integer AS count, sum(total) AS total,
  min(first_at) AS first_at, max(last_at) AS last_at, sum(night)::integer AS night,
  sum(morning)::integer AS morning, sum(afternoon)::integer AS afternoon, sum(evening)::integer AS evening`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE network_edges RENAME TO network_edge_parts_main`.execute(db);
  await sql`ALTER TABLE network_edge_parts_main ADD COLUMN part integer NOT NULL DEFAULT 0`.execute(db);
  await sql`ALTER TABLE network_edge_parts_main DROP CONSTRAINT network_edges_pkey`.execute(db);
  await sql`ALTER INDEX network_edges_b RENAME TO network_edge_parts_main_b`.execute(db);
  await sql`CREATE TABLE network_edge_parts (LIKE network_edge_parts_main INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY LIST (part)`.execute(db);
  // On the parent, so that every partition has them: the attach below builds the key's index over the main
  // partition and takes its own index on `b` as its part of the parent's.
  await sql`ALTER TABLE network_edge_parts ADD PRIMARY KEY (agency_id, kind, a, b, part)`.execute(db);
  await sql`CREATE INDEX network_edge_parts_b ON network_edge_parts (agency_id, kind, b)`.execute(db);
  await sql`ALTER TABLE network_edge_parts_main ADD CONSTRAINT network_edge_parts_main_part CHECK (part = 0)`.execute(
    db,
  );
  await sql`ALTER TABLE network_edge_parts ATTACH PARTITION network_edge_parts_main FOR VALUES IN (0)`.execute(
    db,
  );
  await sql`CREATE VIEW network_edges AS SELECT ${sql.raw(SUMS)} FROM network_edge_parts
    GROUP BY agency_id, kind, a, b`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW network_edges`.execute(db);
  await sql`CREATE TABLE network_edges AS SELECT ${sql.raw(SUMS)} FROM network_edge_parts
    GROUP BY agency_id, kind, a, b`.execute(db);
  await sql`DROP TABLE network_edge_parts`.execute(db);
  for (const c of ['count', 'total', 'first_at', 'last_at', 'night', 'morning', 'afternoon', 'evening'])
    await sql`ALTER TABLE network_edges ALTER COLUMN ${sql.ref(c)} SET NOT NULL`.execute(db);
  await sql`ALTER TABLE network_edges ADD PRIMARY KEY (agency_id, kind, a, b)`.execute(db);
  await sql`CREATE INDEX network_edges_b ON network_edges (agency_id, kind, b)`.execute(db);
}
