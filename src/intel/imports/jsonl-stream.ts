import { type CsvRecord, HOLDS_NUL_REASON, MAX_RECORD_CHARS, TOO_LONG_REASON } from './csv-stream.ts';

/** Files read as JSON lines, one object a line, rather than as delimited text. */
export const isJsonLinesFile = (name: string) => /\.(jsonl|ndjson)$/i.test(name);

/**
 * Reads JSON lines as the records a delimited file would give: first a header made of the columns the mapping
 * reads, then each object's values in that order. A line that is not a JSON object, or holds a value that is
 * neither text, a number nor a boolean where a column is read, becomes a record carrying the reason, so it is
 * reported with its line number like any bad row.
 */
export async function* jsonlRecords(
  text: AsyncIterable<string>,
  columns: readonly string[],
): AsyncGenerator<CsvRecord> {
  yield { line: 0, fields: [...columns], unterminated: false };
  let carry = '';
  let line = 0;
  const read = (raw: string): CsvRecord | null => {
    line++;
    const s = raw.replace(/\r$/, '');
    if (s.trim() === '') return null;
    let obj: unknown;
    try {
      obj = JSON.parse(s);
    } catch {
      return {
        line,
        fields: [],
        unterminated: false,
        invalid: 'is not valid JSON (a truncated or broken line)',
      };
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
      return { line, fields: [], unterminated: false, invalid: 'is not a JSON object' };
    const fields: string[] = [];
    for (const c of columns) {
      const v = (obj as Record<string, unknown>)[c];
      if (v === undefined || v === null) fields.push('');
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        fields.push(String(v));
      else
        return {
          line,
          fields: [],
          unterminated: false,
          invalid: `"${c}" holds a list or an object, not a value`,
        };
    }
    if (fields.some((f) => f.includes('\u0000')))
      return { line, fields: [], unterminated: false, invalid: HOLDS_NUL_REASON };
    return { line, fields, unterminated: false };
  };
  // A line longer than a record can be is skipped to its end and reported, never held whole.
  let skipping = false;
  const tooLong = (): CsvRecord => {
    line++;
    return { line, fields: [], unterminated: false, invalid: TOO_LONG_REASON };
  };
  for await (const piece of text) {
    const parts = piece.split('\n');
    const last = parts.pop() ?? '';
    for (const p of parts) {
      if (skipping) {
        skipping = false;
        yield tooLong();
        continue;
      }
      const r = read(carry + p);
      carry = '';
      if (r) yield r;
    }
    if (skipping) continue;
    carry += last;
    if (carry.length > MAX_RECORD_CHARS) {
      skipping = true;
      carry = '';
    }
  }
  if (skipping) yield tooLong();
  else if (carry !== '') {
    const r = read(carry);
    if (r) yield r;
  }
}
