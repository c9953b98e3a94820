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
  await adminQuery(url, `DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE ${TEMPLATE_DB}`);
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
  return copyOnServer(url, TEMPLATE_DB);
}

/** Makes a database on the server from the template `template`; closing it drops it. */
async function copyOnServer(url: string, template: string): Promise<Db> {
  const name = `lantern_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const db = connectPostgres(withDatabase(url, name), 5);
  return {
    db: db.db,
    kind: 'postgres',
    raw: db.raw,
    async close() {
      await db.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * What test databases can be copied from, made from one a test filled (for a state that is long to make, such as
 * the demo): an image of the embedded database, or a template database on the server.
 */
export type TestSnapshot = { kind: 'image'; image: Blob } | { kind: 'template'; url: string; name: string };

/** The prefix of this test run's snapshot templates on a server, dropped when the run ends (test-global-setup.ts). */
export const snapshotPrefix = () => `lantern_snap_${process.env[TEST_RUN_ENV] ?? 'run'}_`;

/** Set by the test run's global setup: a name of the run, for its snapshot templates. */
export const TEST_RUN_ENV = 'LANTERN_TEST_RUN';

/**
 * A new migrated database, like `createTestDatabase`'s but with no audit key of its own, to fill and then snapshot:
 * on a server, a database that is kept (closing it only disconnects) to become a template.
 */
export async function snapshotSource(): Promise<{ db: Db; finish(): Promise<TestSnapshot> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    migratedImage ??= testImage();
    const pglite = await openPGlite(undefined, await migratedImage);
    const db = wrapPGlite(pglite);
    return {
      db,
      async finish() {
        const image = (await (pglite as PGlite).dumpDataDir('none')) as Blob;
        await db.close();
        return { kind: 'image', image };
      },
    };
  }
  const name = `${snapshotPrefix()}${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  const db = connectPostgres(withDatabase(url, name), 5);
  return {
    db,
    async finish() {
      await db.close();
      return { kind: 'template', url, name };
    },
  };
}

/** A new database holding what the snapshot holds (the caller registers the audit keys it was filled with). */
export async function openSnapshot(snapshot: TestSnapshot): Promise<Db> {
  if (snapshot.kind === 'image') return wrapPGlite(await openPGlite(undefined, snapshot.image));
  return copyOnServer(snapshot.url, snapshot.name);
}

/** Drops the snapshot templates this test run left on the server. */
export async function dropSnapshots(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [snapshotPrefix()],
    );
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
