import { type Kysely, sql } from 'kysely';

// The sites each candidate group's people are tied to outside its own community (src/intel/network/group-sites.ts),
// kept with the last network analysis and replaced whole by the next.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE network_group_sites (
      agency_id uuid NOT NULL,
      community integer NOT NULL,
      site text NOT NULL,
      strength double precision NOT NULL,
      through jsonb NOT NULL,
      PRIMARY KEY (agency_id, community, site)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE network_group_sites`.execute(db);
}
