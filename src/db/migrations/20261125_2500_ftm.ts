import { type Kysely, sql } from 'kysely';

// FollowTheMoney import and export: imports of FtM JSON lines are import jobs of their own kind, and every entity
// or link they bring keeps the FtM id it came with, so a later file names the same thing by the same id and an
// export gives it back under that id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls','transfers','crossings','ftm'))`.execute(
    db,
  );
  await sql`
    CREATE TABLE ftm_ids (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      ftm_id text NOT NULL,
      entity_id uuid REFERENCES entities(id),
      link_id uuid REFERENCES entity_links(id),
      import_id uuid NOT NULL REFERENCES import_jobs(id),
      PRIMARY KEY (agency_id, ftm_id),
      CHECK ((entity_id IS NULL) <> (link_id IS NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX ftm_ids_entity ON ftm_ids (entity_id) WHERE entity_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX ftm_ids_link ON ftm_ids (link_id) WHERE link_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS ftm_ids`.execute(db);
  await sql`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check`.execute(db);
  await sql`ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('calls','transfers','crossings'))`.execute(
    db,
  );
}
