import { once } from 'node:events';
import type { Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from './connection.ts';

/** Rows go to the database in CSV text through COPY, the fastest way in on both engines. */
export interface CopyWriter {
  /** Appends CSV lines (each ending in a newline); resolves when the engine can take more. */
  write(csv: string): Promise<void>;
  end(): Promise<void>;
  /** Abandons the COPY (the transaction will roll back). */
  abort(): Promise<void>;
}

/** One transaction for a bulk load: plain statements and COPY streams, committed or rolled back as a whole. */
export interface BulkTransaction {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  copyInto(table: string, columns: readonly string[], options?: CopyOptions): Promise<CopyWriter>;
  /** The engine underneath: settings such as memory for sorts differ between them. */
  engine: 'pglite' | 'pg';
}

export interface CopyOptions {
  /**
   * Rows written already frozen (COPY FREEZE): only into a table made in this transaction, which no other one can
   * see until it commits; it spares the server from visiting every row again later to freeze it.
   */
  freeze?: boolean;
}

export type BulkDecision<T> = { commit: boolean; result: T };

const COPY_BATCH_BYTES = 4 << 20;
const copySql = (table: string, columns: readonly string[], source: string, options?: CopyOptions) =>
  `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv${options?.freeze ? ', FREEZE true' : ''})`;

function pgliteCopy(
  tx: PGliteTransaction,
  table: string,
  columns: readonly string[],
  options?: CopyOptions,
): CopyWriter {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const blob = new Blob(parts);
    parts = [];
    size = 0;
    await tx.query(copySql(table, columns, "'/dev/blob'", options), [], { blob });
  };
  return {
    async write(csv) {
      parts.push(csv);
      size += csv.length;
      if (size >= COPY_BATCH_BYTES) await flush();
    },
    end: flush,
    async abort() {
      parts = [];
      size = 0;
    },
  };
}

async function pgCopy(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  options?: CopyOptions,
): Promise<CopyWriter> {
  const stream = client.query(copyFrom(copySql(table, columns, 'STDIN', options)));
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  return {
    async write(csv) {
      if (!stream.write(csv)) await Promise.race([once(stream, 'drain'), failed]);
    },
    async end() {
      stream.end();
      await Promise.race([once(stream, 'finish'), failed]);
    },
    async abort() {
      // Sends CopyFail: the server ends the COPY with an error, and the connection can roll back.
      const closed = once(stream, 'close').catch(() => undefined);
      stream.destroy(new Error('bulk load abandoned'));
      await closed;
    },
  };
}

/**
 * Runs a bulk load in one transaction. `fn` decides whether to commit; an exception rolls back. Nothing is seen
 * by others until commit, and a process killed midway leaves the database as it was.
 */
export async function runBulk<T>(
  database: Db,
  fn: (tx: BulkTransaction) => Promise<BulkDecision<T>>,
): Promise<T> {
  const raw = database.raw;
  if (raw.kind === 'pglite') {
    return raw.exclusive(async () => {
      let decision: BulkDecision<T> | undefined;
      try {
        await raw.pglite.transaction(async (tx) => {
          decision = await fn({
            query: async <R>(sql: string, params?: unknown[]) => (await tx.query<R>(sql, params)).rows,
            copyInto: async (table, columns, options) => pgliteCopy(tx, table, columns, options),
            engine: 'pglite',
          });
          if (!decision.commit) await tx.rollback();
        });
      } catch (e) {
        if (decision && !decision.commit) return decision.result;
        throw e;
      }
      if (!decision) throw new Error('bulk load ended without a decision');
      return decision.result;
    });
  }
  const client = await raw.pool.connect();
  // A COPY left open holds the connection: any not ended is abandoned before the rollback.
  const open = new Set<CopyWriter>();
  const abandon = async () => {
    for (const w of open) await w.abort().catch(() => undefined);
    open.clear();
  };
  try {
    await client.query('BEGIN');
    const decision = await fn({
      query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
      engine: 'pg',
      copyInto: async (table, columns, options) => {
        const w = await pgCopy(client, table, columns, options);
        const tracked: CopyWriter = {
          write: (csv) => w.write(csv),
          end: async () => {
            await w.end();
            open.delete(tracked);
          },
          abort: async () => {
            await w.abort();
            open.delete(tracked);
          },
        };
        open.add(tracked);
        return tracked;
      },
    });
    if (!decision.commit) await abandon();
    await client.query(decision.commit ? 'COMMIT' : 'ROLLBACK');
    return decision.result;
  } catch (e) {
    await abandon();
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
