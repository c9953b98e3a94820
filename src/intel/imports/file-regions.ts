import { open } from 'node:fs/promises';
import { detectEncoding } from './decode.ts';
import { isJsonLinesFile } from './jsonl-stream.ts';
import type { ColumnMapping } from './mapping.ts';
import { isExcelFile } from './xlsx-stream.ts';

// A large delimited file with no quote in it can be read in regions, side by side, by several threads: with no
// quote, every line feed ends a record, so a region that starts just after one and ends just after another holds
// whole records, read as they would be read in one pass. Each region is read behind the file's header line (so
// each reader knows the columns) and says how many lines it held, so that the rows' line numbers come out as in
// one pass (read-off-thread.ts puts the regions back in the file's order).

/** One region of a file: its bytes [start, end), each starting a line, and the header line's bytes to read first. */
export interface Region {
  start: number;
  end: number;
  /** The header line's length in bytes, with its line break (read first when the region does not start the file). */
  header: number;
}

/** What the import's first pass over the file (its SHA-256) also learns of its bytes. */
export class FileFacts {
  /** Whether any byte is a double quote (a quoted field may hold line breaks). */
  quotes = false;
  /** The file's first bytes (a byte-order mark says its encoding). */
  head = new Uint8Array(0);

  see(chunk: Uint8Array): void {
    if (this.head.length < 4)
      this.head = Uint8Array.from([...this.head, ...chunk.subarray(0, 4)]).slice(0, 4);
    if (!this.quotes && Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).includes(0x22))
      this.quotes = true;
  }

  /**
   * Whether the file can be read in regions: delimited text (not a workbook, not JSON lines) with no quote, in an
   * encoding where a line feed is one byte that is never part of another character (UTF-8, windows-874).
   */
  splittable(fileName: string, mapping: ColumnMapping): boolean {
    if (this.quotes || isExcelFile(fileName) || isJsonLinesFile(fileName)) return false;
    const { encoding } = detectEncoding(this.head, mapping.encoding);
    return encoding === 'utf-8' || encoding === 'windows-874';
  }
}

/** Where the first line that starts at or after `pos` starts (a line starts the file or follows a line feed). */
async function lineStartAtOrAfter(path: string, pos: number, size: number): Promise<number> {
  if (pos <= 0) return 0;
  if (pos >= size) return size;
  const file = await open(path, 'r');
  try {
    const window = Buffer.alloc(64 << 10);
    for (let at = pos - 1; at < size; at += window.length) {
      const { bytesRead } = await file.read(window, 0, window.length, at);
      if (bytesRead === 0) break;
      const lf = window.subarray(0, bytesRead).indexOf(0x0a);
      if (lf >= 0) return at + lf + 1;
    }
    return size;
  } finally {
    await file.close();
  }
}

/**
 * The regions the reader `index` of `readers` reads, in order: region k covers the lines that start in
 * [k × regionBytes, (k + 1) × regionBytes), and reader i reads regions i, i + readers, i + 2 × readers, …
 * A line longer than a region leaves the regions it covers empty; it is looked for once, not once a region.
 */
export async function* regionsOf(
  path: string,
  size: number,
  regionBytes: number,
  index: number,
  readers: number,
): AsyncGenerator<Region & { k: number }> {
  // The last line start found, and from where it was looked for: every position between them leads to it.
  let known = { from: 0, at: 0 };
  const lineStart = async (pos: number) => {
    if (pos < known.from || pos > known.at)
      known = { from: pos, at: await lineStartAtOrAfter(path, pos, size) };
    return known.at;
  };
  const header = await lineStartAtOrAfter(path, 1, size);
  for (let k = index; k * regionBytes < size; k += readers) {
    const start = await lineStart(k * regionBytes);
    const end = await lineStart((k + 1) * regionBytes);
    yield { k, start, end: Math.max(start, end), header };
  }
}

/**
 * Counts a region's line breaks as its reader does (csv-stream.ts): a line feed, a carriage return before one, or a
 * carriage return alone, each ends one line.
 */
export class LineBreaks {
  count = 0;
  private pendingCr = false;

  add(chunk: Uint8Array): void {
    const b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (b.length === 0) return;
    if (this.pendingCr && b[0] !== 0x0a) this.count++;
    this.pendingCr = false;
    for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) this.count++;
    for (let i = b.indexOf(0x0d); i >= 0; i = b.indexOf(0x0d, i + 1)) {
      if (i === b.length - 1) this.pendingCr = true;
      else if (b[i + 1] !== 0x0a) this.count++;
    }
  }

  /** The count, with a carriage return that ended the region. */
  end(): number {
    if (this.pendingCr) this.count++;
    this.pendingCr = false;
    return this.count;
  }
}
