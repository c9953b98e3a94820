import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type CsvRecord, csvRecordBatches, guessDelimiter } from './csv-stream.ts';
import { decodeChunks } from './decode.ts';
import { isJsonLinesFile, jsonlRecords } from './jsonl-stream.ts';
import type { ColumnMapping } from './mapping.ts';
import { isExcelFile, xlsxRecords } from './xlsx-stream.ts';

/** The file's SHA-256, read in 1 MiB chunks, reporting the bytes read so far. */
export async function sha256Of(path: string, onBytes?: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
  }
  return hash.digest('hex');
}

/** Chunks of the file, counting bytes for the progress report. */
async function* fileChunks(path: string, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    onBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

/** Delimited text, split with the mapping's delimiter or, when it says "auto", the one the header line uses. */
async function* delimitedRecords(
  text: AsyncGenerator<string>,
  mapping: ColumnMapping,
): AsyncGenerator<CsvRecord[]> {
  const first = await text.next();
  if (first.done) return;
  const delimiter =
    mapping.delimiter === 'auto' ? guessDelimiter(first.value.split(/\r?\n/, 1)[0] ?? '') : mapping.delimiter;
  async function* again(): AsyncGenerator<string> {
    yield first.value as string;
    yield* text;
  }
  yield* csvRecordBatches(again(), delimiter);
}

/** Records in batches of up to `size`. */
async function* batched(records: AsyncIterable<CsvRecord>, size = 1024): AsyncGenerator<CsvRecord[]> {
  let batch: CsvRecord[] = [];
  for await (const r of records) {
    batch.push(r);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The records of an import file, whatever its format: an Excel workbook's first sheet, JSON lines, or delimited
 * text in the mapping's encoding. Streamed: one chunk of the file at a time, its records handed on together.
 */
export function fileRecords(
  path: string,
  fileName: string,
  mapping: ColumnMapping,
  onBytes: (n: number) => void,
): AsyncIterable<CsvRecord[]> {
  if (isExcelFile(fileName)) return batched(xlsxRecords(path, mapping));
  const text = decodeChunks(fileChunks(path, onBytes), mapping.encoding);
  if (isJsonLinesFile(fileName))
    return batched(jsonlRecords(text, [...new Set(Object.values(mapping.columns))]));
  return delimitedRecords(text, mapping);
}
