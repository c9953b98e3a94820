import type { BulkTransaction } from '../../db/bulk.ts';
import { indexStatements, partitionedByLoad } from '../../db/load-indexes.ts';
import { SERVER_SORT_MEMORY, type StageGuard } from './stage-guard.ts';

// Where an import's rows go. A small file's rows go straight into the table, whose indexes are kept up row by row.
// A large file of calls or transfers loads into a table of its own made in the import's transaction: no index
// while the rows go in (COPY at the disk's speed, the rows written frozen), then each lookup index built once
// over them, then the table attached as the import's own partition (its CHECK on `part` spares the attach a scan
// of it). On the embedded database, all in the one transaction: a failure or a kill leaves no table behind, and
// nobody sees the rows until the commit. On a server, the table is committed unindexed and indexed beside the
// edges' aggregation, then attached by the import's last transaction (stage-guard.ts, which also sweeps the
// tables a killed import leaves).

/** From this size a file of calls or transfers loads into a partition of its own (about 160,000 calls). */
export const STAGE_FROM_BYTES = 16 << 20;

export interface LoadTarget {
  /** The table COPY writes to and the import's own rows are read from. */
  table: string;
  /** Whether this is a partition of the import's own (else the rows went straight into the table). */
  staged: boolean;
  /** The load partition's number (for a staged load): the import's aggregated edges take the same. */
  part?: number;
  /**
   * Whether the loaded rows are committed before their indexes are built (a server: StageGuard builds them, and
   * the import's last transaction attaches the partition).
   */
  early: boolean;
  /**
   * Builds the indexes over the loaded rows (for a staged load; for an early one, only the planner's figures):
   * before reading them back.
   */
  index(): Promise<void>;
  /** Makes the rows part of the table (for a staged load), in `tx`: the last step before the commit. */
  attach(tx: BulkTransaction): Promise<void>;
}

const direct = (table: string): LoadTarget => ({
  table,
  staged: false,
  early: false,
  index: async () => undefined,
  attach: async () => undefined,
});

/** Where an import of `bytes` into `table` loads, made in the import's transaction (with `guard`, on a server). */
export async function openLoadTarget(
  tx: BulkTransaction,
  table: string,
  bytes: number,
  stageFromBytes = STAGE_FROM_BYTES,
  guard: StageGuard | null = null,
): Promise<LoadTarget> {
  if (!guard && bytes < stageFromBytes) return direct(table);
  if (!guard && !(await partitionedByLoad((q, p) => tx.query(q, p), table))) return direct(table);
  const part = guard ? guard.part : await nextPart(tx);
  const name = `${table}_load_${part}`;
  await tx.query(
    `CREATE TABLE ${name} (LIKE ${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CONSTRAINT ${name}_part CHECK (part = ${part}))`,
  );
  await tx.query(`ALTER TABLE ${name} ALTER COLUMN part SET DEFAULT ${part}`);
  if (tx.engine === 'pg') {
    await tx.query(`SET LOCAL maintenance_work_mem = '${SERVER_SORT_MEMORY}'`);
    await tx.query(`SET LOCAL work_mem = '${SERVER_SORT_MEMORY}'`);
  }
  return {
    table: name,
    staged: true,
    early: guard !== null,
    part,
    async index() {
      // The partition's own lookup indexes, built once over its rows (src/db/load-indexes.ts).
      if (!guard) for (const statement of indexStatements(table, name, 'load')) await tx.query(statement);
      // The planner's figures for the new rows, before the import's own reads of them (the duplicates' check,
      // the edges' aggregation) and anyone's through the table. Without them it guessed a handful of rows and
      // aggregated a million calls' pairs by sorting them: 6.9 s where hashing them takes 2.
      await tx.query(`ANALYZE ${name}`);
    },
    async attach(last) {
      await last.query(`ALTER TABLE ${table} ATTACH PARTITION ${name} FOR VALUES IN (${part})`);
      // The partition's bound says it now; the check only spared the attach its scan.
      await last.query(`ALTER TABLE ${name} DROP CONSTRAINT ${name}_part`);
    },
  };
}

async function nextPart(tx: BulkTransaction): Promise<number> {
  const [row] = await tx.query<{ n: string }>(`SELECT nextval('load_partition_seq')::text AS n`);
  const part = Number(row?.n);
  if (!Number.isSafeInteger(part) || part <= 0) throw new Error('no load partition number');
  return part;
}
