import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  PGliteDialect,
  PostgresDialect,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { lockFolder } from './folder-lock.ts';
import type { Database } from './types.ts';

export type DbKind = 'embedded' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  kind: DbKind;
  close(): Promise<void>;
  /** The engine underneath, for bulk loading with COPY (see bulk.ts). */
  raw: RawEngine;
}

export type RawEngine =
  | { kind: 'pglite'; pglite: PGlite; exclusive: <T>(fn: () => Promise<T>) => Promise<T> }
  | { kind: 'pg'; pool: pg.Pool };

// node-postgres gives int8 as string already; PGlite is told to do the same, so both engines agree.
const INT8_OID = 20;
// A calendar date is a day, not an instant: both engines give it as 'YYYY-MM-DD', whatever the server's time zone.
const DATE_OID = 1082;

/**
 * PGlite has one connection. Kysely's PGlite driver hands that connection to every caller at once, so a query
 * made while another request holds a transaction would run inside it. This driver queues callers instead:
 * one query, or one whole transaction, at a time.
 */
class SerialDriver implements Driver {
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;
  private readonly inner: Driver;
  constructor(inner: Driver) {
    this.inner = inner;
  }
  init() {
    return this.inner.init();
  }
  async #lock(): Promise<() => void> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((r) => {
      release = r;
    });
    await previous;
    return release;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#lock();
    return this.inner.acquireConnection();
  }
  /** Runs `fn` while no Kysely query can run: for work done on PGlite directly, such as COPY. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.#lock();
    try {
      return await fn();
    } finally {
      release();
    }
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.inner.releaseConnection(connection);
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
  beginTransaction(c: DatabaseConnection, s: TransactionSettings) {
    return this.inner.beginTransaction(c, s);
  }
  commitTransaction(c: DatabaseConnection) {
    return this.inner.commitTransaction(c);
  }
  rollbackTransaction(c: DatabaseConnection) {
    return this.inner.rollbackTransaction(c);
  }
  destroy() {
    return this.inner.destroy();
  }
}

class SerialPGliteDialect extends PGliteDialect {
  driver: SerialDriver | undefined;
  override createDriver(): Driver {
    this.driver = new SerialDriver(super.createDriver());
    return this.driver;
  }
}

/**
 * Opens PGlite in a folder (or in memory when dataDir is undefined). A folder is locked first, for as long as it
 * is open (folder-lock.ts): a second process opening it would corrupt it, so one that tries is refused with
 * DataFolderInUseError.
 */
export async function openPGlite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const release = dataDir ? lockFolder(dataDir) : () => undefined;
  try {
    // Loaded only for the embedded database: a server deployment never pays for it.
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      // Trigram similarity for fuzzy name search; the server ships it with PostgreSQL's contrib modules.
      extensions: { pg_trgm },
      parsers: { [INT8_OID]: (v: string) => v, [DATE_OID]: (v: string) => v },
    });
    // Closing the database (directly, or through Kysely's destroy) lets the folder go.
    const close = pglite.close.bind(pglite);
    pglite.close = async () => {
      try {
        await close();
      } finally {
        release();
      }
    };
    return pglite;
  } catch (e) {
    release();
    throw e;
  }
}

export function wrapPGlite(pglite: PGlite): Db {
  const dialect = new SerialPGliteDialect({ pglite });
  const db = new Kysely<Database>({ dialect });
  const driver = dialect.driver;
  if (!driver) throw new Error('PGlite driver was not created');
  return {
    db,
    kind: 'embedded',
    // Kysely closes PGlite only once it has run a query: one never queried is closed here (and its folder let go).
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
    raw: { kind: 'pglite', pglite, exclusive: (fn) => driver.exclusive(fn) },
  };
}

pg.types.setTypeParser(DATE_OID, (v: string) => v);

export function connectPostgres(url: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing personal is in this error.
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy(), raw: { kind: 'pg', pool } };
}

/** The database the configuration names: PostgreSQL when a URL is given, else PGlite in `dataDir/pg`. */
export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<Db> {
  if (opts.databaseUrl) return connectPostgres(opts.databaseUrl);
  return wrapPGlite(await openPGlite(`${opts.dataDir}/pg`));
}
