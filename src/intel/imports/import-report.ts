import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../platform/errors.ts';

// What an import reports, and how a queued job's row is taken up by the run that imports it.

/** A running job whose runner has not beaten for this long is taken to be orphaned (its server died). */
export const STALE_AFTER_S = 60;

export interface BadRow {
  line: number;
  field: string;
  reason: string;
}

export interface ImportProgress {
  phase: 'checking' | 'importing';
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface ImportReport {
  jobId: string | null;
  status: 'completed' | 'rejected' | 'already_imported';
  file: string;
  sha256: string;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  badRowCount: number;
  /** The first bad rows, each with its line, field and reason. */
  badRows: BadRow[];
  message: string | null;
}

/** The job was taken over by another runner (this one was thought dead): nothing was committed. */
export class LostClaim extends Error {
  constructor() {
    super('another runner has taken this import job over');
  }
}

/** Moves a queued job to running, with what hashing the file found. */
export async function startQueuedJob(
  db: Db['db'],
  jobId: string,
  found: { sha256: string; size: number; acceptSkips: boolean; claim: string | undefined },
): Promise<{ id: string }> {
  const row = await db
    .updateTable('import_jobs')
    .set({
      status: 'running',
      file_sha256: found.sha256,
      file_bytes: found.size,
      accept_skips: found.acceptSkips,
      rows_read: 0,
      rows_imported: 0,
      rows_skipped: 0,
      bytes_done: 0,
      message: null,
      finished_at: null,
    })
    .where('id', '=', jobId)
    .$if(found.claim !== undefined, (q) => q.where('claimed_by', '=', found.claim as string))
    .returning('id')
    .executeTakeFirst();
  if (!row && found.claim !== undefined) throw new LostClaim();
  if (!row) throw new AppError('not_found', 'the import job is gone');
  await sql`UPDATE import_jobs SET started_at = now() WHERE id = ${jobId}`.execute(db);
  // A job that ran before (the server stopped midway) may have left bad rows of an earlier pass.
  await db.deleteFrom('import_bad_rows').where('job_id', '=', jobId).execute();
  return row;
}
