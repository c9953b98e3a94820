import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { SecretKey } from '../../access/audit-keys.ts';
import { keyId } from '../../access/crypto.ts';
import { BackupError } from './errors.ts';
import { type Manifest, type Preamble, RECORD, readRecords } from './records.ts';
import { HEADER_BYTES, openHeader } from './sealed-stream.ts';
import type { TableShape } from './snapshot.ts';

// Reads an archive back, record by record, checking as it goes that what it holds fits together: a preamble
// first, each table's rows between its beginning and its end and as many as it says, each upload as long as
// it says with the digest it says, the manifest last and agreeing with all of it. A restore walks the archive
// twice: once to check every byte before anything is changed, then to load it.

export interface OpenedArchive {
  file: string;
  header: Buffer;
  key: Buffer;
}

export type SequenceState = { name: string; lastValue: string; isCalled: boolean };

/** What a walk does with what it meets; each may be left out. */
export interface ArchiveVisitor {
  tableBegin?(table: TableShape): Promise<void>;
  tableData?(bytes: Buffer): Promise<void>;
  tableEnd?(table: TableShape, rows: number): Promise<void>;
  sequences?(states: SequenceState[]): Promise<void>;
  fileBegin?(file: { job: string; name: string }): Promise<void>;
  fileData?(bytes: Buffer): Promise<void>;
  fileEnd?(file: { job: string; name: string; bytes: number }): Promise<void>;
}

export interface ArchiveContents {
  manifest: Manifest;
  /** The archive file's length and SHA-256, as read. */
  archiveBytes: number;
  archiveSha256: string;
  /** The keys the archive carries, newest first; null when it was made without them. */
  keys: SecretKey[] | null;
}

/** Reads the header and makes the key from the passphrase: refuses a file that is no archive or a wrong passphrase. */
export async function openArchive(file: string, passphrase: string): Promise<OpenedArchive> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupError('inputUnreadable', { file });
  });
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
    if (bytesRead < HEADER_BYTES) throw new BackupError('notAnArchive', { file });
    return { file, header, key: await openHeader(header, passphrase, file) };
  } finally {
    await handle.close();
  }
}

const lines = (buf: Buffer): number => {
  let n = 0;
  for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) n++;
  return n;
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Walks the whole archive, calling `visit` for what it meets; returns what the archive holds once all is checked. */
export async function walkArchive(
  archive: OpenedArchive,
  visit: ArchiveVisitor = {},
): Promise<ArchiveContents> {
  const { file } = archive;
  const inconsistent = () => new BackupError('contentsInconsistent', { file });
  const json = <T>(payload: Buffer): T => JSON.parse(payload.toString('utf8')) as T;
  let preamble: Preamble | undefined;
  let table: TableShape | undefined;
  let rows = 0;
  let upload: { job: string; name: string; hash: ReturnType<typeof createHash>; bytes: number } | undefined;
  const tables: Record<string, number> = {};
  let sequences: SequenceState[] | undefined;
  const uploads = { files: 0, bytes: 0 };
  let keys: SecretKey[] | null = null;
  let manifest: Manifest | undefined;
  const source = createReadStream(file, { start: HEADER_BYTES });
  const raw = createHash('sha256').update(archive.header);
  let archiveBytes = archive.header.length;
  const onRaw = (chunk: Buffer) => {
    raw.update(chunk);
    archiveBytes += chunk.length;
  };
  for await (const { type, payload } of readRecords(source, archive.header, archive.key, file, onRaw)) {
    if (!preamble && type !== RECORD.preamble) throw inconsistent();
    switch (type) {
      case RECORD.preamble:
        if (preamble) throw inconsistent();
        preamble = json<Preamble>(payload);
        break;
      case RECORD.tableBegin:
        if (table || upload) throw inconsistent();
        table = json<TableShape>(payload);
        if (table.name in tables) throw inconsistent();
        rows = 0;
        await visit.tableBegin?.(table);
        break;
      case RECORD.data:
        if (table) {
          rows += lines(payload);
          await visit.tableData?.(payload);
        } else if (upload) {
          upload.hash.update(payload);
          upload.bytes += payload.length;
          await visit.fileData?.(payload);
        } else throw inconsistent();
        break;
      case RECORD.tableEnd: {
        if (!table || json<{ rows: number }>(payload).rows !== rows) throw inconsistent();
        tables[table.name] = rows;
        await visit.tableEnd?.(table, rows);
        table = undefined;
        break;
      }
      case RECORD.sequences:
        if (table || sequences) throw inconsistent();
        sequences = json<SequenceState[]>(payload);
        await visit.sequences?.(sequences);
        break;
      case RECORD.fileBegin: {
        if (table || upload) throw inconsistent();
        const f = json<{ job: string; name: string }>(payload);
        // A name only, never a path: an archive may not write outside the uploads folder.
        if (!/^[A-Za-z0-9._-]{1,120}$/.test(f.name) || f.name.startsWith('.')) throw inconsistent();
        upload = { ...f, hash: createHash('sha256'), bytes: 0 };
        await visit.fileBegin?.(f);
        break;
      }
      case RECORD.fileEnd: {
        const end = json<{ bytes: number; sha256: string }>(payload);
        if (!upload || end.bytes !== upload.bytes || end.sha256 !== upload.hash.digest('hex'))
          throw inconsistent();
        uploads.files++;
        uploads.bytes += upload.bytes;
        await visit.fileEnd?.({ job: upload.job, name: upload.name, bytes: upload.bytes });
        upload = undefined;
        break;
      }
      case RECORD.keys: {
        if (keys || !preamble?.withKeys) throw inconsistent();
        keys = json<{ keys: string[] }>(payload).keys.map((hex) => {
          const key = Buffer.from(hex, 'hex');
          return { id: keyId(key), key };
        });
        const ids = keys.map((k) => k.id);
        if (!sameJson(ids, preamble.keyIds)) throw inconsistent();
        break;
      }
      case RECORD.manifest:
        manifest = json<Manifest>(payload);
        break;
      default:
        throw inconsistent();
    }
  }
  if (!preamble || !manifest || table || upload || !sequences) throw inconsistent();
  const {
    schemaLevel,
    tables: counted,
    sequences: nSequences,
    uploads: u,
    contentsSha256: _,
    ...rest
  } = manifest;
  if (
    !sameJson(rest, preamble) ||
    schemaLevel !== (preamble.migrations.at(-1) ?? '') ||
    !sameJson(counted, tables) ||
    nSequences !== sequences.length ||
    u.files !== uploads.files ||
    u.bytes !== uploads.bytes ||
    (preamble.withKeys && !keys)
  )
    throw inconsistent();
  return { manifest, keys, archiveBytes, archiveSha256: raw.digest('hex') };
}
