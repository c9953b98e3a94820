import { type Kysely, sql } from 'kysely';

// Why two tips may tell the same matter is kept as codes with their values (src/monitoring/tip-duplicates.ts), which
// the screens word in the reader's language, instead of English phrases. Pairs already found keep their reasons:
// each phrase the earlier version wrote becomes its code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tip_duplicates ADD COLUMN reason_codes jsonb`.execute(db);
  await sql`
    UPDATE tip_duplicates SET reason_codes = COALESCE((
      SELECT jsonb_agg(c ORDER BY n) FILTER (WHERE c IS NOT NULL)
      FROM (
        SELECT n, CASE
          WHEN r ~ '^same (phone|plate|account) number' THEN jsonb_build_object(
            'code', 'same_number',
            'kind', (regexp_match(r, '^same (\\w+) number'))[1],
            'count', COALESCE((regexp_match(r, '\\((\\d+)\\)'))[1]::int, 1))
          WHEN r = 'places the same' THEN jsonb_build_object('code', 'same_place')
          WHEN r ~ '^places \\d+ m apart$' THEN
            jsonb_build_object('code', 'near', 'metres', (regexp_match(r, '(\\d+)'))[1]::int)
          WHEN r = 'same place named' THEN jsonb_build_object('code', 'same_place_named')
          WHEN r ~ '^\\d+% of the words shared$' THEN
            jsonb_build_object('code', 'words_shared', 'percent', (regexp_match(r, '^(\\d+)'))[1]::int)
        END AS c
        FROM unnest(reasons) WITH ORDINALITY AS u(r, n)
      ) AS coded
    ), '[]'::jsonb)`.execute(db);
  await sql`ALTER TABLE tip_duplicates DROP COLUMN reasons`.execute(db);
  await sql`ALTER TABLE tip_duplicates RENAME COLUMN reason_codes TO reasons`.execute(db);
  await sql`ALTER TABLE tip_duplicates ALTER COLUMN reasons SET NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tip_duplicates ADD COLUMN reason_words text[]`.execute(db);
  await sql`
    UPDATE tip_duplicates SET reason_words = COALESCE((
      SELECT array_agg(CASE r->>'code'
        WHEN 'same_number' THEN 'same ' || (r->>'kind') || ' number'
          || CASE WHEN (r->>'count')::int > 1 THEN ' (' || (r->>'count') || ')' ELSE '' END
        WHEN 'same_place' THEN 'places the same'
        WHEN 'near' THEN 'places ' || (r->>'metres') || ' m apart'
        WHEN 'same_place_named' THEN 'same place named'
        WHEN 'words_shared' THEN (r->>'percent') || '% of the words shared'
      END ORDER BY n)
      FROM jsonb_array_elements(reasons) WITH ORDINALITY AS e(r, n)
    ), '{}')`.execute(db);
  await sql`ALTER TABLE tip_duplicates DROP COLUMN reasons`.execute(db);
  await sql`ALTER TABLE tip_duplicates RENAME COLUMN reason_words TO reasons`.execute(db);
  await sql`ALTER TABLE tip_duplicates ALTER COLUMN reasons SET NOT NULL`.execute(db);
}
