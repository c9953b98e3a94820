import { type Kysely, sql } from 'kysely';

// Link charts saved by analysts and shared within their agency: a title and the chart itself (the node it
// started from, the nodes expanded, each node's position and whether it is pinned or hidden, and the filters).
// The chart holds ids only, never labels: whoever reopens it sees only what they may see today.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE link_charts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      title text NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      updated_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      chart jsonb NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX link_charts_agency_idx ON link_charts (agency_id, updated_at DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE link_charts`.execute(db);
}
