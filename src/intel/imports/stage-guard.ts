import type pg from 'pg';
import type { Db } from '../../db/connection.ts';
import { indexStatements, LOAD_TABLE_PATTERN, partitionedByLoad } from '../../db/load-indexes.ts';
import { aggregateImportEdges } from '../network/edges.ts';
import type { ImportKindName } from './mapping.ts';

// On a server, a large import's partition is committed as soon as its rows are in and checked, before it has an
// index, so that its indexes and its edges can be built side by side on two connections (on two cores) rather
// than one after the other; the import's last transaction attaches both. Until then the partition is a table of
// its own that no query reads. The import holds a lock named by the partition's number for as long as it runs, on
// a connection of its own (which a crash closes, releasing the lock): a load's table whose lock nobody holds is
// the leftover of a stopped import, and is dropped (sweepStrayStages). On the embedded database an import keeps
// to one transaction, as there is one connection.

/** The advisory lock class of a load's tables; the second key is the load's number. */
const STAGE_LOCK = 0x4c6f6164;
/** A load's tables, as staged-load.ts and edges.ts name them. */
const STAGE_TABLE = new RegExp(LOAD_TABLE_PATTERN);
/** Memory for building a large import's indexes and aggregating its edges, on a server. */
export const SERVER_SORT_MEMORY = '256MB';

const lockKey = (part: number) => part % 2_147_483_647;

/** Drops the tables of loads no running import holds; returns how many. */
async function sweepWith(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT c.relispartition
       AND c.relname ~ $1`,
    [LOAD_TABLE_PATTERN],
  );
  let dropped = 0;
  for (const { name } of rows) {
    const part = Number(STAGE_TABLE.exec(name)?.[2]);
    const got = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS got', [
      STAGE_LOCK,
      lockKey(part),
    ]);
    if (!got.rows[0]?.got) continue;
    try {
      await client.query(`DROP TABLE IF EXISTS ${name}`);
      dropped++;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [STAGE_LOCK, lockKey(part)]);
    }
  }
  return dropped;
}

/** Drops the tables stopped imports left on a server (none on the embedded database); returns how many. */
export async function sweepStrayStages(database: Db): Promise<number> {
  if (database.raw.kind !== 'pg') return 0;
  const client = await database.raw.pool.connect();
  try {
    return await sweepWith(client);
  } finally {
    client.release();
  }
}

/** A server import's hold on its load: the load's number, locked, and the connection that holds the lock. */
export class StageGuard {
  readonly #client: pg.PoolClient;
  readonly #pool: pg.Pool;
  readonly table: string;
  readonly part: number;
  #released = false;

  private constructor(client: pg.PoolClient, pool: pg.Pool, table: string, part: number) {
    this.#client = client;
    this.#pool = pool;
    this.table = table;
    this.part = part;
  }

  /** A guard for an import of `bytes` into `table`, when it loads into a partition of its own on a server. */
  static async open(
    database: Db,
    table: string,
    bytes: number,
    stageFromBytes: number,
  ): Promise<StageGuard | null> {
    const raw = database.raw;
    if (raw.kind !== 'pg' || bytes < stageFromBytes) return null;
    const client = await raw.pool.connect();
    try {
      const query = async <R>(sql: string, params?: unknown[]) =>
        (await client.query(sql, params)).rows as R[];
      if (!(await partitionedByLoad(query, table))) {
        client.release();
        return null;
      }
      await sweepWith(client);
      const [row] = await query<{ n: string }>(`SELECT nextval('load_partition_seq')::text AS n`);
      const part = Number(row?.n);
      if (!Number.isSafeInteger(part) || part <= 0) throw new Error('no load partition number');
      await client.query('SELECT pg_advisory_lock($1, $2)', [STAGE_LOCK, lockKey(part)]);
      return new StageGuard(client, raw.pool, table, part);
    } catch (e) {
      client.release();
      throw e;
    }
  }

  /**
   * Builds the committed partition's indexes on this connection and, beside them on another, the import's edges
   * (not yet attached): both committed, for the import's last transaction to attach.
   */
  async indexAndAggregate(kind: ImportKindName, agencyId: string, importId: string): Promise<void> {
    const name = `${this.table}_load_${this.part}`;
    const indexes = async () => {
      await this.#client.query('BEGIN');
      try {
        await this.#client.query(`SET LOCAL maintenance_work_mem = '${SERVER_SORT_MEMORY}'`);
        for (const statement of indexStatements(this.table, name, 'load'))
          await this.#client.query(statement);
        await this.#client.query('COMMIT');
      } catch (e) {
        await this.#client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    };
    const edges = async () => {
      const other = await this.#pool.connect();
      try {
        await other.query('BEGIN');
        await other.query(`SET LOCAL work_mem = '${SERVER_SORT_MEMORY}'`);
        await other.query(`SET LOCAL maintenance_work_mem = '${SERVER_SORT_MEMORY}'`);
        const tx = { query: async (sql: string, params: unknown[]) => (await other.query(sql, params)).rows };
        await aggregateImportEdges(tx, kind, agencyId, importId, name, this.part, { attach: false });
        await other.query('COMMIT');
      } catch (e) {
        await other.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        other.release();
      }
    };
    // Both run to their end before a failure is answered, so that nothing is left building when the tables drop.
    const [a, b] = await Promise.allSettled([indexes(), edges()]);
    if (a.status === 'rejected') throw a.reason;
    if (b.status === 'rejected') throw b.reason;
  }

  /** Drops the load's tables (the import did not attach them). */
  async drop(): Promise<void> {
    await this.#client.query(
      `DROP TABLE IF EXISTS ${this.table}_load_${this.part}, network_edge_parts_load_${this.part}`,
    );
  }

  /** Lets the load go: its lock and its connection. */
  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    try {
      await this.#client.query('SELECT pg_advisory_unlock($1, $2)', [STAGE_LOCK, lockKey(this.part)]);
      this.#client.release();
    } catch (e) {
      // A connection that cannot unlock is closed, which lets the lock go.
      this.#client.release(e as Error);
    }
  }
}
