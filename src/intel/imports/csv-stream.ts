/** One record of a delimited file, with the line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** The record ended inside an open quote: the file was cut short. */
  unterminated: boolean;
  /** Why the record could not be read at all (a JSON line that is not an object, …). */
  invalid?: string;
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
  for await (const batch of csvRecordBatches(text, delimiter)) yield* batch;
}

/**
 * The records of `csvRecords`, a chunk's worth at a time: a bulk import reads millions of records, and one step of
 * an async iterator a record would cost more than reading the record.
 */
export async function* csvRecordBatches(
  text: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<CsvRecord[]> {
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
   * its whole lines are split as they are. Returns what follows its last line break, to be read with the next
   * chunk (or by `process` when it is longer than a record may be); null when the chunk is not plain, for
   * `process` to read. What it reads is what `process` reads: the same fields, lines and refusals.
   */
  const plain = (chunk: string): string | null => {
    if (started || quoted || fields.length > 0 || field !== '') return null;
    if (chunk.includes('"') || chunk.includes('\r') || chunk.includes('\u0000')) return null;
    let i = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', i)) {
      if (end > i) {
        const split = chunk.slice(i, end).split(delimiter);
        const chars = end - i - (split.length - 1);
        out.push(
          chars > MAX_RECORD_CHARS
            ? { line, fields: [], unterminated: false, invalid: TOO_LONG_REASON }
            : { line, fields: split, unterminated: false },
        );
      }
      line++;
      startLine = line;
      i = end + 1;
    }
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
