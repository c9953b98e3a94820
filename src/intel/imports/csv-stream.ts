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
 * Splits decoded text into records (RFC 4180: quotes, doubled quotes, line breaks inside quotes, CRLF), across
 * chunk boundaries, holding no more than one record at a time.
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let started = false;
  let line = 1;
  let startLine = 1;
  const out: CsvRecord[] = [];
  const finish = () => {
    fields.push(field);
    out.push({ line: startLine, fields, unterminated: false });
    fields = [];
    field = '';
    started = false;
  };
  const process = (chunk: string) => {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (quoted) {
        const q = chunk.indexOf('"', i);
        const end = q < 0 ? n : q;
        for (let k = i; k < end; k++) if (chunk.charCodeAt(k) === 10) line++;
        field += chunk.slice(i, end);
        if (q < 0) break;
        if (chunk[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          quoted = false;
          i = q + 1;
        }
        continue;
      }
      const c = chunk[i];
      if (c === delimiter) {
        fields.push(field);
        field = '';
        started = true;
      } else if (c === '\n' || c === '\r') {
        if (started || fields.length > 0 || field !== '') finish();
        if (c === '\r' && chunk[i + 1] === '\n') i++;
        line++;
        startLine = line;
      } else if (c === '"' && field === '') {
        quoted = true;
        started = true;
      } else {
        field += c;
        started = true;
      }
      i++;
    }
  };
  let carry = '';
  for await (const piece of text) {
    let chunk = carry + piece;
    // Trailing quotes and a trailing CR may pair with what comes next: keep them for the next chunk.
    let cut = chunk.length;
    while (cut > 0 && chunk[cut - 1] === '"') cut--;
    if (cut === chunk.length && chunk[cut - 1] === '\r') cut--;
    carry = chunk.slice(cut);
    chunk = chunk.slice(0, cut);
    process(chunk);
    yield* out;
    out.length = 0;
  }
  process(carry);
  if (started || fields.length > 0 || field !== '') {
    const unterminated = quoted;
    finish();
    const last = out[out.length - 1];
    if (last) last.unterminated = unterminated;
  }
  yield* out;
}

/** The delimiter a header line uses: tab, semicolon, pipe or comma, whichever splits it most. */
export function guessDelimiter(headerLine: string): string {
  const counts = ['\t', ';', '|', ','].map((d) => [d, headerLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}
