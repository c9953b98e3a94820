import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { sql } from 'kysely';
import { recordAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import { type BulkTransaction, runBulk } from '../../db/bulk.ts';
import type { Db } from '../../db/connection.ts';
import { refreshStatistics } from '../../db/statistics.ts';
import { AppError } from '../../platform/errors.ts';
import { addFlaggedEdges, aggregateImportEdges, attachImportEdges } from '../network/edges.ts';
import { KEEP_BAD_ROWS } from './checked-rows.ts';
import { DecodeError } from './decode.ts';
import { DuplicateCandidates } from './duplicates.ts';
import { sha256Of } from './file-records.ts';
import { FileFacts } from './file-regions.ts';
import {
  type BadRow,
  type ImportProgress,
  type ImportReport,
  LostClaim,
  STALE_AFTER_S,
  startQueuedJob,
} from './import-report.ts';
import { WHOLE_ROW } from './import-wire.ts';
import { IMPORT_KINDS } from './kinds.ts';
import type { ColumnMapping } from './mapping.ts';
import { readBatches } from './read-off-thread.ts';
import { SeenFilter } from './seen-filter.ts';
import { StageGuard } from './stage-guard.ts';
import { type LoadTarget, openLoadTarget, STAGE_FROM_BYTES } from './staged-load.ts';

export { type BadRow, type ImportProgress, type ImportReport, LostClaim } from './import-report.ts';

const RESERVE_AFTER_BYTES = 8 << 20;

/**
 * Imports one file of call records or transfers (the mapping's kind) for an agency: streamed from disk through
 * decoding, parsing and checking into COPY, in one transaction. A file with bad rows changes nothing unless
 * skipping them is accepted; the same file imported again changes nothing. Memory stays flat whatever its size.
 */
export async function importFile(
  database: Db,
  opts: {
    actor: Actor;
    agencyId: string;
    path: string;
    mapping: ColumnMapping;
    acceptSkips: boolean;
    progress?: (p: ImportProgress) => void;
    requestId?: string;
    /** A queued job (a browser upload) to run under, instead of a new one. */
    jobId?: string;
    /** The file's own name, when `path` is an upload's: it names the job and picks the reader. */
    fileName?: string;
    /** The runner that claimed the queued job: the import commits only if the job is still its own. */
    claim?: string;
    /** From this size the rows load into a partition of their own (staged-load.ts); tests set it low. */
    stageFromBytes?: number;
    /** From this size the file is read and checked on worker threads (read-off-thread.ts); tests set it low. */
    readOffThreadFrom?: number;
    /** The size of the regions several threads read side by side (read-off-thread.ts); tests set it low. */
    regionBytes?: number;
    /** How many threads read a file in regions (read-off-thread.ts); tests set it above one. */
    readers?: number;
  },
): Promise<ImportReport> {
  const { db } = database;
  const kindName = opts.mapping.kind;
  const kind = IMPORT_KINDS[kindName];
  const size = (await stat(opts.path)).size;
  const facts = new FileFacts();
  const sha256 = await sha256Of(
    opts.path,
    (bytes) => opts.progress?.({ phase: 'checking', bytes, totalBytes: size, rows: 0 }),
    facts,
  );
  const file = basename(opts.fileName ?? opts.path);
  const base = {
    file,
    sha256,
    rowsRead: 0,
    rowsImported: 0,
    rowsSkipped: 0,
    badRowCount: 0,
    badRows: [] as BadRow[],
    message: null,
  };
  const done = await db
    .selectFrom('import_jobs')
    .select('id')
    .where('agency_id', '=', opts.agencyId)
    .where('kind', '=', kindName)
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'completed')
    .executeTakeFirst();
  if (done) {
    const message = 'This file was imported before; nothing changed.';
    if (opts.jobId)
      await db
        .updateTable('import_jobs')
        .set({
          status: 'already_imported',
          file_sha256: sha256,
          file_bytes: size,
          bytes_done: size,
          message,
          finished_at: new Date(),
        })
        .where('id', '=', opts.jobId)
        .execute();
    await recordAudit(db, {
      actor: opts.actor,
      action: `import.${kindName}`,
      resource: { type: 'import_job', id: done.id },
      outcome: 'success',
      requestId: opts.requestId,
      detail: { already: true },
    });
    return {
      ...base,
      jobId: done.id,
      status: 'already_imported',
      message,
    };
  }
  // A run that never finished (the process was stopped) left its job 'running' and no data: close it. A job
  // another server's runner is still beating a heartbeat on is alive, and left alone.
  await db
    .updateTable('import_jobs')
    .set({ status: 'interrupted', finished_at: new Date() })
    .where('agency_id', '=', opts.agencyId)
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'running')
    .where((eb) =>
      eb.or([
        eb('heartbeat_at', 'is', null),
        eb('heartbeat_at', '<', sql<Date>`now() - make_interval(secs => ${STALE_AFTER_S})`),
      ]),
    )
    .$if(opts.jobId !== undefined, (q) => q.where('id', '<>', opts.jobId as string))
    .execute();
  const job = opts.jobId
    ? await startQueuedJob(db, opts.jobId, { sha256, size, acceptSkips: opts.acceptSkips, claim: opts.claim })
    : await db
        .insertInto('import_jobs')
        .values({
          agency_id: opts.agencyId,
          kind: kindName,
          file_name: file,
          file_sha256: sha256,
          file_bytes: size,
          mapping: opts.mapping.name,
          status: 'running',
          accept_skips: opts.acceptSkips,
          message: null,
          created_by: opts.actor.label,
          finished_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();

  const bad: BadRow[] = [];
  let badCount = 0;
  let rowsRead = 0;
  let imported = 0;
  let bytes = 0;
  let failure: string | null = null;
  let lostClaim = false;

  const candidates = new DuplicateCandidates();
  // On a server, a large import's hold on its partition, which is committed before it is indexed (stage-guard.ts).
  const guard = await StageGuard.open(database, kind.table, size, opts.stageFromBytes ?? STAGE_FROM_BYTES);
  let early: LoadTarget | null = null;
  // The job done, in the import's last transaction: false when another runner has taken the job over.
  const finish = async (tx: BulkTransaction) => {
    for (const b of bad)
      await tx.query(
        'INSERT INTO import_bad_rows (job_id, line, field, reason) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [job.id, b.line, b.field, b.reason],
      );
    const kept = await tx.query(
      `UPDATE import_jobs SET status = 'completed', rows_read = $2, rows_imported = $3, rows_skipped = $4, finished_at = now() WHERE id = $1 AND ($5::text IS NULL OR claimed_by = $5) RETURNING id`,
      [job.id, rowsRead, imported, badCount, opts.claim ?? null],
    );
    lostClaim = kept.length === 0;
    return { commit: !lostClaim, result: !lostClaim };
  };
  // The rows the filter flagged, checked once the file is read: false when duplicates refuse the file.
  const checkDuplicates = async (tx: BulkTransaction, table: string) => {
    const dups = await candidates.resolve(
      tx,
      kind,
      { agencyId: opts.agencyId, importId: job.id, table },
      KEEP_BAD_ROWS,
    );
    imported += candidates.count - dups.count;
    badCount += dups.count;
    for (const line of dups.lines)
      bad.push({ line, field: WHOLE_ROW, reason: 'duplicates an earlier row of this file' });
    bad.sort((a, b) => a.line - b.line);
    bad.length = Math.min(bad.length, KEEP_BAD_ROWS);
    return badCount === 0 || opts.acceptSkips;
  };
  let committed = false;
  try {
    committed = await runBulk(database, async (tx) => {
      const target = await openLoadTarget(tx, kind.table, size, opts.stageFromBytes, guard);
      const writer = await tx.copyInto(target.table, ['agency_id', 'import_id', ...kind.columns], {
        freeze: target.staged,
      });
      const seen = new SeenFilter();
      let reserved = false;
      // The columns each row gets in front of the file's, written by the reading thread.
      const prefix = `${opts.agencyId},${job.id},`;
      try {
        for await (const batch of readBatches(opts.path, file, opts.mapping, kindName, {
          size,
          prefix,
          splittable: facts.splittable(file, opts.mapping),
          offThreadFrom: opts.readOffThreadFrom,
          regionBytes: opts.regionBytes,
          readers: opts.readers,
        })) {
          rowsRead += batch.read;
          bytes = batch.bytes;
          badCount += batch.badCount;
          for (const b of batch.bad) if (bad.length < KEEP_BAD_ROWS) bad.push(b);
          if (!reserved && bytes >= RESERVE_AFTER_BYTES) {
            // Room for the whole file's rows at once, from the rows a byte so far (bytes are read a chunk ahead).
            reserved = true;
            seen.reserve(Math.ceil((size / bytes) * rowsRead * 1.06));
          }
          // The batch's text goes to COPY as it is, but for the rows that may have come before: those are cut out
          // and checked exactly once the file is read (duplicates.ts).
          const { text, ends, hashes, lines } = batch;
          let from = 0;
          let start = 0;
          for (let i = 0; i < ends.length; i++) {
            const end = ends[i] as number;
            if (seen.add(hashes[2 * i] as number, hashes[2 * i + 1] as number)) {
              if (start > from) await writer.write(text.slice(from, start));
              await candidates.add(lines[i] as number, text.slice(start + prefix.length, end - 1));
              from = end;
            } else imported++;
            start = end;
          }
          if (from < text.length) await writer.write(from === 0 ? text : text.slice(from));
          opts.progress?.({ phase: 'importing', bytes, totalBytes: size, rows: rowsRead });
          // A turn of the event loop between batches: when the reading thread is ahead, the batches wait already
          // read and an embedded COPY answers at once, so nothing else would yield, and the server would answer
          // no one (not even this import's progress) until the file was read.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } catch (e) {
        if (e instanceof DecodeError || e instanceof AppError) {
          failure = e.message;
          return { commit: false, result: false };
        }
        throw e;
      }
      await writer.end();
      await target.index();
      if (target.early) {
        if (badCount > 0 && !opts.acceptSkips) return { commit: false, result: false };
        // The rows are in: committed now, indexed and aggregated next; the rows the filter flagged are checked
        // and added, and all attached, last.
        early = target;
        return { commit: true, result: true };
      }
      if (!(await checkDuplicates(tx, target.table))) return { commit: false, result: false };
      await aggregateImportEdges(tx, kindName, opts.agencyId, job.id, target.table, target.part);
      await target.attach(tx);
      return finish(tx);
    });
    const staged = early as LoadTarget | null;
    if (committed && guard && staged) {
      await guard.indexAndAggregate(kindName, opts.agencyId, job.id);
      committed = await runBulk(database, async (tx) => {
        if (!(await checkDuplicates(tx, staged.table))) return { commit: false, result: false };
        // The flagged rows that were no duplicates came after the edges' aggregation: their pairs are added.
        if (candidates.count > 0) await addFlaggedEdges(tx, kindName, opts.agencyId, job.id, guard.part);
        await attachImportEdges(tx, guard.part);
        await staged.attach(tx);
        return finish(tx);
      });
      if (!committed) await guard.drop();
    }
  } catch (e) {
    if (early) await guard?.drop().catch(() => undefined);
    throw e;
  } finally {
    candidates.dispose();
    await guard?.release();
  }
  opts.progress?.({ phase: 'importing', bytes: size, totalBytes: size, rows: rowsRead });
  if (lostClaim) throw new LostClaim();

  if (!committed) {
    const message =
      failure ?? `${badCount} bad row(s): nothing was imported. Fix them, or accept skipping them.`;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('import_jobs')
        .set({
          status: 'rejected',
          rows_read: rowsRead,
          rows_skipped: badCount,
          message,
          finished_at: new Date(),
        })
        .where('id', '=', job.id)
        .$if(opts.claim !== undefined, (q) => q.where('claimed_by', '=', opts.claim as string))
        .execute();
      for (const b of bad)
        await trx
          .insertInto('import_bad_rows')
          .values({ job_id: job.id, line: b.line, field: b.field, reason: b.reason })
          .onConflict((oc) => oc.doNothing())
          .execute();
    });
    await recordAudit(db, {
      actor: opts.actor,
      action: `import.${kindName}`,
      resource: { type: 'import_job', id: job.id },
      outcome: 'failure',
      requestId: opts.requestId,
      detail: { rowsRead, badRows: badCount },
    });
    return {
      ...base,
      jobId: job.id,
      status: 'rejected',
      rowsRead,
      rowsImported: 0,
      rowsSkipped: badCount,
      badRowCount: badCount,
      badRows: bad,
      message,
    };
  }
  // PGlite never analyzes by itself: without fresh statistics, plans over the new rows go bad.
  await refreshStatistics(
    db,
    kind.table === 'call_records' || kind.table === 'transfers'
      ? [kind.table, 'network_edge_parts']
      : [kind.table],
  );
  await recordAudit(db, {
    actor: opts.actor,
    action: `import.${kindName}`,
    resource: { type: 'import_job', id: job.id },
    outcome: 'success',
    requestId: opts.requestId,
    detail: { rowsRead, imported, skipped: badCount },
  });
  return {
    ...base,
    jobId: job.id,
    status: 'completed',
    rowsRead,
    rowsImported: imported,
    rowsSkipped: badCount,
    badRowCount: badCount,
    badRows: bad,
    message: null,
  };
}

/** Call records through a calls mapping. */
export async function importCalls(
  database: Db,
  opts: Parameters<typeof importFile>[1],
): Promise<ImportReport> {
  if (opts.mapping.kind !== 'calls')
    throw new AppError(
      'validation_failed',
      `mapping: "${opts.mapping.name}" is for ${opts.mapping.kind}, not calls`,
    );
  return importFile(database, opts);
}
