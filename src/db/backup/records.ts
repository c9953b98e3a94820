import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createDeflateRaw, createInflateRaw } from 'node:zlib';
import { BackupError } from './errors.ts';
import { OpenStream, Pending, SealStream } from './sealed-stream.ts';

// What an archive holds, once opened: a stream of records, each a type byte, a length and its payload, compressed
// (raw deflate) before it is sealed. The last record is the manifest, with the SHA-256 of every record before it.

export const RECORD = {
  /** JSON: the archive's Preamble. */
  preamble: 1,
  /** JSON: a table's name and the columns its rows give, in order. */
  tableBegin: 2,
  /** Bytes: a table's rows in COPY text format, or an upload's bytes; cut anywhere. */
  data: 3,
  /** JSON: the rows the table gave. */
  tableEnd: 4,
  /** JSON: each sequence's last value. */
  sequences: 5,
  /** JSON: an upload waiting for its import: its job and file name. */
  fileBegin: 6,
  /** JSON: the upload's length and SHA-256. */
  fileEnd: 7,
  /** JSON: the secret keys, newest first (only when the archive carries them). */
  keys: 8,
  /** JSON: the Manifest; the last record. */
  manifest: 9,
} as const;

export type RecordType = (typeof RECORD)[keyof typeof RECORD];

/** The largest payload a writer puts in one record; anything larger was not made by one. */
export const MAX_RECORD_BYTES = 1 << 20;

/** What the archive says of itself first. */
export interface Preamble {
  format: 1;
  lantern: string;
  engine: 'embedded' | 'postgres';
  createdAt: string;
  /** Every migration applied, in order: the last is the schema's level. */
  migrations: string[];
  /** Ids of the secret keys configured when it was made, newest first. */
  keyIds: string[];
  /** Whether the archive carries the keys themselves. */
  withKeys: boolean;
}

/** The last record: everything an operator or a restore checks the archive against. */
export interface Manifest extends Preamble {
  schemaLevel: string;
  tables: Record<string, number>;
  sequences: number;
  /** Uploads waiting for their import, and those whose file was gone (their job finished) when copied. */
  uploads: { files: number; bytes: number; gone: number };
  /** SHA-256 of every record before the manifest, as opened (before compression). */
  contentsSha256: string;
}

/** Writes records into an archive: compressed, sealed, and out to `out`, with flat memory. */
export class RecordWriter {
  readonly #deflate = createDeflateRaw({ level: 3, memLevel: 8, strategy: constants.Z_DEFAULT_STRATEGY });
  readonly #done: Promise<void>;
  readonly #hash = createHash('sha256');
  #plainBytes = 0;
  constructor(out: Writable, header: Buffer, key: Buffer) {
    this.#done = pipeline(this.#deflate, new SealStream(header, key), out);
    this.#done.catch(() => undefined);
  }
  get plainBytes(): number {
    return this.#plainBytes;
  }
  async #write(buf: Buffer, hashed: boolean): Promise<void> {
    if (hashed) this.#hash.update(buf);
    this.#plainBytes += buf.length;
    if (!this.#deflate.write(buf)) await Promise.race([once(this.#deflate, 'drain'), this.#done]);
  }
  async #record(type: RecordType, payload: Buffer, hashed = true): Promise<void> {
    const head = Buffer.alloc(5);
    head.writeUInt8(type, 0);
    head.writeUInt32BE(payload.length, 1);
    await this.#write(head, hashed);
    await this.#write(payload, hashed);
  }
  json(type: RecordType, value: unknown): Promise<void> {
    const payload = Buffer.from(JSON.stringify(value), 'utf8');
    if (payload.length > MAX_RECORD_BYTES)
      throw new Error('a backup record is larger than an archive may hold');
    return this.#record(type, payload);
  }
  /** Bytes, in records of at most MAX_RECORD_BYTES. */
  async data(bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length; at += MAX_RECORD_BYTES)
      await this.#record(RECORD.data, bytes.subarray(at, at + MAX_RECORD_BYTES));
  }
  /** Writes the manifest (with the digest of everything before it) and waits until the archive is out. */
  async finish(manifest: Omit<Manifest, 'contentsSha256'>): Promise<Manifest> {
    const full: Manifest = { ...manifest, contentsSha256: this.#hash.digest('hex') };
    await this.#record(RECORD.manifest, Buffer.from(JSON.stringify(full), 'utf8'), false);
    this.#deflate.end();
    await this.#done;
    return full;
  }
  /** Abandons the archive (the caller removes what was written). */
  abort(e: Error): void {
    this.#deflate.destroy(e);
  }
}

export interface ArchiveRecord {
  type: RecordType;
  payload: Buffer;
}

/**
 * The records of an archive whose parts follow `header` in `source`, each checked before it is given; the
 * manifest last, its digest checked against the records before it.
 */
export async function* readRecords(
  source: NodeJS.ReadableStream,
  header: Buffer,
  key: Buffer,
  file: string,
  /** Sees the archive's bytes after the header as they are read. */
  onRaw: (chunk: Buffer) => void = () => {},
): AsyncGenerator<ArchiveRecord> {
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      onRaw(chunk);
      done(null, chunk);
    },
  });
  const opened = new OpenStream(header, key, file);
  const inflate = createInflateRaw();
  const flowing = pipeline(source, tap, opened, inflate);
  flowing.catch(() => undefined);
  const hash = createHash('sha256');
  const inconsistent = () => new BackupError('contentsInconsistent', { file });
  const pending = new Pending();
  let manifestSeen = false;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      pending.push(chunk);
      while (pending.size >= 5) {
        const head = pending.peek(5);
        const type = head.readUInt8(0) as RecordType;
        const length = head.readUInt32BE(1);
        if (length > MAX_RECORD_BYTES || manifestSeen) throw inconsistent();
        if (pending.size < 5 + length) break;
        const whole = pending.take(5 + length);
        const record = { type, payload: whole.subarray(5) };
        if (type === RECORD.manifest) {
          const manifest = JSON.parse(record.payload.toString('utf8')) as Manifest;
          if (manifest.contentsSha256 !== hash.digest('hex')) throw inconsistent();
          manifestSeen = true;
        } else hash.update(whole);
        yield record;
      }
    }
    await flowing;
  } catch (e) {
    // The sealed stream's own refusal says where; the inflater's (only on bytes that passed authentication)
    // means the writer was faulty.
    if (e instanceof BackupError) throw e;
    if (e instanceof SyntaxError || (e as { code?: string }).code?.startsWith('Z_')) throw inconsistent();
    throw e;
  }
  if (!manifestSeen || pending.size > 0) throw inconsistent();
}
