import { randomBytes } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { registerAuditKeys } from '../access/audit-keys.ts';
import { keyId } from '../access/crypto.ts';
import { connectPostgres, type Db, openPGlite, wrapPGlite } from './connection.ts';
import { migrateToLatest } from './migrate.ts';

/** Name of the migrated template database that test databases on a server are copied from. */
export const TEMPLATE_DB = 'lantern_test_template';

/**
 * Where the test run's global setup made a migrated embedded data folder (src/db/test-global-setup.ts), and the
 * folder the run's embedded test databases are copied into (removed at the run's end).
 */
export const PGLITE_TEMPLATE_ENV = 'LANTERN_TEST_PGLITE_TEMPLATE';

/** Room a test run needs where its databases live: the template, each worker's copies and snapshots. */
const TEST_FOLDER_ROOM = 2 * 1024 ** 3;

/**
 * Where embedded test databases live: in memory (/dev/shm) where the machine has it with room enough (a
 * container's is often 64 MB), else the temporary folder. Copying a migrated folder and opening it takes half the
 * processor time of loading the same database into PGlite's in-memory file system from an image (0.33 s against
 * 0.66 s), which a test file did once or more.
 */
export function testFolderRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize >= TEST_FOLDER_ROOM) return '/dev/shm';
  } catch {
    // None here: the temporary folder.
  }
  return tmpdir();
}

/** Migrates a new embedded database in `folder` and closes it, to be copied. */
export async function migrateTestFolder(folder: string): Promise<void> {
  const db = wrapPGlite(await openPGlite(folder));
  try {
    await migrateToLatest(db.db);
  } finally {
    await db.close();
  }
}

let ownTemplate: Promise<string> | undefined;

/** The migrated folder this run's global setup made, or one made here (a file run without the global setup). */
function testTemplate(): Promise<string> {
  const made = process.env[PGLITE_TEMPLATE_ENV];
  if (made && existsSync(made)) return Promise.resolve(made);
  ownTemplate ??= (async () => {
    const folder = join(mkdtempSync(join(testFolderRoot(), `lantern-test-${process.pid}-`)), 'template');
    process.once('exit', () => rmSync(dirname(folder), { recursive: true, force: true }));
    await migrateTestFolder(folder);
    return folder;
  })();
  return ownTemplate;
}

/** A copy of the data folder `from` beside it, opened; closing it removes the copy. */
async function openCopy(from: string): Promise<Db> {
  const folder = join(dirname(from), `db-${randomBytes(6).toString('hex')}`);
  cpSync(from, folder, { recursive: true });
  return removedOnClose(wrapPGlite(await openPGlite(folder)), folder);
}

function removedOnClose(db: Db, folder: string): Db {
  return {
    ...db,
    async close() {
      try {
        await db.close();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
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
 * A fresh, migrated database for one test file, its audit chain keyed with a random key: a PGlite on a copy of
 * the migrated data folder (removed when it closes), or, when DATABASE_URL is set, a new database on that server
 * made from the migrated template.
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
  if (!url) return openCopy(await testTemplate());
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
 * the demo): a closed copy of an embedded data folder, or a template database on the server.
 */
export type TestSnapshot =
  | { kind: 'folder'; folder: string }
  | { kind: 'template'; url: string; name: string };

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
    const template = await testTemplate();
    const folder = join(dirname(template), `snapshot-${randomBytes(6).toString('hex')}`);
    cpSync(template, folder, { recursive: true });
    const db = wrapPGlite(await openPGlite(folder));
    return {
      db,
      async finish() {
        // Closed, the folder stays as it is until the run's end, for copies.
        await db.close();
        return { kind: 'folder', folder };
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
  if (snapshot.kind === 'folder') return openCopy(snapshot.folder);
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
