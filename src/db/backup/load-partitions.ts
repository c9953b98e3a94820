import { quoteIdent } from './snapshot.ts';

// Large imports of calls and transfers load into partitions of their own (`<table>_load_<n>`, made by the import,
// not by a migration: see src/intel/imports/staged-load.ts). A restore makes each one the archive names, empty, as
// a partition of its table before its rows are copied in.

const LOAD_PARTITION = /^([a-z][a-z_]*)_load_([1-9]\d{0,9})$/;

/** Makes the load partition `name` in the target when it is one (its table partitioned); false when it is not. */
export async function makeLoadPartition(
  query: <R>(sql: string, params?: unknown[]) => Promise<R[]>,
  name: string,
): Promise<boolean> {
  const m = LOAD_PARTITION.exec(name);
  if (!m) return false;
  const [table, part] = [m[1] as string, Number(m[2])];
  const [kind] = await query<{ relkind: string }>(
    'SELECT relkind FROM pg_class WHERE oid = to_regclass($1)',
    [`public.${quoteIdent(table)}`],
  );
  if (kind?.relkind !== 'p') return false;
  await query(
    `CREATE TABLE public.${quoteIdent(name)} PARTITION OF public.${quoteIdent(table)} FOR VALUES IN (${part})`,
  );
  return true;
}

/**
 * SQL that keeps the indexes of partitioned tables and of their partitions out of a list of pg_index rows `i`:
 * a partition's index is part of its table's and cannot be dropped alone, so a restore keeps them up as it loads.
 */
export const NOT_PARTITIONED_INDEX = `NOT EXISTS (SELECT 1 FROM pg_class t
  WHERE t.oid = i.indrelid AND (t.relkind = 'p' OR t.relispartition))`;
