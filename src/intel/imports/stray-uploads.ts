import { randomUUID } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';

/** Whether no process has this id on this machine (one running as another user answers EPERM: it is there). */
export function processGone(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** An upload's file name: the machine and process receiving it, so that a server started again knows its dead. */
export const uploadName = (ext: string): string =>
  `${hostname()}_${process.pid}_${randomUUID()}${/^\.[a-z0-9]{1,8}$/.test(ext) ? ext : ''}`;

/** Whether an upload was received by a process of this machine that is gone. */
function receiverGone(name: string): boolean {
  const m = /^(.+)_(\d+)_[0-9a-f-]{36}(\.[a-z0-9]{1,8})?$/.exec(name);
  return m !== null && m[1] === hostname() && Number(m[2]) !== process.pid && processGone(Number(m[2]));
}

/** On a server shared by several Lanterns, an upload no job names is left alone this long (another may be writing it). */
export const STRAY_AFTER_MS = 60 * 60_000;

/**
 * Deletes the uploads no queued or running import job names: a server killed while a file arrived (written to the
 * upload directory before its job is queued), or after a job ended but before its upload was deleted, leaves it
 * behind, and nothing else would ever remove it. With `all` (the embedded
 * database: only this process uses the directory, and it is starting) every such file goes; otherwise those a
 * process of this machine now gone was receiving, and others only once unchanged for STRAY_AFTER_MS, since another
 * server sharing the directory may be receiving them. Returns how many.
 */
export async function sweepStrayUploads(
  db: Kysely<Database>,
  uploadDir: string,
  opts: { all: boolean; now?: number },
): Promise<number> {
  let files: string[];
  try {
    files = await readdir(uploadDir);
  } catch {
    return 0;
  }
  if (files.length === 0) return 0;
  const waiting = () =>
    db
      .selectFrom('import_jobs')
      .select('upload_path')
      .where('status', 'in', ['queued', 'running'])
      .where('upload_path', 'is not', null);
  const named = new Set((await waiting().execute()).map((j) => j.upload_path));
  const now = opts.now ?? Date.now();
  let removed = 0;
  for (const f of files) {
    const path = join(uploadDir, f);
    if (named.has(path)) continue;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    if (!opts.all && now - info.mtimeMs < STRAY_AFTER_MS && !receiverGone(f)) continue;
    // Named by a job queued since the list was read: kept.
    if (await waiting().where('upload_path', '=', path).executeTakeFirst()) continue;
    const gone = await unlink(path).then(
      () => true,
      () => false,
    );
    if (gone) removed++;
    // A job that ended while its runner was killed, before it let its upload go, names it no more.
    await db
      .updateTable('import_jobs')
      .set({ upload_path: null })
      .where('upload_path', '=', path)
      .where('status', 'not in', ['queued', 'running'])
      .execute();
  }
  return removed;
}
