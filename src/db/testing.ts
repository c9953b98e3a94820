import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { registerAuditKeys } from '../access/audit-keys.ts';
import { keyId } from '../access/crypto.ts';
import { connectPostgres, type Db, openPGlite, wrapPGlite } from './connection.ts';
import { migrateToLatest } from './migrate.ts';

/** Name of the migrated template database that test databases on a server are copied from. */
export const TEMPLATE_DB = 'lantern_test_template';

let migratedImage: Promise<Blob> | undefined;

/** Where the test run's global setup wrote a migrated embedded image (src/db/test-global-setup.ts). */
export const PGLITE_IMAGE_ENV = 'LANTERN_TEST_PGLITE_IMAGE';

/** The migrated image this run's global setup wrote, or a new one when there is none (a file run on its own). */
async function testImage(): Promise<Blob> {
  const file = process.env[PGLITE_IMAGE_ENV];
  if (file) {
    try {
      return new Blob([await readFile(file)]);
    } catch {
      // Gone (another run's teardown): migrate one here.
    }
  }
  return migratedPGliteImage();
}

export async function migratedPGliteImage(): Promise<Blob> {
  const pglite = await openPGlite(undefined);
  const db = wrapPGlite(pglite);
  await migrateToLatest(db.db);
  const image = (await (pglite as PGlite).dumpDataDir('none')) as Blob;
  await db.close();
  return image;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Builds (or rebuilds) the migrated template on the server named by `url`. Run once per test run. */
export async function prepareServerTemplate(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const db = connectPostgres(withDatabase(url, TEMPLATE_DB), 1);
  try {
    await migrateToLatest(db.db);
  } finally {
    await db.close();
  }
}

/**
 * A fresh, migrated database for one test file, its audit chain keyed with a random key: a new in-memory PGlite
 * (copied from a migrated image), or, when DATABASE_URL is set, a new database on that server made from the
 * migrated template.
 */
export async function createTestDatabase(): Promise<Db> {
  const db = await newTestDatabase();
  // A key of its own for the audit chain, until an app built on it registers its configuration's keys.
  const key = randomBytes(32);
  registerAuditKeys(db.db, [{ id: keyId(key), key }]);
  return db;
}

async function newTestDatabase(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    migratedImage ??= testImage();
    return wrapPGlite(await openPGlite(undefined, await migratedImage));
  }
  const name = `lantern_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const db = connectPostgres(withDatabase(url, name), 5);
  return {
    db: db.db,
    kind: 'postgres',
    raw: db.raw,
    async close() {
      await db.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      try {
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    },
  };
}
