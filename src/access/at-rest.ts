import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Database } from '../db/types.ts';
import { indexItemTerms } from '../intel/report-terms.ts';
import { itemContext, provenanceContext, titleContext } from '../intel/reports.ts';
import { caseContext } from '../protection/cases.ts';
import { resealProtectionNotes } from '../protection/sealed-notes.ts';
import { referralNoteContext, resealScreening } from '../screening/sealed-fields.ts';
import { type Keyring, reseal, resealText, seal, sealText, unseal } from './sealing.ts';
import { totpContext } from './totp.ts';

type Trx = Transaction<Database>;

/** How many rows had their sealed values brought under the current key, by table. */
export interface ResealCounts {
  screenings: number;
  referrals: number;
  protectionCases: number;
  /** Needs assessments' and services' notes (sealed again on a key rotation only: never written in clear). */
  protectionNotes: number;
  reports: number;
  reportItems: number;
  totpSecrets: number;
}

const BATCH = 500;
/** Rows in a page of a rotation beside a running app: a few tens of milliseconds of work. */
export const ROTATION_PAGE = 50;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

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

/**
 * One page of a sealed table keyed by id, locked until its batch commits (an app writing one of its rows waits,
 * and is not overwritten by the value read before): with `pending`, the next rows still marked to seal (sealing a
 * page clears its marks, so the next call finds the next ones); otherwise the rows after the last one seen.
 */
// biome-ignore lint/suspicious/noExplicitAny: applies to the select of any sealed table keyed by id
const pageOf = <Q extends SelectQueryBuilder<any, any, any>>(
  q: Q,
  pending: boolean,
  after: string,
  size: number,
): Q =>
  (pending ? q.where('needs_seal', '=', true) : q.where('id', '>', after))
    .orderBy('id')
    .limit(size)
    .forUpdate() as Q;

/** Whether an update changes the row (a JSON column is compared as the text written). */
const changes = (update: Record<string, unknown>, row: Record<string, unknown>): boolean =>
  Object.entries(update).some(([k, v]) => {
    const was = row[k];
    return was !== null && typeof was === 'object' ? JSON.stringify(was) !== v : was !== v;
  });

/**
 * Hands every row of the pages `page` reads, in order and a page a batch, to `update`, and writes what it gives
 * when that changes the row; returns how many rows changed.
 */
async function eachRow<R extends { id: string }, U extends object>(
  run: BatchRunner,
  size: number,
  page: (trx: Trx, after: string) => Promise<R[]>,
  update: (r: R) => U,
  write: (trx: Trx, r: R, set: U) => Promise<unknown>,
): Promise<number> {
  let n = 0;
  for (let last = FIRST_ID; ; ) {
    const from = last;
    const rows = await run(async (trx) => {
      const rows = await page(trx, from);
      for (const r of rows) {
        const set = update(r);
        if (!changes(set as Record<string, unknown>, r)) continue;
        await write(trx, r, set);
        n++;
      }
      return rows;
    });
    if (rows.length < size) return n;
    last = rows[rows.length - 1]?.id ?? last;
  }
}
const SEALED_TABLES = [
  'screenings',
  'referrals',
  'protection_cases',
  'intel_reports',
  'intel_report_items',
] as const;

/**
 * Brings every sealed value under the current key (the first of `ring`). With `pending`, only rows written in
 * clear before encryption at rest (`needs_seal`), which are sealed; with `all` (a key rotation), every row too,
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
  const counts: ResealCounts = {
    screenings: 0,
    referrals: 0,
    protectionCases: 0,
    protectionNotes: 0,
    reports: 0,
    reportItems: 0,
    totpSecrets: 0,
  };
  const pending = scope === 'pending';

  counts.screenings = await eachRow(
    run,
    size,
    (trx, after) => pageOf(trx.selectFrom('screenings').selectAll(), pending, after, size).execute(),
    (r) => resealScreening(ring, r),
    (trx, r, set) => trx.updateTable('screenings').set(set).where('id', '=', r.id).execute(),
  );

  counts.referrals = await eachRow(
    run,
    size,
    (trx, after) =>
      pageOf(
        trx.selectFrom('referrals').select(['id', 'note', 'needs_seal']),
        pending,
        after,
        size,
      ).execute(),
    (r) => {
      const c = referralNoteContext(r.id);
      return {
        note: r.needs_seal ? sealText(ring, r.note, c) : resealText(ring, r.note, c),
        needs_seal: false,
      };
    },
    (trx, r, set) => trx.updateTable('referrals').set(set).where('id', '=', r.id).execute(),
  );

  counts.protectionCases = await eachRow(
    run,
    size,
    (trx, after) =>
      pageOf(
        trx.selectFrom('protection_cases').select(['id', 'pseudonym', 'needs_seal']),
        pending,
        after,
        size,
      ).execute(),
    (r) => {
      const c = caseContext(r.id);
      return {
        pseudonym: r.needs_seal ? seal(ring, r.pseudonym, c) : reseal(ring, r.pseudonym, c),
        needs_seal: false,
      };
    },
    (trx, r, set) => trx.updateTable('protection_cases').set(set).where('id', '=', r.id).execute(),
  );

  counts.reports = await eachRow(
    run,
    size,
    (trx, after) =>
      pageOf(
        trx.selectFrom('intel_reports').select(['id', 'title', 'provenance', 'needs_seal']),
        pending,
        after,
        size,
      ).execute(),
    (r) => {
      const [t, p] = [titleContext(r.id), provenanceContext(r.id)];
      return r.needs_seal
        ? { title: seal(ring, r.title, t), provenance: sealText(ring, r.provenance, p), needs_seal: false }
        : { title: reseal(ring, r.title, t), provenance: resealText(ring, r.provenance, p) };
    },
    (trx, r, set) => trx.updateTable('intel_reports').set(set).where('id', '=', r.id).execute(),
  );

  counts.reportItems = await resealReportItems(run, ring, pending, size);

  if (!pending) {
    counts.protectionNotes = await resealProtectionNotes(run, ring, size);
    counts.totpSecrets = await eachRow(
      run,
      size,
      (trx, after) =>
        trx
          .selectFrom('users')
          .select(['id', 'totp_secret_enc'])
          .where('totp_secret_enc', 'is not', null)
          .where('id', '>', after)
          .orderBy('id')
          .limit(size)
          .forUpdate()
          .execute(),
      (u) => ({ totp_secret_enc: u.totp_secret_enc && reseal(ring, u.totp_secret_enc, totpContext(u.id)) }),
      (trx, u, set) => trx.updateTable('users').set(set).where('id', '=', u.id).execute(),
    );
  }
  return counts;
}

/** Report items' text sealed again and their search terms hashed again, a page a batch. */
async function resealReportItems(
  run: BatchRunner,
  ring: Keyring,
  pending: boolean,
  size: number,
): Promise<number> {
  let n = 0;
  for (let last = { report_id: FIRST_ID, n: 0 }; ; ) {
    const from = last;
    const rows = await run(async (trx) => {
      const rows = await trx
        .selectFrom('intel_report_items')
        .select(['report_id', 'n', 'text', 'needs_seal'])
        .$if(pending, (q) => q.where('needs_seal', '=', true))
        .$if(!pending, (q) =>
          q.where((eb) =>
            eb.or([
              eb('report_id', '>', from.report_id),
              eb.and([eb('report_id', '=', from.report_id), eb('n', '>', from.n)]),
            ]),
          ),
        )
        .orderBy('report_id')
        .orderBy('n')
        .limit(size)
        .forUpdate()
        .execute();
      for (const r of rows) {
        const c = itemContext(r.report_id, r.n);
        const text = r.needs_seal ? seal(ring, r.text, c) : reseal(ring, r.text, c);
        // Under the current key already: its terms were hashed under it in the same transaction.
        if (!r.needs_seal && text === r.text) continue;
        const plain = r.needs_seal ? r.text : unseal(ring, r.text, c);
        await trx
          .updateTable('intel_report_items')
          .set({ text, needs_seal: false })
          .where('report_id', '=', r.report_id)
          .where('n', '=', r.n)
          .execute();
        await indexItemTerms(trx, ring, r.report_id, r.n, plain);
        n++;
      }
      return rows;
    });
    if (rows.length < size) return n;
    const end = rows[rows.length - 1];
    if (end) last = { report_id: end.report_id, n: end.n };
  }
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
