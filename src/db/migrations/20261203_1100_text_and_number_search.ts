import { type Kysely, sql } from 'kysely';

// Search in every script, diacritics folded, and numbers typed with one character wrong.
//
// 1. Report items record which way of cutting text into search terms they were indexed by (terms_version): items
//    indexed before this migration (version 1: whole words, unfolded) are indexed again at start-up with the key
//    (report-terms.ts, reTermReportItems), which the migration has not. New items are written with version 2.
// 2. Tips, held in clear, are searched by substring of a folded copy of their text: lantern_fold does in SQL what
//    foldText does in text-terms.ts (lower case, compatibility decomposition, combining diacritics U+0300–U+036F
//    stripped, đ → d and the like), under a trigram index so that substring search stays fast.
// 3. Phone, account, document, plate and registration keys get a deletion neighbourhood (number_variants): the
//    key itself and the key with each one character deleted. Two keys one substitution, one adjacent
//    transposition, one insertion or one deletion apart share a variant, so a number typed with one digit wrong
//    is found by exact index look-ups (and checked afterwards). A statement trigger keeps it in step with
//    search_keys, whoever writes it.
const NUMBER_KINDS = sql`('phone','account','plate','document','registration')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE intel_report_items ADD COLUMN terms_version smallint NOT NULL DEFAULT 1`.execute(db);
  await sql`ALTER TABLE intel_report_items ALTER COLUMN terms_version SET DEFAULT 2`.execute(db);
  await sql`CREATE INDEX intel_report_items_terms_version ON intel_report_items (terms_version)`.execute(db);

  await sql`
    CREATE FUNCTION lantern_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT replace(replace(replace(
        translate(regexp_replace(normalize(lower(t), NFKD), '[\\u0300-\\u036f]', '', 'g'), 'đĐðÐøØłŁı', 'ddddoolli'),
        'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')
    $$`.execute(db);
  await sql`DROP INDEX IF EXISTS tips_text_idx`.execute(db);
  await sql`
    CREATE INDEX tips_folded_idx ON tips
    USING gin (lantern_fold(text || ' ' || coalesce(place_hint, '')) gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE number_variants (
      agency_id uuid NOT NULL,
      variant text NOT NULL,
      entity_id uuid NOT NULL,
      kind text NOT NULL,
      key text NOT NULL
    )`.execute(db);
  await sql`
    CREATE INDEX number_variants_variant ON number_variants (variant, agency_id) INCLUDE (entity_id, kind, key)`.execute(
    db,
  );
  await sql`CREATE INDEX number_variants_entity ON number_variants (entity_id)`.execute(db);
  await sql`
    CREATE FUNCTION number_variants_from_keys() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO number_variants
        SELECT DISTINCT r.agency_id,
               CASE WHEN i = 0 THEN r.key ELSE substr(r.key, 1, i - 1) || substr(r.key, i + 1) END,
               r.entity_id, r.kind, r.key
        FROM new_rows r, generate_series(0, length(r.key)) AS i
        WHERE r.kind IN ${NUMBER_KINDS} AND length(r.key) >= 5;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER search_keys_number_variants AFTER INSERT ON search_keys
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION number_variants_from_keys()`.execute(
    db,
  );
  // Numbers indexed before this migration.
  await sql`
    INSERT INTO number_variants
      SELECT DISTINCT r.agency_id,
             CASE WHEN i = 0 THEN r.key ELSE substr(r.key, 1, i - 1) || substr(r.key, i + 1) END,
             r.entity_id, r.kind, r.key
      FROM search_keys r, generate_series(0, length(r.key)) AS i
      WHERE r.kind IN ${NUMBER_KINDS} AND length(r.key) >= 5`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS search_keys_number_variants ON search_keys`.execute(db);
  await sql`DROP FUNCTION IF EXISTS number_variants_from_keys()`.execute(db);
  await sql`DROP TABLE IF EXISTS number_variants`.execute(db);
  await sql`DROP INDEX IF EXISTS tips_folded_idx`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS tips_text_idx ON tips USING gin (text gin_trgm_ops)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS lantern_fold(text)`.execute(db);
  await sql`DROP INDEX IF EXISTS intel_report_items_terms_version`.execute(db);
  await sql`ALTER TABLE intel_report_items DROP COLUMN IF EXISTS terms_version`.execute(db);
}
