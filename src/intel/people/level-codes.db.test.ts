import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectPostgres, type Db, openPGlite, wrapPGlite } from '../../db/connection.ts';
import { MIGRATIONS_DIR, migrator } from '../../db/migrate.ts';
import { defaultModel } from '../resolution/index.ts';
import { storedModel } from './run.ts';

// Explanations and models stored when the comparison levels were named by English words: the migration gives
// each level its code (src/intel/resolution/levels.ts), and taking it back gives the words again.

const MIGRATION = '20261205_0930_resolution_level_codes';
const BEFORE = readdirSync(MIGRATIONS_DIR)
  .filter((f) => f.endsWith('.ts') && f < MIGRATION)
  .sort()
  .at(-1)
  ?.replace(/\.ts$/, '') as string;

/** The words the engine wrote for each field's levels, in order, before the levels had codes. */
const OLD_WORDS = [
  [
    'no name',
    'same spelling',
    'same name key',
    'all parts of one in the other',
    'parts similar (JW ≥ 0.92)',
    'parts similar (JW ≥ 0.8)',
    'one part shared',
    'a part shared, another different',
    'different',
  ],
  [
    'missing',
    'same date',
    'same date (one in the Buddhist Era)',
    'day and month swapped',
    'one digit different',
    'same year (one has the year only)',
    'within a year',
    'different',
  ],
  ['missing', 'a phone shared', 'phones one digit apart', 'different'],
  ['missing', 'a document number shared', 'numbers one edit apart', 'different'],
  ['missing', 'an account shared', 'accounts one edit apart', 'different'],
  ['missing', 'same', 'different'],
  ['missing', 'same', 'different'],
  [
    'missing',
    'three or more places shared',
    'two places shared',
    'one place shared',
    'a place spelt alike (JW ≥ 0.9)',
    'none alike',
  ],
];

async function freshDatabase(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (!url) return wrapPGlite(await openPGlite(undefined));
  const name = `lantern_l_${randomBytes(6).toString('hex')}`;
  const admin = connectPostgres(url, 1);
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = connectPostgres(u.toString(), 2);
  return {
    ...db,
    async close() {
      await db.close();
      const a = connectPostgres(url, 1);
      await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(a.db);
      await a.close();
    },
  };
}

const explanation = async (db: Db) =>
  (await db.db.selectFrom('resolution_pairs').select('explanation').executeTakeFirstOrThrow()).explanation;
const model = async (db: Db) =>
  (await db.db.selectFrom('resolution_models').select('model').executeTakeFirstOrThrow()).model as {
    comparisons: { field: string; levels: Record<string, unknown>[] }[];
  };

describe('comparison levels stored as English words', () => {
  it('become their codes in explanations and models, and words again when taken back', {
    timeout: 120_000,
  }, async () => {
    const db = await freshDatabase();
    try {
      const run = async (to: string) => {
        const r = await migrator(db.db).migrateTo(to);
        if (r.error) throw r.error;
      };
      await run(BEFORE);
      const agency = randomUUID();
      const records = await sql<{
        id: string;
      }>`INSERT INTO person_records (agency_id, source, source_ref, name)
        VALUES (${agency}, 'tip', 'a', 'A B'), (${agency}, 'tip', 'b', 'A C') RETURNING id`.execute(db.db);
      const [a, b] = records.rows.map((r) => r.id).sort();
      const old = [
        { field: 'name', level: 'same name key', weight: 5.25 },
        { field: 'birthDate', level: 'day and month swapped', weight: 3.5 },
        { field: 'sex', level: 'different', weight: -6 },
        // The interim scorer before the engine.
        { field: 'phone', level: 'exact', weight: 8 },
      ];
      await sql`INSERT INTO resolution_pairs (agency_id, record_a, record_b, probability, weight, band, explanation)
        VALUES (${agency}, ${a}, ${b}, 0.5, 0, 'review', ${JSON.stringify(old)})`.execute(db.db);
      // The levels of that time: a one-part name unlike the other's, and vowels spelt otherwise, came later.
      const now = defaultModel();
      const codes = {
        ...now,
        comparisons: now.comparisons.map((c) => ({
          ...c,
          levels: c.levels.filter((l) => l.level !== 'onePartUnlike' && l.level !== 'vowelsOtherwise'),
        })),
      };
      const words = {
        ...codes,
        comparisons: codes.comparisons.map((c, k) => ({
          field: c.field,
          levels: c.levels.map((l, i) => ({ label: OLD_WORDS[k]?.[i], m: l.m, u: l.u })),
        })),
      };
      await sql`INSERT INTO resolution_models (agency_id, model, records)
        VALUES (${agency}, ${JSON.stringify(words)}, 2)`.execute(db.db);

      await run(MIGRATION);
      expect(await explanation(db)).toEqual([
        { field: 'name', level: 'sameNameKey', weight: 5.25 },
        { field: 'birthDate', level: 'dayMonthSwapped', weight: 3.5 },
        { field: 'sex', level: 'different', weight: -6 },
        { field: 'phone', level: 'phoneShared', weight: 8 },
      ]);
      expect((await model(db)).comparisons).toEqual(codes.comparisons);
      // Read today, it has the level added since, with that level's starting m and u.
      expect(await storedModel(db.db, agency)).toEqual(now);

      await run(BEFORE);
      expect(await explanation(db)).toEqual([...old.slice(0, 3), { ...old[3], level: 'a phone shared' }]);
      expect((await model(db)).comparisons).toEqual(words.comparisons);
    } finally {
      await db.close();
    }
  });
});
