import { once } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  Kysely,
  PGliteAdapter,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openPGlite } from '../connection.ts';
import type { Database } from '../types.ts';
import { quoteIdent, type TableShape } from './snapshot.ts';

// One session on the database a restore writes into, used both directly (COPY) and through Kysely (migrations,
// the audit entry), so that everything the restore does is one transaction: on a server, a failure anywhere
// leaves the database as it was; on the embedded engine the restore works in a folder of its own besides.

export interface CopyIn {
  /** Rows in COPY text format, cut anywhere. */
  write(bytes: Buffer): Promise<void>;
  end(): Promise<void>;
  /** Abandons the COPY (the transaction then rolls back). */
  abort(): Promise<void>;
}

export interface LoadSession {
  kind: 'embedded' | 'postgres';
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
  copyIn(table: TableShape): Promise<CopyIn>;
  /** Kysely on this same session: a transaction begun on it holds the COPYs made meanwhile. */
  kysely: Kysely<Database>;
  close(): Promise<void>;
}

type RunQuery = (sql: string, params: readonly unknown[]) => Promise<{ rows: unknown[]; affected?: number }>;

/** A Kysely dialect whose one connection is the session: `begin` and `commit` are plain statements on it. */
function sessionDialect(run: RunQuery, adapter: DialectAdapter): Dialect {
  const connection: DatabaseConnection = {
    async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
      const r = await run(q.sql, q.parameters);
      return {
        rows: r.rows as R[],
        ...(r.affected !== undefined ? { numAffectedRows: BigInt(r.affected) } : {}),
      };
    },
    // biome-ignore lint/correctness/useYield: streaming is never asked of a restore's session
    async *streamQuery() {
      throw new Error('not supported');
    },
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async (c) => void (await c.executeQuery({ sql: 'begin', parameters: [] } as never)),
    commitTransaction: async (c) => void (await c.executeQuery({ sql: 'commit', parameters: [] } as never)),
    rollbackTransaction: async (c) =>
      void (await c.executeQuery({ sql: 'rollback', parameters: [] } as never)),
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return {
    createAdapter: () => adapter,
    createDriver: () => driver,
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>): DatabaseIntrospector => new PostgresIntrospector(db),
  };
}

const copySql = (t: TableShape, source: string) =>
  `COPY public.${quoteIdent(t.name)} (${t.columns.map(quoteIdent).join(', ')}) FROM ${source}`;

/** A session on the PostgreSQL database at `url`. */
export async function postgresSession(url: string): Promise<LoadSession> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('error', () => {
    // The connection was lost: the statement under way fails and says so.
  });
  const run: RunQuery = async (sql, params) => {
    const r = await client.query(sql, params as unknown[]);
    return { rows: r.rows, affected: r.rowCount ?? undefined };
  };
  return {
    kind: 'postgres',
    query: async <R>(sql: string, params: unknown[] = []) => (await run(sql, params)).rows as R[],
    kysely: new Kysely<Database>({ dialect: sessionDialect(run, new PostgresAdapter()) }),
    async copyIn(table) {
      const stream = client.query(copyFrom(copySql(table, 'STDIN')));
      const failed = new Promise<never>((_, reject) => stream.once('error', reject));
      failed.catch(() => undefined);
      return {
        async write(bytes) {
          if (!stream.write(bytes)) await Promise.race([once(stream, 'drain'), failed]);
        },
        async end() {
          stream.end();
          await Promise.race([once(stream, 'finish'), failed]);
        },
        async abort() {
          const closed = once(stream, 'close').catch(() => undefined);
          stream.destroy(new Error('restore abandoned'));
          await closed;
        },
      };
    },
    close: () => client.end(),
  };
}

/** Rows sent to PGlite in one COPY: whole lines only, about this many bytes. */
const PGLITE_BATCH_BYTES = 4 << 20;

/** A session on a new embedded database in `dir` (an empty folder). */
export async function embeddedSession(dir: string): Promise<LoadSession & { pglite: PGlite }> {
  const pglite = await openPGlite(dir);
  const run: RunQuery = async (sql, params) => {
    const r = await pglite.query(sql, params as unknown[]);
    return { rows: r.rows, affected: r.affectedRows };
  };
  return {
    kind: 'embedded',
    pglite,
    query: async <R>(sql: string, params: unknown[] = []) => (await run(sql, params)).rows as R[],
    kysely: new Kysely<Database>({ dialect: sessionDialect(run, new PGliteAdapter()) }),
    async copyIn(table) {
      let parts: Buffer[] = [];
      let size = 0;
      // PGlite takes a COPY's rows as one blob: whole lines are sent, the part of a line not yet whole waits.
      const flush = async (all: boolean) => {
        const buf = Buffer.concat(parts);
        const cut = all ? buf.length : buf.lastIndexOf(10) + 1;
        parts = cut < buf.length ? [buf.subarray(cut)] : [];
        size = buf.length - cut;
        if (cut > 0)
          await pglite.query(copySql(table, "'/dev/blob'"), [], { blob: new Blob([buf.subarray(0, cut)]) });
      };
      return {
        async write(bytes) {
          parts.push(bytes);
          size += bytes.length;
          if (size >= PGLITE_BATCH_BYTES) await flush(false);
        },
        end: () => flush(true),
        async abort() {
          parts = [];
          size = 0;
        },
      };
    },
    close: () => pglite.close(),
  };
}
