// The lookup indexes of the tables partitioned by load (call records, transfers and their aggregated edges), each
// partition's own rather than the parent's. The main partition holds every agency's small imports and every kind
// of edge, so its indexes lead with the agency (and the kind). A large import's partition holds one agency's rows
// of one kind (src/intel/imports/staged-load.ts): its indexes leave those columns out and lead with the number or
// the account, which sorts several times faster when they are built (PostgreSQL compares a sort key's leading
// column by a cheap abbreviation, wasted on a column that is the same in every row). Queries name the agency and
// kind anyway; each partition answers them through its own indexes.

export interface IndexShape {
  columns: readonly string[];
  /** The partition's primary key (the main edges' upserts use it as their conflict target). */
  key?: boolean;
  unique?: boolean;
}

export const LOAD_INDEXES: Record<string, { main: readonly IndexShape[]; load: readonly IndexShape[] }> = {
  call_records: {
    main: [
      { columns: ['agency_id', 'caller', 'started_at'] },
      { columns: ['agency_id', 'callee', 'started_at'] },
    ],
    load: [{ columns: ['caller', 'started_at'] }, { columns: ['callee', 'started_at'] }],
  },
  transfers: {
    main: [
      { columns: ['agency_id', 'from_account', 'occurred_at'] },
      { columns: ['agency_id', 'to_account', 'occurred_at'] },
    ],
    load: [{ columns: ['from_account', 'occurred_at'] }, { columns: ['to_account', 'occurred_at'] }],
  },
  network_edge_parts: {
    main: [
      { columns: ['agency_id', 'kind', 'a', 'b', 'part'], key: true },
      { columns: ['agency_id', 'kind', 'b'] },
    ],
    load: [{ columns: ['a', 'b'], unique: true }, { columns: ['b'] }],
  },
};

/**
 * A large import's own table, as a POSIX regular expression: a partition once its import attaches it; before, on
 * a server, a table of its own that nothing reads and a backup leaves out (src/intel/imports/stage-guard.ts).
 */
export const LOAD_TABLE_PATTERN = `^(${Object.keys(LOAD_INDEXES).join('|')})_load_([0-9]+)$`;

const NAME = /^[a-z][a-z0-9_]*$/;

/** The index shapes of `partition` of `table`, the main one's or a large import's, each with its name. */
function shapesOf(table: string, partition: string, which: 'main' | 'load') {
  const shapes = LOAD_INDEXES[table]?.[which];
  if (!shapes || !NAME.test(partition)) throw new Error(`no load indexes for ${table} (${partition})`);
  return shapes.map((s) => {
    // A key's index is named by the server, as any table's key.
    const name = s.key ? `${partition}_pkey` : `${partition}_${s.columns.join('_')}_idx`;
    if (name.length > 63) throw new Error(`index name too long: ${name}`);
    return { ...s, name };
  });
}

/** The statements that build the indexes of `partition` of `table`, the main one's or a large import's. */
export function indexStatements(table: string, partition: string, which: 'main' | 'load'): string[] {
  return shapesOf(table, partition, which).map((s) =>
    s.key
      ? `ALTER TABLE ${partition} ADD PRIMARY KEY (${s.columns.join(', ')})`
      : `CREATE ${s.unique ? 'UNIQUE ' : ''}INDEX ${s.name} ON ${partition} (${s.columns.join(', ')})`,
  );
}

/** The statements that drop what indexStatements built (a migration's way back). */
export function dropIndexStatements(table: string, partition: string, which: 'main' | 'load'): string[] {
  return shapesOf(table, partition, which).map((s) =>
    s.key ? `ALTER TABLE ${partition} DROP CONSTRAINT ${s.name}` : `DROP INDEX ${s.name}`,
  );
}

/** Whether `table` is partitioned by load here (a database at an older level may have it as a plain table). */
export async function partitionedByLoad(
  query: <R>(sql: string, params?: unknown[]) => Promise<R[]>,
  table: string,
): Promise<boolean> {
  if (!LOAD_INDEXES[table]) return false;
  const [kind] = await query<{ relkind: string }>(
    'SELECT relkind FROM pg_class WHERE oid = to_regclass($1)',
    [`public.${table}`],
  );
  return kind?.relkind === 'p';
}
