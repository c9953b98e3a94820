import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../access/audit.ts';
import type { SecretKey } from '../../access/audit-keys.ts';
import { SYSTEM_CLI } from '../../access/policy.ts';
import type { Db } from '../connection.ts';
import type { Database } from '../types.ts';
import { type Manifest, type Preamble, RECORD, RecordWriter } from './records.ts';
import { DEFAULT_KDF, type KdfParams, newHeader } from './sealed-stream.ts';
import { quoteIdent, sequenceStates, tableShapes, withSnapshot } from './snapshot.ts';

// Writes a backup archive of the whole database: every table read in one consistent snapshot, the sequences,
// the uploads still waiting for their import, and (unless told not to) the secret keys, all sealed under a key made
// from the passphrase. Memory stays flat whatever the size: rows stream from the engine to the file.

/** Lantern's version, as package.json gives it. */
export const LANTERN_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface BackupOptions {
  passphrase: string;
  /** The configured secret keys, newest first. */
  keys: readonly SecretKey[];
  /** Carry the keys themselves, sealed under the passphrase like the rest. */
  withKeys: boolean;
  /** The key-making cost; tests use a cheap one. */
  kdf?: KdfParams;
  now?: Date;
}

export interface BackupResult {
  manifest: Manifest;
  /** The archive's length and SHA-256, as written: to match a file to the audit entry that records it. */
  archiveBytes: number;
  archiveSha256: string;
}

/** Counts and hashes the archive's bytes on their way out. */
class Tap extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, c?: Buffer) => void) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

const countLines = (buf: Buffer): number => {
  let n = 0;
  for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) n++;
  return n;
};

/** Writes the archive of `database` to `out` (ended when done). */
export async function writeBackup(database: Db, out: Writable, opts: BackupOptions): Promise<BackupResult> {
  const { header, key } = await newHeader(opts.passphrase, opts.kdf ?? DEFAULT_KDF);
  const tap = new Tap();
  tap.pipe(out);
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('close', resolve);
    out.once('error', reject);
  });
  finished.catch(() => undefined);
  const writer = new RecordWriter(tap, header, key);
  try {
    const { preamble, tables, sequences, uploads } = await withSnapshot(database, async (reader) => {
      const migrations = (
        await reader.query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name COLLATE "C"')
      ).map((m) => m.name);
      const preamble: Preamble = {
        format: 1,
        lantern: LANTERN_VERSION,
        engine: database.kind,
        createdAt: (opts.now ?? new Date()).toISOString(),
        migrations,
        keyIds: opts.keys.map((k) => k.id),
        withKeys: opts.withKeys,
      };
      await writer.json(RECORD.preamble, preamble);
      const tables: Record<string, number> = {};
      for (const table of await tableShapes(reader.query)) {
        await writer.json(RECORD.tableBegin, table);
        let rows = 0;
        await reader.copyOut(table, async (bytes) => {
          rows += countLines(bytes);
          await writer.data(bytes);
        });
        await writer.json(RECORD.tableEnd, { rows });
        tables[table.name] = rows;
      }
      const sequences = await sequenceStates(reader.query);
      await writer.json(RECORD.sequences, sequences);
      // The uploads are copied once the snapshot is over (on the embedded engine, requests wait while it lasts).
      const uploads = await reader.query<{ id: string; upload_path: string }>(
        `SELECT id, upload_path FROM ${quoteIdent('import_jobs')} WHERE upload_path IS NOT NULL ORDER BY id`,
      );
      return { preamble, tables, sequences: sequences.length, uploads };
    });
    const copied = { files: 0, bytes: 0, gone: 0 };
    for (const u of uploads) {
      // A job that finished meanwhile has removed its upload: it needs it no more.
      const found = await stat(u.upload_path).catch(() => null);
      if (!found?.isFile()) {
        copied.gone++;
        continue;
      }
      await writer.json(RECORD.fileBegin, { job: u.id, name: basename(u.upload_path) });
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of createReadStream(u.upload_path) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
        await writer.data(chunk);
      }
      await writer.json(RECORD.fileEnd, { bytes, sha256: hash.digest('hex') });
      copied.files++;
      copied.bytes += bytes;
    }
    if (opts.withKeys) await writer.json(RECORD.keys, { keys: opts.keys.map((k) => k.key.toString('hex')) });
    const manifest = await writer.finish({
      ...preamble,
      schemaLevel: preamble.migrations.at(-1) ?? '',
      tables,
      sequences,
      uploads: copied,
    });
    await finished;
    return { manifest, archiveBytes: tap.bytes, archiveSha256: tap.hash.digest('hex') };
  } catch (e) {
    writer.abort(e as Error);
    out.destroy();
    throw e;
  }
}

/** Records a backup made in the audit log: what it holds and the archive's digest, to match the file to it. */
export function auditBackup(
  db: Kysely<Database>,
  r: BackupResult,
  via: 'command' | 'server',
): Promise<string> {
  const m = r.manifest;
  return recordAudit(db, {
    actor: SYSTEM_CLI,
    action: 'backup.create',
    resource: { type: 'database' },
    outcome: 'success',
    requestId: 'cli',
    detail: {
      via,
      archiveSha256: r.archiveSha256,
      archiveBytes: r.archiveBytes,
      contentsSha256: m.contentsSha256,
      engine: m.engine,
      schemaLevel: m.schemaLevel,
      tables: Object.keys(m.tables).length,
      rows: Object.values(m.tables).reduce((a, b) => a + b, 0),
      uploads: m.uploads.files,
      withKeys: m.withKeys,
      keyIds: m.keyIds,
    },
  });
}
