import { type Kysely, sql } from 'kysely';

// Fuzzy name search by parts. Each name key is split into its parts (name_tokens), and the distinct parts form a
// small vocabulary with their frequency (name_vocab). A query's parts are matched fuzzily against the vocabulary
// (tens of thousands of entries, not millions of names), and the candidates come from the rarest part's postings.
// A statement trigger keeps both in step with search_keys, whoever writes it (a form, an import, a bulk load).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE name_tokens (
      agency_id uuid NOT NULL,
      token text NOT NULL,
      entity_id uuid NOT NULL,
      key text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX name_tokens_token ON name_tokens (token, agency_id) INCLUDE (entity_id, key)`.execute(
    db,
  );
  await sql`
    CREATE TABLE name_vocab (
      token text PRIMARY KEY,
      n integer NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX name_vocab_trgm ON name_vocab USING gin (token gin_trgm_ops)`.execute(db);
  await sql`
    CREATE FUNCTION name_tokens_from_keys() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      WITH parts AS (
        SELECT DISTINCT r.agency_id, t.token, r.entity_id, r.key
        FROM new_rows r, regexp_split_to_table(r.key, ' ') AS t(token)
        WHERE r.kind = 'name' AND t.token <> ''
      ), added AS (
        INSERT INTO name_tokens SELECT agency_id, token, entity_id, key FROM parts RETURNING token
      )
      INSERT INTO name_vocab (token, n)
        SELECT token, count(*) FROM added GROUP BY token
        ON CONFLICT (token) DO UPDATE SET n = name_vocab.n + excluded.n;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER search_keys_name_tokens AFTER INSERT ON search_keys
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION name_tokens_from_keys()`.execute(
    db,
  );
  // Names indexed before this migration.
  await sql`
    INSERT INTO name_tokens
      SELECT DISTINCT k.agency_id, t.token, k.entity_id, k.key
      FROM search_keys k, regexp_split_to_table(k.key, ' ') AS t(token)
      WHERE k.kind = 'name' AND t.token <> ''`.execute(db);
  await sql`INSERT INTO name_vocab (token, n) SELECT token, count(*) FROM name_tokens GROUP BY token`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS search_keys_trgm ON search_keys USING gist (key gist_trgm_ops)`.execute(
    db,
  );
  await sql`DROP TRIGGER IF EXISTS search_keys_name_tokens ON search_keys`.execute(db);
  await sql`DROP FUNCTION IF EXISTS name_tokens_from_keys()`.execute(db);
  await sql`DROP TABLE IF EXISTS name_vocab`.execute(db);
  await sql`DROP TABLE IF EXISTS name_tokens`.execute(db);
}
