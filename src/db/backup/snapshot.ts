import type { Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { to as copyTo } from 'pg-copy-streams';
import type { Db } from '../connection.ts';
import { LOAD_TABLE_PATTERN } from '../load-indexes.ts';

// One consistent view of the whole database, read table by table in COPY text format (one row a line, the
// engine's own text for every value), so that what is read back is what was there, on either engine.
//
// On a PostgreSQL server: one REPEATABLE READ, READ ONLY transaction, the tables locked against schema changes
// (ACCESS SHARE: writers go on), each table streamed out with COPY TO STDOUT. On the embedded engine (one
// connection): the same transaction while no other query runs, each table copied out in slices of its pages
// (by ctid range) so that no slice is larger than a few MiB.

/** Statement settings that make the text of every value the same whichever session reads or writes it. */
export const SESSION_SETTINGS = [
  "SET LOCAL timezone = 'UTC'",
  "SET LOCAL datestyle = 'ISO, YMD'",
  "SET LOCAL intervalstyle = 'postgres'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL client_encoding = 'UTF8'",
];

/** Pages of a table read in one slice on the embedded engine (8 KiB each: 4 MiB of table). */
const PAGES_PER_SLICE = 512;

export interface TableShape {
  name: string;
  columns: string[];
}

export interface SnapshotReader {
  query<R>(sql: string): Promise<R[]>;
  /** Streams a table's rows (COPY text format) to `sink`, in pieces cut anywhere. */
  copyOut(table: TableShape, sink: (bytes: Buffer) => Promise<void>): Promise<void>;
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const columnList = (t: TableShape) => t.columns.map(quoteIdent).join(', ');

/** Lantern's tables (schema public), each with its stored (not generated) columns. */
export async function tableShapes(query: <R>(sql: string) => Promise<R[]>): Promise<TableShape[]> {
  const rows = await query<{ table: string; column: string }>(`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      -- A large import's table not yet attached is no data yet (src/intel/imports/stage-guard.ts).
      AND (c.relispartition OR c.relname !~ '${LOAD_TABLE_PATTERN}')
    ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, string[]>();
  for (const r of rows) tables.set(r.table, [...(tables.get(r.table) ?? []), r.column]);
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/** The sequences of schema public with their state. */
export async function sequenceStates(
  query: <R>(sql: string) => Promise<R[]>,
): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const names = await query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`);
  const out: { name: string; lastValue: string; isCalled: boolean }[] = [];
  for (const { name } of names) {
    const [s] = await query<{ last_value: string | number; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM public.${quoteIdent(name)}`,
    );
    if (s) out.push({ name, lastValue: String(s.last_value), isCalled: s.is_called });
  }
  return out;
}

function pgliteReader(tx: PGliteTransaction): SnapshotReader {
  return {
    query: async <R>(sql: string) => (await tx.query<R>(sql)).rows,
    async copyOut(table, sink) {
      const [size] = (
        await tx.query<{ pages: number }>(
          `SELECT (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS pages
           FROM pg_class c WHERE c.oid = $1::regclass`,
          [`public.${quoteIdent(table.name)}`],
        )
      ).rows;
      const pages = size?.pages ?? 0;
      for (let from = 0; from < pages; from += PAGES_PER_SLICE) {
        const result = await tx.query(
          `COPY (SELECT ${columnList(table)} FROM public.${quoteIdent(table.name)}
                 WHERE ctid >= '(${from},0)'::tid AND ctid < '(${from + PAGES_PER_SLICE},0)'::tid)
           TO '/dev/blob'`,
        );
        if (result.blob && result.blob.size > 0) await sink(Buffer.from(await result.blob.arrayBuffer()));
      }
    },
  };
}

/**
 * Runs `fn` with a reader of one consistent snapshot of the whole database. On the embedded engine nothing else
 * runs on the database meanwhile (requests wait); on a server, writers go on beside it.
 */
export async function withSnapshot<T>(database: Db, fn: (reader: SnapshotReader) => Promise<T>): Promise<T> {
  const raw = database.raw;
  if (raw.kind === 'pglite') {
    return raw.exclusive(() =>
      raw.pglite.transaction(async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        for (const s of SESSION_SETTINGS) await tx.query(s);
        return fn(pgliteReader(tx));
      }),
    );
  }
  const client = await raw.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    for (const s of SESSION_SETTINGS) await client.query(s);
    const query = async <R>(sql: string) => (await client.query(sql)).rows as R[];
    // No table may be dropped or altered while it is read (ACCESS SHARE lets every writer go on).
    const tables = await tableShapes(query);
    if (tables.length > 0)
      await client.query(
        `LOCK TABLE ${tables.map((t) => `public.${quoteIdent(t.name)}`).join(', ')} IN ACCESS SHARE MODE`,
      );
    const result = await fn({
      query,
      async copyOut(table, sink) {
        const stream = client.query(
          copyTo(`COPY (SELECT ${columnList(table)} FROM public.${quoteIdent(table.name)}) TO STDOUT`),
        );
        for await (const chunk of stream as AsyncIterable<Buffer>) await sink(chunk);
      },
    });
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
