import { indexStatements, partitionedByLoad } from '../load-indexes.ts';
import { quoteIdent } from './snapshot.ts';

// Large imports of calls and transfers load into partitions of their own (`<table>_load_<n>`, made by the import,
// not by a migration: see src/intel/imports/staged-load.ts). A restore makes each one the archive names, empty, as
// a partition of its table before its rows are copied in.

const LOAD_PARTITION = /^([a-z][a-z_]*)_load_([1-9]\d{0,9})$/;

/**
 * Makes the load partition `name` in the target when it is one (its table partitioned), without its indexes: returns
 * the statements that build them once its rows are in, null when it is not one.
 */
export async function makeLoadPartition(
  query: <R>(sql: string, params?: unknown[]) => Promise<R[]>,
  name: string,
): Promise<string[] | null> {
  const m = LOAD_PARTITION.exec(name);
  if (!m) return null;
  const [table, part] = [m[1] as string, Number(m[2])];
  if (!(await partitionedByLoad(query, table))) return null;
  await query(
    `CREATE TABLE public.${quoteIdent(name)} PARTITION OF public.${quoteIdent(table)} FOR VALUES IN (${part})`,
  );
  // An archive of a schema from before each partition had indexes of its own: the partition has the table's.
  const [shared] = await query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_index WHERE indrelid = to_regclass($1)',
    [`public.${quoteIdent(table)}`],
  );
  return Number(shared?.n) > 0 ? [] : indexStatements(table, name, 'load');
}

/**
 * SQL that keeps the indexes of partitioned tables, and their parts, out of a list of pg_index rows `i` of indexes
 * `x`: such an index cannot be dropped alone, so a restore keeps them up as it loads.
 */
export const NOT_PARTITIONED_INDEX = `x.relkind = 'i' AND NOT x.relispartition`;
