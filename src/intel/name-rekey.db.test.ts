import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import type { Db } from '../db/connection.ts';
import { createTestDatabase } from '../db/testing.ts';
import { nameKey } from './name-key.ts';
import { nameKeyVersion, rekeyNames } from './name-rekey.ts';
import { indexValue } from './search.ts';

let database: Db;
let agency: string;

const person = async (label: string) => {
  const e = await database.db
    .insertInto('entities')
    .values({ agency_id: agency, type: 'person', label })
    .returning('id')
    .executeTakeFirstOrThrow();
  await indexValue(database.db, agency, e.id, 'person', 'label', label);
  return e.id;
};

beforeAll(async () => {
  database = await createTestDatabase();
  agency = await insertAgency(database.db, 'Rekey test', 'police');
});
afterAll(() => database.close());

describe('rebuilding stored name keys', () => {
  it('re-keys names stored by an older key, rebuilds the parts index, and records the version', async () => {
    const a = await person('Somchay Prommah');
    const b = await person('Nguyễn Văn Quốc');
    // As an older version stored them: letter by letter, parts indexed from those keys.
    await sql`UPDATE search_keys SET key = 'prommah somchay' WHERE entity_id = ${a}`.execute(database.db);
    await sql`UPDATE search_keys SET key = 'nguyen quoc van' WHERE entity_id = ${b}`.execute(database.db);
    await sql`DELETE FROM name_tokens`.execute(database.db);
    await sql`DELETE FROM name_vocab`.execute(database.db);
    await sql`INSERT INTO name_tokens VALUES (${agency}, 'prommah', ${a}, 'prommah somchay')`.execute(
      database.db,
    );
    await sql`INSERT INTO name_vocab VALUES ('prommah', 1)`.execute(database.db);

    expect(await rekeyNames(database.db)).toEqual({ changed: 2, names: 2 });
    const keys = await database.db.selectFrom('search_keys').select(['entity_id', 'key']).execute();
    expect(keys.find((k) => k.entity_id === a)?.key).toBe(nameKey('Somchai Phromma'));
    expect(keys.find((k) => k.entity_id === b)?.key).toBe(nameKey('Nguyen Van Quoc'));
    const tokens = await sql<{ token: string }>`SELECT token FROM name_tokens ORDER BY token`.execute(
      database.db,
    );
    expect(tokens.rows.map((r) => r.token)).toEqual(
      [...nameKey('Somchay Prommah').split(' '), ...nameKey('Nguyễn Văn Quốc').split(' ')].sort(),
    );
    const vocab = await sql<{ token: string }>`SELECT token FROM name_vocab`.execute(database.db);
    expect(vocab.rows.map((r) => r.token)).not.toContain('prommah');
    const v = await sql<{ version: string }>`SELECT version FROM name_key_version`.execute(database.db);
    expect(v.rows[0]?.version).toBe(nameKeyVersion());
  });

  it('does nothing when the stored keys are current, and again when the version changes', async () => {
    expect(await rekeyNames(database.db)).toBeNull();
    await sql`UPDATE name_key_version SET version = 'older'`.execute(database.db);
    expect(await rekeyNames(database.db)).toEqual({ changed: 0, names: 2 });
    // Names added after a rebuild are indexed by the trigger as before.
    await person('Kyaw Zaw');
    const n = await sql<{ n: string }>`SELECT count(*) AS n FROM name_tokens`.execute(database.db);
    expect(Number(n.rows[0]?.n)).toBe(nameKey('Somchay Prommah').split(' ').length + 3 + 2);
  });
});
