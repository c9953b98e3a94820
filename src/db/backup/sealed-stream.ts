import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { hashRaw } from '@node-rs/argon2';
import { BackupError } from './errors.ts';

// The encrypted container of a backup archive. A plain header (what it is, how the key is made from the
// passphrase) is followed by parts of at most 1 MiB, each sealed with AES-256-GCM under a key made from the
// passphrase with argon2id. Each part's nonce is its number and its associated data is the header and whether it is
// the last part, so a part altered, moved, dropped, or an archive cut short or added to, is found at the part where
// it happened, before anything it holds is used.
//
//   header: "LNTRNBK" | format 1 | kdf 1 (argon2id) | memory KiB u32 | passes u32 | lanes u8 | salt 16 | check 16
//   part:   plaintext length u32 | ciphertext | GCM tag 16

const MAGIC = Buffer.from('LNTRNBK', 'latin1');
export const FORMAT_VERSION = 1;
const KDF_ARGON2ID = 1;
const SALT_BYTES = 16;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
/** Length of the header, in bytes. */
export const HEADER_BYTES = MAGIC.length + 1 + 1 + 4 + 4 + 1 + SALT_BYTES + CHECK_BYTES;
/** Plaintext per part. */
export const PART_BYTES = 1 << 20;
/** No writer makes a larger part: a larger length was altered. */
const MAX_PART_BYTES = 16 << 20;

export interface KdfParams {
  memoryKiB: number;
  passes: number;
  lanes: number;
}

/** argon2id with 64 MiB and 3 passes: about half a second, well above OWASP's minimum for an offline secret. */
export const DEFAULT_KDF: KdfParams = { memoryKiB: 65_536, passes: 3, lanes: 1 };
/** Bounds of what a header may ask for, so that an altered header cannot make the reader spend without limit. */
const KDF_LIMITS = { memoryKiB: [8_192, 4_194_304], passes: [1, 64], lanes: [1, 16] } as const;

interface ArchiveKeys {
  data: Buffer;
  check: Buffer;
}

async function deriveKeys(passphrase: string, salt: Buffer, kdf: KdfParams): Promise<ArchiveKeys> {
  const master = await hashRaw(passphrase.normalize('NFC'), {
    algorithm: 2 /* Argon2id */,
    memoryCost: kdf.memoryKiB,
    timeCost: kdf.passes,
    parallelism: kdf.lanes,
    outputLen: 32,
    salt,
  });
  const derive = (label: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), label, 32));
  return { data: derive('lantern backup v1 data'), check: derive('lantern backup v1 check') };
}

const checkOf = (key: Buffer, body: Buffer) =>
  createHmac('sha256', key).update(body).digest().subarray(0, CHECK_BYTES);

/** A new archive's header and the key its parts are sealed with. */
export async function newHeader(
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<{ header: Buffer; key: Buffer }> {
  const salt = randomBytes(SALT_BYTES);
  const body = Buffer.alloc(HEADER_BYTES - CHECK_BYTES);
  let at = MAGIC.copy(body, 0);
  at = body.writeUInt8(FORMAT_VERSION, at);
  at = body.writeUInt8(KDF_ARGON2ID, at);
  at = body.writeUInt32BE(kdf.memoryKiB, at);
  at = body.writeUInt32BE(kdf.passes, at);
  at = body.writeUInt8(kdf.lanes, at);
  salt.copy(body, at);
  const keys = await deriveKeys(passphrase, salt, kdf);
  return { header: Buffer.concat([body, checkOf(keys.check, body)]), key: keys.data };
}

/**
 * The key of an archive whose header is `header`, made from the passphrase; refuses a file that is no archive, one
 * of a newer format, and a passphrase that does not open it (or a header altered: the two cannot be told apart).
 */
export async function openHeader(header: Buffer, passphrase: string, file: string): Promise<Buffer> {
  if (header.length < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC))
    throw new BackupError('notAnArchive', { file });
  let at = MAGIC.length;
  const version = header.readUInt8(at++);
  const kdfId = header.readUInt8(at++);
  if (version !== FORMAT_VERSION || kdfId !== KDF_ARGON2ID)
    throw new BackupError('newerFormat', { file, version });
  const kdf: KdfParams = {
    memoryKiB: header.readUInt32BE(at),
    passes: header.readUInt32BE(at + 4),
    lanes: header.readUInt8(at + 8),
  };
  at += 9;
  for (const [name, [low, high]] of Object.entries(KDF_LIMITS))
    if (kdf[name as keyof KdfParams] < low || kdf[name as keyof KdfParams] > high)
      throw new BackupError('wrongPassphrase', { file });
  const salt = header.subarray(at, at + SALT_BYTES);
  const body = header.subarray(0, HEADER_BYTES - CHECK_BYTES);
  const keys = await deriveKeys(passphrase, salt, kdf);
  if (!timingSafeEqual(checkOf(keys.check, body), header.subarray(HEADER_BYTES - CHECK_BYTES, HEADER_BYTES)))
    throw new BackupError('wrongPassphrase', { file });
  return keys.data;
}

const nonceOf = (part: number) => {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(part), 4);
  return nonce;
};
const aadOf = (header: Buffer, last: boolean) => Buffer.concat([header, Buffer.from([last ? 1 : 0])]);

function sealPart(key: Buffer, header: Buffer, part: number, plain: Buffer, last: boolean): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonceOf(part));
  cipher.setAAD(aadOf(header, last));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(plain.length);
  return Buffer.concat([length, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function openPart(key: Buffer, header: Buffer, part: number, sealed: Buffer, last: boolean): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', key, nonceOf(part));
  decipher.setAAD(aadOf(header, last));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** Buffers chunks without copying them until a whole piece of `n` bytes is wanted. */
export class Pending {
  #chunks: Buffer[] = [];
  size = 0;
  push(chunk: Buffer) {
    this.#chunks.push(chunk);
    this.size += chunk.length;
  }
  /** The first `n` bytes, without taking them. */
  peek(n: number): Buffer {
    if (this.#chunks.length > 1 && (this.#chunks[0] as Buffer).length < n)
      this.#chunks = [Buffer.concat(this.#chunks)];
    return (this.#chunks[0] as Buffer).subarray(0, n);
  }
  take(n: number): Buffer {
    const piece = Buffer.from(this.peek(n));
    const first = this.#chunks[0] as Buffer;
    if (first.length === n) this.#chunks.shift();
    else this.#chunks[0] = first.subarray(n);
    this.size -= n;
    return piece;
  }
}

/** Seals what is written to it into the archive's bytes: the header, then the parts, the last marked so. */
export class SealStream extends Transform {
  readonly #key: Buffer;
  readonly #header: Buffer;
  #pending = new Pending();
  #part = 0;
  constructor(header: Buffer, key: Buffer) {
    super();
    this.#header = header;
    this.#key = key;
    this.push(header);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.#pending.push(chunk);
    // A full part goes out only once more follows it: the last part must be known as the last when sealed.
    while (this.#pending.size > PART_BYTES)
      this.push(sealPart(this.#key, this.#header, this.#part++, this.#pending.take(PART_BYTES), false));
    done();
  }
  override _flush(done: TransformCallback): void {
    this.push(sealPart(this.#key, this.#header, this.#part++, this.#pending.take(this.#pending.size), true));
    done();
  }
}

/**
 * Opens the parts that follow the header (given the key from openHeader), checking each before passing its
 * plaintext on; fails naming the part and the byte where the archive was altered, cut short or added to.
 */
export class OpenStream extends Transform {
  readonly #key: Buffer;
  readonly #header: Buffer;
  readonly #file: string;
  #pending = new Pending();
  #part = 0;
  /** Offset in the file of the first byte not yet used. */
  #offset = HEADER_BYTES;
  #ended = false;
  constructor(header: Buffer, key: Buffer, file: string) {
    super();
    this.#header = header;
    this.#key = key;
    this.#file = file;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.#pending.push(chunk);
    try {
      for (;;) {
        if (this.#pending.size === 0) break;
        if (this.#ended) throw new BackupError('trailingBytes', { file: this.#file, offset: this.#offset });
        if (this.#pending.size < 4) break;
        const length = this.#pending.peek(4).readUInt32BE(0);
        const where = { file: this.#file, part: this.#part + 1, offset: this.#offset };
        if (length > MAX_PART_BYTES) throw new BackupError('partLength', where);
        if (this.#pending.size < 4 + length + TAG_BYTES) break;
        const sealed = this.#pending.take(4 + length + TAG_BYTES).subarray(4);
        let plain = openPart(this.#key, this.#header, this.#part, sealed, false);
        if (!plain) {
          plain = openPart(this.#key, this.#header, this.#part, sealed, true);
          if (!plain) throw new BackupError('partAltered', where);
          this.#ended = true;
        }
        this.#part++;
        this.#offset += 4 + length + TAG_BYTES;
        if (plain.length > 0) this.push(plain);
      }
      done();
    } catch (e) {
      done(e as Error);
    }
  }
  override _flush(done: TransformCallback): void {
    if (this.#ended) done();
    else done(new BackupError('cutShort', { file: this.#file, offset: this.#offset + this.#pending.size }));
  }
}
