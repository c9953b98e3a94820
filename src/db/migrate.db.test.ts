import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from './connection.ts';
import { migrateToLatest, migrator } from './migrate.ts';
import { createTestDatabase } from './testing.ts';

// A database that has applied every migration in the folder opens without the migrator (nothing to load or lock);
// every other state still goes to it: a migration to run is run, one applied that the folder lacks is refused.

let db: Db | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const applied = async (d: Db) =>
  (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(d.db)).rows.map(
    (r) => r.name,
  );

describe('migrating to the latest schema', () => {
  it('does nothing on an up-to-date database, and runs the migrations it lacks', async () => {
    db = await createTestDatabase();
    const all = await applied(db);
    expect(all.length).toBeGreaterThan(10);
    expect(await migrateToLatest(db.db)).toEqual({ applied: [] });
    const last = all.at(-1) as string;
    const down = await migrator(db.db).migrateDown();
    expect(down.error).toBeUndefined();
    expect(await applied(db)).toEqual(all.slice(0, -1));
    expect(await migrateToLatest(db.db)).toEqual({ applied: [last] });
    expect(await applied(db)).toEqual(all);
  });

  it('refuses a database that applied a migration this version does not have', async () => {
    db = await createTestDatabase();
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('29991231_2359_from_a_newer_lantern', now()::text)`.execute(
      db.db,
    );
    await expect(migrateToLatest(db.db)).rejects.toThrow(/29991231_2359_from_a_newer_lantern/);
  });
});
