import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { BackupError } from './errors.ts';
import { HEADER_BYTES, newHeader, OpenStream, openHeader, PART_BYTES, SealStream } from './sealed-stream.ts';

// The archive's sealed container: what goes in comes out, and every way of spoiling an archive (a wrong
// passphrase, a byte changed, a part dropped, the file cut short or added to) is refused saying where.

const CHEAP = { memoryKiB: 8192, passes: 1, lanes: 1 };
const PASS = 'a long enough passphrase';

async function seal(plain: Buffer): Promise<Buffer> {
  const { header, key } = await newHeader(PASS, CHEAP);
  return buffer(Readable.from([plain]).pipe(new SealStream(header, key)));
}

async function open(archive: Buffer, passphrase = PASS): Promise<Buffer> {
  const header = archive.subarray(0, HEADER_BYTES);
  const key = await openHeader(header, passphrase, 'x.lbk');
  // Fed in small pieces, as a file is read.
  const pieces: Buffer[] = [];
  for (let at = HEADER_BYTES; at < archive.length; at += 65_536)
    pieces.push(archive.subarray(at, at + 65_536));
  return buffer(Readable.from(pieces).pipe(new OpenStream(header, key, 'x.lbk')));
}

async function problem(p: Promise<unknown>): Promise<{ problem: string; values: object }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BackupError) return { problem: e.problem, values: e.values };
    throw e;
  }
  throw new Error('not refused');
}

describe('the sealed container of an archive', () => {
  const plain = randomBytes(PART_BYTES * 2 + 1000);

  it('gives back what was sealed, in parts of 1 MiB and a last one', async () => {
    const archive = await seal(plain);
    expect(archive.length).toBe(HEADER_BYTES + plain.length + 3 * (4 + 16));
    expect((await open(archive)).equals(plain)).toBe(true);
    expect((await open(await seal(Buffer.alloc(0)))).length).toBe(0);
  });

  it('refuses a wrong passphrase and a file that is no archive', async () => {
    const archive = await seal(plain);
    expect((await problem(open(archive, 'another passphrase!'))).problem).toBe('wrongPassphrase');
    const other = Buffer.from(archive);
    other.write('NOTANAR', 0, 'latin1');
    expect((await problem(open(other))).problem).toBe('notAnArchive');
    // A header whose salt was changed no longer matches its check: as if the passphrase were wrong.
    const salted = Buffer.from(archive);
    salted[20] = (salted[20] as number) ^ 1;
    expect((await problem(open(salted))).problem).toBe('wrongPassphrase');
  });

  it('names the part and the byte where one byte was changed', async () => {
    const archive = await seal(plain);
    const secondPart = HEADER_BYTES + 4 + PART_BYTES + 16;
    const spoiled = Buffer.from(archive);
    spoiled[secondPart + 500] = (spoiled[secondPart + 500] as number) ^ 0x40;
    expect(await problem(open(spoiled))).toEqual({
      problem: 'partAltered',
      values: { file: 'x.lbk', part: 2, offset: secondPart },
    });
  });

  it('finds a part dropped, the file cut short or added to, and an impossible length', async () => {
    const archive = await seal(plain);
    const part = 4 + PART_BYTES + 16;
    const dropped = Buffer.concat([archive.subarray(0, HEADER_BYTES), archive.subarray(HEADER_BYTES + part)]);
    expect((await problem(open(dropped))).problem).toBe('partAltered');
    expect(await problem(open(archive.subarray(0, HEADER_BYTES + 2 * part)))).toEqual({
      problem: 'cutShort',
      values: { file: 'x.lbk', offset: HEADER_BYTES + 2 * part },
    });
    expect(await problem(open(Buffer.concat([archive, Buffer.from('more')])))).toEqual({
      problem: 'trailingBytes',
      values: { file: 'x.lbk', offset: archive.length },
    });
    const long = Buffer.from(archive);
    long.writeUInt32BE(0x7fffffff, HEADER_BYTES);
    expect((await problem(open(long))).problem).toBe('partLength');
  });
});
