import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretKey } from '../../access/audit-keys.ts';
import { keyringOf } from '../../platform/config.ts';
import { readKeyFile, writeKeyFile } from '../../platform/key-file.ts';
import { openPGlite } from '../connection.ts';
import { type ArchiveContents, type OpenedArchive, openArchive, walkArchive } from './archive-reader.ts';
import { BackupError } from './errors.ts';
import { embeddedSession, postgresSession } from './load-session.ts';
import { checkSchemaLevel, isEmptyDatabase, loadArchive } from './restore.ts';

// Where a restore goes and with which keys: an embedded data folder (restored in a folder of its own beside the
// database, which takes its place only once whole) or a PostgreSQL database (restored in one transaction). A
// target that holds data is refused unless the operator says to replace it.

export interface RestoreCommon {
  archive: OpenedArchive;
  contents: ArchiveContents;
  /** Replace a target that holds data. */
  force: boolean;
}

export interface RestoreResult {
  auditSeq: string;
  /** The keys the restored database runs with, newest first. */
  keys: readonly SecretKey[];
  /** Embedded: where the database replaced was put aside, if there was one with data. */
  replacedDir?: string;
  /** Embedded: the key file was written or completed with the archive's keys. */
  keyFileWritten: boolean;
}

/**
 * The keys the restored database will run with: the configured ones must open everything the archive was sealed
 * with, else the archive's own keys come first and the configured ones follow (none is ever dropped).
 */
export function keysFor(contents: ArchiveContents, configured: readonly SecretKey[] | null) {
  const needed = contents.manifest.keyIds;
  const have = new Set((configured ?? []).map((k) => k.id));
  const missing = needed.filter((id) => !have.has(id));
  if (missing.length === 0 && configured) return { keys: configured, fromArchive: false };
  if (!contents.keys) throw new BackupError('keysMissing', { keys: missing.join(', ') });
  const archiveIds = new Set(contents.keys.map((k) => k.id));
  return {
    keys: [...contents.keys, ...(configured ?? []).filter((k) => !archiveIds.has(k.id))],
    fromArchive: true,
  };
}

/** Restores into the embedded database of `dataDir`, its keys in `keyFile` (read if there, written if needed). */
export async function restoreEmbedded(
  opts: RestoreCommon & { dataDir: string; keyFile: string },
): Promise<RestoreResult> {
  await checkSchemaLevel(opts.contents);
  const configured = existsSync(opts.keyFile) ? keyringOf(readKeyFile(opts.keyFile)) : null;
  const { keys, fromArchive } = keysFor(opts.contents, configured);
  const pgDir = join(opts.dataDir, 'pg');
  let holdsData = false;
  if (existsSync(pgDir) && readdirSync(pgDir).length > 0) {
    const existing = await openPGlite(pgDir);
    try {
      holdsData = !(await isEmptyDatabase(async <R>(sql: string) => (await existing.query<R>(sql)).rows));
    } finally {
      await existing.close();
    }
    if (holdsData && !opts.force) throw new BackupError('targetNotEmpty', { target: opts.dataDir });
  }
  const staging = join(opts.dataDir, `pg.restoring-${randomBytes(4).toString('hex')}`);
  const session = await embeddedSession(staging);
  let auditSeq: string;
  try {
    auditSeq = await loadArchive(session, { ...opts, keys, uploadsDir: join(opts.dataDir, 'uploads') });
    await session.close();
    // Written before the database takes its place: the keys only ever grow, so nothing sealed before is lost.
    if (fromArchive)
      writeKeyFile(
        opts.keyFile,
        keys.map((k) => k.key),
      );
  } catch (e) {
    await session.close().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  let replacedDir: string | undefined;
  if (existsSync(pgDir)) {
    if (holdsData) {
      replacedDir = join(opts.dataDir, `pg.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      await rename(pgDir, replacedDir);
    } else await rm(pgDir, { recursive: true, force: true });
  }
  await rename(staging, pgDir);
  return { auditSeq, keys, keyFileWritten: fromArchive, ...(replacedDir ? { replacedDir } : {}) };
}

/** Restores into the PostgreSQL database at `url`, in one transaction. */
export async function restorePostgres(
  opts: RestoreCommon & {
    url: string;
    configuredKeys: readonly SecretKey[] | null;
    /** Where waiting uploads go (`<data folder>/uploads`). */
    uploadsDir: string;
    /** A file to write the archive's keys to, when the configured keys lack them. */
    keysOut?: string | undefined;
  },
): Promise<RestoreResult> {
  await checkSchemaLevel(opts.contents);
  const { keys, fromArchive } = keysFor(opts.contents, opts.configuredKeys);
  // A server reads its keys from LANTERN_SECRET_KEY: the archive's are given to the operator in a file to set.
  if (fromArchive && !opts.keysOut)
    throw new BackupError('keysNotConfigured', {
      keys: opts.contents.manifest.keyIds
        .filter((id) => !opts.configuredKeys?.some((k) => k.id === id))
        .join(', '),
    });
  const session = await postgresSession(opts.url);
  try {
    if (!opts.force && !(await isEmptyDatabase(session.query)))
      throw new BackupError('targetNotEmpty', { target: 'DATABASE_URL' });
    if (fromArchive && opts.keysOut) {
      if (existsSync(opts.keysOut)) throw new BackupError('outputExists', { file: opts.keysOut });
      writeKeyFile(
        opts.keysOut,
        keys.map((k) => k.key),
      );
    }
    const auditSeq = await loadArchive(session, { ...opts, keys });
    return { auditSeq, keys, keyFileWritten: fromArchive };
  } finally {
    await session.close();
  }
}

export type RestoreTarget =
  | { kind: 'embedded'; dataDir: string; keyFile: string }
  | {
      kind: 'postgres';
      url: string;
      uploadsDir: string;
      configuredKeys: readonly SecretKey[] | null;
      keysOut?: string | undefined;
    };

/**
 * Restores the archive `file` into `target`: every byte of it checked first (the passphrase, each part, what it
 * holds), so that a wrong passphrase or a spoiled archive is refused before anything is changed.
 */
export async function restoreFile(
  file: string,
  passphrase: string,
  target: RestoreTarget,
  force: boolean,
): Promise<RestoreResult & { contents: ArchiveContents }> {
  const archive = await openArchive(file, passphrase);
  const contents = await walkArchive(archive);
  const common = { archive, contents, force };
  const result =
    target.kind === 'embedded'
      ? await restoreEmbedded({ ...common, ...target })
      : await restorePostgres({ ...common, ...target });
  return { ...result, contents };
}
