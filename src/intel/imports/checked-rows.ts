import { AppError } from '../../platform/errors.ts';
import { WHOLE_ROW } from './bad-row.ts';
import { type CsvRecord, plainRecord } from './csv-stream.ts';
import { FieldError } from './fields.ts';
import { fileRecords } from './file-records.ts';
import type { Region } from './file-regions.ts';
import type { BadRow } from './import-report.ts';
import { type KeptLayout, keptLayout, keptRow } from './kept-rows.ts';
import { IMPORT_KINDS, type RowReader } from './kinds.ts';
import type { ColumnMapping, ImportKindName } from './mapping.ts';
import { SeenFilter } from './seen-filter.ts';

// An import file read and checked, row by row, into the text COPY takes: decoded, split into records, each record
// checked against the header and read through the kind's row reader. What comes out is in batches, so that the
// same work can run on this thread or on a worker thread beside the one that loads the rows (read-off-thread.ts).

/** Bad rows kept to show (the count goes on). */
export const KEEP_BAD_ROWS = 1000;

/** One batch of a file's rows, in the file's order. */
export interface CheckedBatch {
  /**
   * The good rows as COPY text, one after the other, each behind the caller's `prefix` (the columns it adds in
   * front) and ended by a line break: what COPY takes, in one string (crossing threads as one, not a million).
   */
  text: string;
  /** Where each good row ends in `text` (after its line break); each starts where the one before it ends. */
  ends: Uint32Array;
  /** Two hashes of each good row without the prefix (SeenFilter.hashes), at 2i and 2i + 1. */
  hashes: Uint32Array;
  /** The line each good row started on (a float: a file may have more lines than 32 bits count). */
  lines: Float64Array;
  /** Bad rows of this batch, within the first KEEP_BAD_ROWS of the file; `badCount` counts them all. */
  bad: BadRow[];
  badCount: number;
  /** Records read in this batch (good and bad), and the file's bytes read so far. */
  read: number;
  bytes: number;
}

/** A batch's typed arrays, which a worker thread hands over rather than copies. */
export const transferables = (b: CheckedBatch): ArrayBuffer[] =>
  [b.ends.buffer, b.hashes.buffer, b.lines.buffer] as ArrayBuffer[];

/** A field's error, with the field said beside its reason (which stays as written: a catalogue template). */
function named(e: unknown, field: string): unknown {
  if (e instanceof FieldError) e.field ??= field;
  return e;
}

/** Where each field of the mapping is in the file's header; throws when the mapping does not fit the file. */
function headerIndex(record: CsvRecord, mapping: ColumnMapping): Record<string, number> {
  const header = record.fields.map((h) => h.trim());
  const missing = Object.entries(mapping.columns).filter(([, col]) => !header.includes(col));
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `the mapping "${mapping.name}" does not fit this file: it expects ${missing.map(([f, c]) => `"${c}" (${f})`).join(', ')}, and the file's columns are ${header.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  return Object.fromEntries(Object.entries(mapping.columns).map(([f, c]) => [f, header.indexOf(c)]));
}

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** How a file is read: what goes in front of each row, and which region of it (file-regions.ts), if not all. */
export interface ReadOptions {
  prefix?: string;
  /** One region of the file, read behind its header line: `bytes` then counts the region's bytes only. */
  region?: Region;
  /** Sees each chunk of the file's (or region's) bytes, as read. */
  onChunk?: (chunk: Uint8Array) => void;
}

/**
 * The checked rows of the file at `path`, each behind the prefix in the batch's text. Throws an AppError when the
 * mapping does not fit the file or the file is empty, and a DecodeError when its bytes are not text in the
 * mapping's encoding.
 */
export async function* checkedBatches(
  path: string,
  fileName: string,
  mapping: ColumnMapping,
  kindName: ImportKindName,
  { prefix = '', region, onChunk }: ReadOptions = {},
): AsyncGenerator<CheckedBatch> {
  const kind = IMPORT_KINDS[kindName];
  let bytes = 0;
  let badSoFar = 0;
  let index: Record<string, number> | null = null;
  let headerWidth = 0;
  // One reader for every row (made once: a closure a row costs more than the row's checks).
  let current: string[] = [];
  const reader: RowReader = {
    get: (f) => {
      const at = index?.[f];
      return at === undefined ? '' : (current[at] ?? '');
    },
    field: (f, read) => {
      try {
        const v = read();
        return v === null ? '' : csvField(String(v));
      } catch (e) {
        throw named(e, f);
      }
    },
    plain: (f, read) => {
      try {
        return read();
      } catch (e) {
        throw named(e, f);
      }
    },
  };
  const records = fileRecords(
    path,
    fileName,
    mapping,
    (chunk) => {
      bytes += chunk.length;
      onChunk?.(chunk);
    },
    region,
  );
  // How plain lines are read in place, once the header is known (kept-rows.ts); null when this kind is not.
  let layout: KeptLayout | null | undefined;
  for await (const batch of records) {
    const lines = Array.isArray(batch) ? null : batch;
    const size = lines ? lines.count : (batch as CsvRecord[]).length;
    const out: CheckedBatch = {
      text: '',
      ends: new Uint32Array(size),
      hashes: new Uint32Array(size * 2),
      lines: new Float64Array(size),
      bad: [],
      badCount: 0,
      read: 0,
      bytes,
    };
    const parts: string[] = [];
    let good = 0;
    let length = 0;
    // A row's hashes are of its text: where it lies in the chunk, for a line read in place (kept-rows.ts).
    const addGood = (row: string, line: number, hashed = row, from = 0) => {
      SeenFilter.hashInto(hashed, from, from + row.length, out.hashes, 2 * good);
      parts.push(prefix, row, '\n');
      length += prefix.length + row.length + 1;
      out.ends[good] = length;
      out.lines[good++] = line;
    };
    // Each reason written out whole beside its key, where the server's catalogues find it (src/platform/i18n).
    const addBad = (b: BadRow) => {
      out.badCount++;
      if (badSoFar++ < KEEP_BAD_ROWS) out.bad.push(b);
    };
    const check = (record: CsvRecord) => {
      if (!index) {
        index = headerIndex(record, mapping);
        headerWidth = record.fields.length;
        return;
      }
      out.read++;
      const line = record.line;
      if (record.invalid) return addBad({ line, field: WHOLE_ROW, reason: record.invalid });
      if (record.unterminated)
        return addBad({
          line,
          field: WHOLE_ROW,
          reason: 'the file ends inside a quoted field: it is truncated',
        });
      if (record.fields.length !== headerWidth)
        return addBad({
          line,
          field: WHOLE_ROW,
          reason: `has ${record.fields.length} fields where the header has ${headerWidth}`,
        });
      current = record.fields;
      try {
        addGood(kind.row(reader, mapping), line);
      } catch (e) {
        if (!(e instanceof FieldError)) throw e;
        addBad({ line, field: e.field ?? WHOLE_ROW, reason: e.message });
      }
    };
    if (lines)
      for (let i = 0; i < lines.count; i++) {
        if (index && layout === undefined)
          layout = keptLayout(kindName, index, headerWidth, mapping, lines.delimiter);
        const kept = layout ? keptRow(lines, i, layout) : null;
        if (kept !== null) {
          out.read++;
          if (layout?.slice) addGood(kept, lines.line + i, lines.text, layout.rowAt);
          else addGood(kept, lines.line + i);
        } else {
          const record = plainRecord(lines, i);
          if (record) check(record);
        }
      }
    else for (const record of batch as CsvRecord[]) check(record);
    out.bytes = bytes;
    out.text = parts.join('');
    out.ends = out.ends.subarray(0, good).slice();
    out.hashes = out.hashes.subarray(0, 2 * good).slice();
    out.lines = out.lines.subarray(0, good).slice();
    if (out.read > 0 || out.badCount > 0) yield out;
  }
  if (!index) throw new AppError('validation_failed', 'the file is empty: it has no header line');
}
