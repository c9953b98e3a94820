import { type Kysely, sql } from 'kysely';

// The levels of the people-resolution comparisons are known by codes (src/intel/resolution/levels.ts), which the
// screens word in the reader's language, instead of English words. The explanations of pairs already scored
// (each field's level) and the models already estimated (each level's m and u) keep what they say: each level's
// words become its code. The interim scorer before the engine wrote "exact" for a name, phone or account that
// agreed exactly: the same name key, a phone shared, an account shared.

/** The words each level was written with, and its code (a copy: the engine's levels may change after this). */
const WORDS: readonly (readonly [string, string])[] = [
  ['no name', 'noName'],
  ['missing', 'missing'],
  ['same spelling', 'sameSpelling'],
  ['same name key', 'sameNameKey'],
  ['all parts of one in the other', 'allParts'],
  ['parts similar (JW ≥ 0.92)', 'partsVerySimilar'],
  ['parts similar (JW ≥ 0.8)', 'partsSimilar'],
  ['one part shared', 'onePartShared'],
  ['a part shared, another different', 'partSharedOtherDifferent'],
  ['same', 'same'],
  ['different', 'different'],
  ['same date', 'sameDate'],
  ['same date (one in the Buddhist Era)', 'sameDateBuddhistEra'],
  ['day and month swapped', 'dayMonthSwapped'],
  ['one digit different', 'oneDigitDifferent'],
  ['same year (one has the year only)', 'sameYear'],
  ['within a year', 'withinYear'],
  ['a phone shared', 'phoneShared'],
  ['phones one digit apart', 'phonesOneDigitApart'],
  ['a document number shared', 'documentShared'],
  ['numbers one edit apart', 'documentsOneEditApart'],
  ['an account shared', 'accountShared'],
  ['accounts one edit apart', 'accountsOneEditApart'],
  ['three or more places shared', 'threePlacesShared'],
  ['two places shared', 'twoPlacesShared'],
  ['one place shared', 'onePlaceShared'],
  ['a place spelt alike (JW ≥ 0.9)', 'placeSpeltAlike'],
  ['none alike', 'noneAlike'],
];

/** The interim scorer's "exact", by field. */
const EXACT: readonly (readonly [string, string])[] = [
  ['name', 'sameNameKey'],
  ['phone', 'phoneShared'],
  ['account', 'accountShared'],
];

/** A list of pairs as a table to join on. */
const values = (rows: readonly (readonly [string, string])[], name: string) =>
  sql`(VALUES ${sql.join(rows.map(([x, y]) => sql`(${x}::text, ${y}::text)`))}) AS ${sql.raw(name)}`;

/**
 * Rewrites the levels of every stored explanation (its `level`) and every stored model (each level's `modelFrom`
 * key becomes `modelTo`) by `words` (was → now), and an interim "exact" by its field when `exact` is given.
 */
async function rewrite(
  db: Kysely<unknown>,
  words: readonly (readonly [string, string])[],
  exact: readonly (readonly [string, string])[] | null,
  modelFrom: 'label' | 'level',
  modelTo: 'label' | 'level',
): Promise<void> {
  const w = values(words, 'w(was, now)');
  const interim = exact
    ? sql`(SELECT x.code FROM ${values(exact, 'x(field, code)')}
        WHERE e ->> 'level' = 'exact' AND x.field = e ->> 'field')`
    : sql`NULL::text`;
  await sql`
    UPDATE resolution_pairs SET explanation = (
      SELECT COALESCE(jsonb_agg(
        CASE WHEN COALESCE(w.now, ${interim}) IS NULL THEN e
          ELSE jsonb_set(e, '{level}', to_jsonb(COALESCE(w.now, ${interim}))) END
        ORDER BY n), '[]'::jsonb)
      FROM jsonb_array_elements(explanation) WITH ORDINALITY AS f(e, n)
      LEFT JOIN ${w} ON w.was = e ->> 'level'
    )
    WHERE jsonb_typeof(explanation) = 'array'`.execute(db);
  const from = sql.lit(modelFrom);
  await sql`
    UPDATE resolution_models SET model = jsonb_set(model, '{comparisons}', (
      SELECT COALESCE(jsonb_agg(jsonb_set(c, '{levels}', (
        SELECT COALESCE(jsonb_agg(
          CASE WHEN l ->> ${from} IS NULL THEN l
            ELSE (l - ${from}) || jsonb_build_object(${sql.lit(modelTo)}, COALESCE(w.now, l ->> ${from})) END
          ORDER BY ln), '[]'::jsonb)
        FROM jsonb_array_elements(c -> 'levels') WITH ORDINALITY AS g(l, ln)
        LEFT JOIN ${w} ON w.was = l ->> ${from}
      )) ORDER BY cn), '[]'::jsonb)
      FROM jsonb_array_elements(model -> 'comparisons') WITH ORDINALITY AS h(c, cn)
    ))
    WHERE jsonb_typeof(model -> 'comparisons') = 'array'`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rewrite(db, WORDS, EXACT, 'label', 'level');
}

// Back to the words (an interim "exact" stays its code's words).
export async function down(db: Kysely<unknown>): Promise<void> {
  await rewrite(
    db,
    WORDS.map(([words, code]) => [code, words] as const),
    null,
    'level',
    'label',
  );
}
