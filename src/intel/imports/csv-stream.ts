/** One record of a delimited file, with the line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** The record ended inside an open quote: the file was cut short. */
  unterminated: boolean;
  /** Why the record could not be read at all (a JSON line that is not an object, …). */
  invalid?: string;
}

/**
 * The whole lines of a plain chunk (no quote, carriage return or NUL: nearly every chunk of an export), not yet
 * split: each line that is not empty is one record, its fields split by the delimiter (`plainRecord`). Kept whole so
 * that a reader that knows its rows' form can read a line without making a string of each field (kept-rows.ts).
 */
export interface PlainLines {
  plain: true;
  text: string;
  /** Line i is `text` from `starts[i]` to before `starts[i + 1] - 1` (its line feed). */
  starts: Int32Array;
  /** The lines in `starts` (it may be longer). */
  count: number;
  /** The file's line of the first. */
  line: number;
  delimiter: string;
}

/** A batch of records: read one by one, or a plain chunk's lines. */
export type CsvBatch = CsvRecord[] | PlainLines;

/** Line `i` of plain lines as a record, as a reader of the text would make it; null when it is empty. */
export function plainRecord(p: PlainLines, i: number): CsvRecord | null {
  const start = p.starts[i] as number;
  const end = (p.starts[i + 1] as number) - 1;
  if (end <= start) return null;
  const line = p.line + i;
  const fields = p.text.slice(start, end).split(p.delimiter);
  const chars = end - start - (fields.length - 1);
  return chars > MAX_RECORD_CHARS
    ? { line, fields: [], unterminated: false, invalid: TOO_LONG_REASON }
    : { line, fields, unterminated: false };
}

/** The records of a batch, one by one. */
export function* recordsOf(batch: CsvBatch): Generator<CsvRecord> {
  if (Array.isArray(batch)) {
    yield* batch;
    return;
  }
  for (let i = 0; i < batch.count; i++) {
    const r = plainRecord(batch, i);
    if (r) yield r;
  }
}

/** No record of call, transfer, crossing or tip data comes near this; a longer one is not a record at all. */
export const MAX_RECORD_CHARS = 1 << 20;
/** Why a record is refused whole (a `*_REASON` constant: the server's catalogues translate it on the way out). */
export const TOO_LONG_REASON =
  'is longer than 1 MiB: this is not a row of data (binary content, or no line breaks)';
export const HOLDS_NUL_REASON = 'holds NUL characters: binary content, not text';

/**
 * Splits decoded text into records (RFC 4180: quotes, doubled quotes, line breaks inside quotes, CRLF), across
 * chunk boundaries, holding no more than one record at a time. A record longer than MAX_RECORD_CHARS is not kept:
 * it is skipped to its end and reported, so a file that is one endless line (or binary) reads in bounded memory.
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvRecord> {
  for await (const batch of csvRecordBatches(text, delimiter)) yield* recordsOf(batch);
}

/**
 * The records of `csvRecords`, a chunk's worth at a time: a bulk import reads millions of records, and one step of
 * an async iterator a record would cost more than reading the record. A plain chunk's whole lines come as they
 * are (PlainLines), the rest as records.
 */
export async function* csvRecordBatches(
  text: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<CsvBatch> {
  let fields: string[] = [];
  let field = '';
  let size = 0;
  let overlong = false;
  let quoted = false;
  let started = false;
  let line = 1;
  let startLine = 1;
  let out: CsvRecord[] = [];
  // Whether the chunk being read, or the part of a record carried over from the chunk before, holds a NUL: when
  // not (almost always), no record's fields are searched for one.
  let nulInChunk = false;
  // The next character that ends a run of plain text outside quotes.
  const special = new RegExp(`[${delimiter === '\t' ? '\\t' : `\\${delimiter}`}\\n\\r"]`, 'g');
  const finish = () => {
    fields.push(field);
    const record: CsvRecord = { line: startLine, fields, unterminated: false };
    if (overlong) record.fields = [];
    if (overlong) record.invalid = TOO_LONG_REASON;
    else if (nulInChunk && fields.some((f) => f.includes('\u0000'))) record.invalid = HOLDS_NUL_REASON;
    out.push(record);
    fields = [];
    field = '';
    size = 0;
    overlong = false;
    started = false;
  };
  const append = (s: string) => {
    if (overlong) return;
    size += s.length;
    if (size > MAX_RECORD_CHARS) {
      overlong = true;
      field = '';
      fields = [];
    } else field += s;
  };
  const process = (chunk: string) => {
    nulInChunk ||= chunk.includes('\u0000');
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (quoted) {
        const q = chunk.indexOf('"', i);
        const end = q < 0 ? n : q;
        for (let k = chunk.indexOf('\n', i); k >= 0 && k < end; k = chunk.indexOf('\n', k + 1)) line++;
        append(chunk.slice(i, end));
        if (q < 0) break;
        if (chunk[q + 1] === '"') {
          append('"');
          i = q + 2;
        } else {
          quoted = false;
          i = q + 1;
        }
        continue;
      }
      special.lastIndex = i;
      const m = special.exec(chunk);
      const j = m ? m.index : n;
      if (j > i) {
        append(chunk.slice(i, j));
        started = true;
        i = j;
        continue;
      }
      const c = chunk[i];
      if (c === delimiter) {
        if (!overlong) fields.push(field);
        field = '';
        started = true;
      } else if (c === '\n' || c === '\r') {
        if (started || fields.length > 0 || field !== '') finish();
        if (c === '\r' && chunk[i + 1] === '\n') i++;
        line++;
        startLine = line;
      } else if (field === '' && !overlong) {
        quoted = true;
        started = true;
      } else {
        append('"');
        started = true;
      }
      i++;
    }
  };
  /**
   * A chunk that starts a record and holds no quote, carriage return or NUL (nearly every chunk of an export):
   * its whole lines are handed on as they are (PlainLines). Returns what follows its last line break, to be read
   * with the next chunk (or by `process` when it is longer than a record may be); null when the chunk is not
   * plain, for `process` to read. What it hands on reads as `process` would: the same fields, lines and refusals.
   */
  let lines: PlainLines | null = null;
  const plain = (chunk: string): string | null => {
    if (started || quoted || fields.length > 0 || field !== '') return null;
    if (chunk.includes('"') || chunk.includes('\r') || chunk.includes('\u0000')) return null;
    let starts = new Int32Array(1024);
    let count = 0;
    let i = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', i)) {
      if (count + 2 > starts.length) {
        const more = new Int32Array(starts.length * 2);
        more.set(starts);
        starts = more;
      }
      starts[count++] = i;
      i = end + 1;
    }
    starts[count] = i;
    if (count > 0) lines = { plain: true, text: chunk, starts, count, line, delimiter };
    line += count;
    startLine = line;
    const rest = chunk.slice(i);
    if (rest.length <= MAX_RECORD_CHARS) return rest;
    process(rest);
    return '';
  };
  let carry = '';
  for await (const piece of text) {
    let chunk = carry + piece;
    const rest = plain(chunk);
    if (rest !== null) carry = rest;
    else {
      // Trailing quotes and a trailing CR may pair with what comes next: keep them for the next chunk.
      let cut = chunk.length;
      while (cut > 0 && chunk[cut - 1] === '"') cut--;
      if (cut === chunk.length && chunk[cut - 1] === '\r') cut--;
      carry = chunk.slice(cut);
      chunk = chunk.slice(0, cut);
      process(chunk);
      nulInChunk = started && nulInChunk;
    }
    if (lines) {
      yield lines;
      lines = null;
    }
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  process(carry);
  if (started || fields.length > 0 || field !== '') {
    const unterminated = quoted;
    finish();
    const last = out[out.length - 1];
    if (last) last.unterminated = unterminated;
  }
  if (out.length > 0) yield out;
}

/** The delimiter a header line uses: tab, semicolon, pipe or comma, whichever splits it most. */
export function guessDelimiter(headerLine: string): string {
  const counts = ['\t', ';', '|', ','].map((d) => [d, headerLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}
