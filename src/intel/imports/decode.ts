import { TextDecoder } from 'node:util';
/** Turns a file's bytes into text: a byte-order mark decides, else the mapping's encoding, else strict UTF-8. */
export type Encoding = 'utf-8' | 'windows-874' | 'utf-16le' | 'utf-16be';

export function detectEncoding(
  head: Uint8Array,
  declared: Encoding | 'auto',
): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: declared === 'auto' ? 'utf-8' : declared, bom: 0 };
}

export class DecodeError extends Error {}

/**
 * Where in `chunk` decoding first fails: the shortest start of it that does not decode, found by halving (a chunk
 * that starts inside a character carried over from the one before is said to fail at its start).
 */
function firstBadByte(chunk: Uint8Array, encoding: string): number {
  let [good, bad] = [0, chunk.length];
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(chunk.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  return bad - 1;
}

/**
 * Decodes chunks in order; invalid bytes stop the import with where they were (in the file: `fileByte` says where
 * a byte of the stream is, when the stream is not the file from its start) and what to do.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  declared: Encoding | 'auto',
  fileByte: (at: number) => number = (at) => at,
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let offset = 0;
  for await (const raw of chunks) {
    let chunk = raw;
    if (!decoder) {
      const { encoding, bom } = detectEncoding(chunk, declared);
      decoder = new TextDecoder(encoding, { fatal: true });
      chunk = chunk.subarray(bom);
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const at = offset + (raw.length - chunk.length) + firstBadByte(chunk, decoder.encoding);
      throw new DecodeError(
        `the file is not valid ${decoder.encoding} near byte ${fileByte(at)}: name its encoding in the mapping (windows-874 for Thai files from older systems, utf-16le for some spreadsheets)`,
      );
    }
    yield text;
    offset += raw.length;
  }
  if (decoder) {
    try {
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch {
      throw new DecodeError(
        `the file ends in the middle of a ${decoder.encoding} character: it is truncated`,
      );
    }
  }
}
