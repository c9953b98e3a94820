import { type Kysely, sql } from 'kysely';

// The last network analysis of each agency (src/intel/network/analysis-run.ts): when it ran and on what, each
// node's community, and the brokers ranked. Replaced whole by each run.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE network_analyses (
      agency_id uuid PRIMARY KEY,
      ran_at timestamptz NOT NULL DEFAULT now(),
      nodes integer NOT NULL,
      edges integer NOT NULL,
      communities integer NOT NULL,
      modularity double precision NOT NULL,
      sites_of_concern integer NOT NULL,
      millis integer NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE network_memberships (
      agency_id uuid NOT NULL,
      node text NOT NULL,
      community integer NOT NULL,
      strength double precision NOT NULL,
      PRIMARY KEY (agency_id, node)
    )`.execute(db);
  await sql`CREATE INDEX network_memberships_community ON network_memberships (agency_id, community)`.execute(
    db,
  );
  await sql`
    CREATE TABLE network_brokers (
      agency_id uuid NOT NULL,
      rank integer NOT NULL,
      node text NOT NULL,
      sites jsonb NOT NULL,
      through jsonb NOT NULL,
      score double precision NOT NULL,
      PRIMARY KEY (agency_id, rank)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE network_brokers`.execute(db);
  await sql`DROP TABLE network_memberships`.execute(db);
  await sql`DROP TABLE network_analyses`.execute(db);
}
