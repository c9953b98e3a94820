import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { FileMigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema
export function migrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR }),
  });
}

export interface MigrationReport {
  applied: string[];
}

/**
 * Whether the database has applied exactly the migrations in the folder: then there is nothing to load, lock or
 * run. Kysely's migrator imports every migration and takes its lock first (about 0.3 s of processor time of every
 * command and every start). Any other state (a migration to run, or one applied that the folder lacks, which the
 * migrator refuses) is left to the migrator.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema
async function upToDate(db: Kysely<any>): Promise<boolean> {
  const names = (await fs.readdir(MIGRATIONS_DIR))
    .filter((f) => /\.[mc]?[jt]s$/.test(f) && !/\.d\.[mc]?ts$/.test(f))
    .map((f) => f.slice(0, f.lastIndexOf('.')));
  const table = await sql<{ t: string | null }>`SELECT to_regclass('kysely_migration')::text AS t`.execute(
    db,
  );
  if (!table.rows[0]?.t) return false;
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  const applied = new Set(rows.map((r) => r.name));
  return applied.size === names.length && names.every((n) => applied.has(n));
}

/** Brings the schema up to date; throws with the failing migration's name. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  if (await upToDate(db)) return { applied: [] };
  const result: MigrationResultSet = await migrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String((result.error as Error).message ?? result.error)}`);
  }
  return {
    applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
