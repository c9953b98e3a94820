import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Database } from '../db/types.ts';
import { resealReportItems } from './at-rest-items.ts';
import { resealTable } from './reseal-table.ts';
import { noCounts, type ResealCounts, SEALED_COLUMNS } from './sealed-columns.ts';
import type { Keyring } from './sealing.ts';

type Trx = Transaction<Database>;

export type { ResealCounts } from './sealed-columns.ts';

const BATCH = 500;
/** Rows in a page of a rotation beside a running app: a few tens of milliseconds of work. */
export const ROTATION_PAGE = 50;

/**
 * Runs one batch of a pass over the sealed tables: in the caller's transaction (all or nothing), or in a
 * transaction of its own that commits at once (a rotation beside a running app: no lock is held for long, and a
 * pass stopped half-way is taken up by the next, which skips what is already under the current key).
 */
export type BatchRunner = <T>(batch: (trx: Trx) => Promise<T>) => Promise<T>;
export const inTransaction =
  (trx: Trx): BatchRunner =>
  (batch) =>
    batch(trx);
/**
 * Each batch in a transaction of its own. With `share`, on the embedded database (one connection: every query of
 * the app waits for the batch under way, and a request makes tens of them), each batch is followed by a pause as
 * long as it took, so the app has the connection at least half the time.
 */
export const batchTransactions =
  (db: Kysely<Database>, opts: { share?: boolean } = {}): BatchRunner =>
  async (batch) => {
    const at = performance.now();
    const out = await db.transaction().execute(batch);
    if (opts.share) await sleep(performance.now() - at);
    return out;
  };

/** The tables that held text in clear before encryption at rest. */
const SEALED_TABLES = [...SEALED_COLUMNS.filter((t) => t.pending).map((t) => t.table), 'intel_report_items'];

/**
 * Brings every sealed value under the current key (the first of `ring`), walking every sealed column that
 * sealed-columns.ts declares. With `pending`, only rows written in clear before encryption at rest (`needs_seal`),
 * which are sealed; with `all` (a key rotation), every row of every sealed table too,
 * each value opened with the key that sealed it and sealed again under the current one, and report items'
 * search terms hashed again under the current key; a row already under the current key is left as it is. Each
 * page of `size` rows is a batch of `run`: the caller's transaction, or one that commits of its own. On the
 * embedded database every query of the app waits for the batch under way, so a pass beside a running app keeps
 * its pages small (ROTATION_PAGE).
 */
export async function resealRows(
  run: BatchRunner,
  ring: Keyring,
  scope: 'pending' | 'all',
  size = BATCH,
): Promise<ResealCounts> {
  const counts = noCounts();
  const pending = scope === 'pending';
  counts.reportItems = await resealReportItems(run, ring, pending, size);
  for (const t of SEALED_COLUMNS) {
    // Tables never written in clear have nothing for the start-up pass.
    if (pending && !t.pending) continue;
    counts[t.count] += await resealTable(run, ring, t, pending, size);
  }
  return counts;
}

const total = (c: ResealCounts) => Object.values(c).reduce((a, n) => a + n, 0);

/**
 * Rewrites the tables that held text in clear, so the old row versions leave the table files, then moves the
 * write-ahead log on to a new segment and checkpoints twice with segment recycling off, so the segments that
 * recorded the old text are deleted. On the embedded database nothing of it is left in any file of the data
 * folder (seal-pass.db.test.ts); a PostgreSQL server may refuse these to a non-superuser, and its own replicas,
 * archives and backups are the operator's to renew. Deleted files' blocks stay on the disk until overwritten.
 * With `full: false` (a rotation beside a running app), the tables are not rewritten.
 */
export async function compactSealedTables(
  db: Kysely<Database>,
  opts: { full?: boolean } = {},
): Promise<void> {
  // VACUUM FULL locks each table while it rewrites it; beside a running app a plain VACUUM only marks the old
  // versions' space for reuse (their bytes stay in the table files until overwritten).
  const vacuum = opts.full === false ? sql`VACUUM` : sql`VACUUM FULL`;
  for (const t of SEALED_TABLES) await sql`${vacuum} ${sql.table(t)}`.execute(db);
  try {
    // Segments that held the old text are deleted rather than kept for reuse, once a checkpoint has passed them.
    await sql`SET wal_recycle = off`.execute(db);
    for (let i = 0; i < 2; i++) {
      await sql`SELECT pg_switch_wal()`.execute(db);
      await sql`CHECKPOINT`.execute(db);
    }
    await sql`RESET wal_recycle`.execute(db);
  } catch {
    // A server may refuse these to a non-superuser; its own checkpoints follow soon.
  }
}

/**
 * The start-up pass: seals rows written in clear before encryption at rest (idempotent: a second run finds
 * none). Run by every command that opens the database, with the key the migration could not see.
 */
export async function sealPendingRows(database: Db, ring: Keyring): Promise<ResealCounts> {
  const counts = await database.db
    .transaction()
    .execute((trx) => resealRows(inTransaction(trx), ring, 'pending'));
  if (total(counts) > 0) await compactSealedTables(database.db);
  return counts;
}
