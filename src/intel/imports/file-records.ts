import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type CsvBatch, type CsvRecord, csvRecordBatches, guessDelimiter } from './csv-stream.ts';
import { decodeChunks } from './decode.ts';
import type { FileFacts, Region } from './file-regions.ts';
import { isJsonLinesFile, jsonlRecords } from './jsonl-stream.ts';
import type { ColumnMapping } from './mapping.ts';
import { isExcelFile, xlsxRecords } from './xlsx-stream.ts';

/**
 * The file's SHA-256, read in 1 MiB chunks, reporting the bytes read so far; `facts`, when given, sees each chunk
 * (what the file holds, learnt in the same pass).
 */
export async function sha256Of(
  path: string,
  onBytes?: (bytes: number) => void,
  facts?: FileFacts,
): Promise<string> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    facts?.see(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
  }
  return hash.digest('hex');
}

/**
 * Chunks of the file, or of one region of it behind its header line, each handed to `onChunk` (for the progress
 * report); the header's bytes are not.
 */
async function* fileChunks(
  path: string,
  onChunk: (chunk: Uint8Array) => void,
  region?: Region,
): AsyncGenerator<Uint8Array> {
  if (region && region.start > 0 && region.header > 0)
    for await (const chunk of createReadStream(path, { start: 0, end: region.header - 1 }))
      yield chunk as Buffer;
  if (region && region.end <= region.start) return;
  const range = region ? { start: region.start, end: region.end - 1 } : {};
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, ...range })) {
    onChunk(chunk as Buffer);
    yield chunk as Buffer;
  }
}

/** Delimited text, split with the mapping's delimiter or, when it says "auto", the one the header line uses. */
async function* delimitedRecords(
  text: AsyncGenerator<string>,
  mapping: ColumnMapping,
): AsyncGenerator<CsvBatch> {
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
 * text in the mapping's encoding. Streamed: one chunk of the file at a time, its records handed on together. With
 * a `region` (file-regions.ts), the header line and then that region's records, their lines counted from the header.
 */
export function fileRecords(
  path: string,
  fileName: string,
  mapping: ColumnMapping,
  onChunk: (chunk: Uint8Array) => void,
  region?: Region,
): AsyncIterable<CsvBatch> {
  if (isExcelFile(fileName)) return batched(xlsxRecords(path, mapping));
  // Where a byte of the stream is in the file (a region's stream starts with the header line).
  const fileByte =
    region && region.start > 0
      ? (at: number) => (at < region.header ? at : region.start + at - region.header)
      : undefined;
  const text = decodeChunks(fileChunks(path, onChunk, region), mapping.encoding, fileByte);
  if (isJsonLinesFile(fileName))
    return batched(jsonlRecords(text, [...new Set(Object.values(mapping.columns))]));
  return delimitedRecords(text, mapping);
}
