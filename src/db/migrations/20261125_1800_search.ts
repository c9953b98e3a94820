import { type Kysely, sql } from 'kysely';

// Search keys: every name (in each script it was given in) and every number an entity is known by, with a
// transliteration key for fuzzy matching across spellings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`
    CREATE TABLE search_keys (
      agency_id uuid NOT NULL,
      entity_id uuid NOT NULL REFERENCES entities(id),
      kind text NOT NULL CHECK (kind IN ('name','phone','account','plate','document','registration')),
      value text NOT NULL,
      key text NOT NULL
    )`.execute(db);
  // GiST, not GIN: it serves nearest-first ordering by trigram distance, so the best matches come without a sort.
  await sql`CREATE INDEX search_keys_trgm ON search_keys USING gist (key gist_trgm_ops)`.execute(db);
  await sql`CREATE INDEX search_keys_exact ON search_keys (kind, key)`.execute(db);
  await sql`CREATE INDEX search_keys_entity ON search_keys (entity_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS search_keys`.execute(db);
}
