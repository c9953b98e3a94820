import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { csvRecords, guessDelimiter } from '../../imports/csv-stream.ts';
import { DecodeError, decodeChunks } from '../../imports/decode.ts';
import type { EdgeList, EdgeRow } from './graph.ts';
import { parseGraphml } from './graphml.ts';

// Reading a network from a file: an edge list (CSV with a header naming source and target, and optionally
// weight, in any order; other columns ignored; lines starting with # before the header are comments) or GraphML.
// Errors name the file, the line and why, never a value read from it (a file of numbers and accounts is personal
// data).

/** A file that cannot be read as a network: the message says where and why. */
export class GraphInputError extends Error {}

export type GraphFormat = 'csv' | 'graphml';

/** The format a file's extension names (.graphml and .xml are GraphML; .csv, .tsv and .txt edge lists). */
export function formatOf(file: string): GraphFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'graphml' || ext === 'xml') return 'graphml';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return undefined;
}

/** Reads FILE as the format given (else as its extension says). */
export async function readEdgeListFile(file: string, format?: GraphFormat): Promise<EdgeList> {
  const kind = format ?? formatOf(file);
  if (!kind)
    throw new GraphInputError(
      `${file}: the format is not known from the extension (give --format csv or graphml)`,
    );
  try {
    await access(file);
  } catch {
    throw new GraphInputError(`${file}: cannot be read (no such file, or not readable)`);
  }
  let text = '';
  try {
    for await (const piece of decodeChunks(createReadStream(file), 'auto')) text += piece;
  } catch (e) {
    if (e instanceof DecodeError) throw new GraphInputError(`${file}: ${e.message}`);
    throw e;
  }
  return kind === 'graphml' ? parseGraphmlOrThrow(text, file) : parseEdgeCsv(text, file);
}

function parseGraphmlOrThrow(text: string, name: string): EdgeList {
  const result = parseGraphml(text);
  if ('error' in result) throw new GraphInputError(`${name} line ${result.line}: ${result.error}`);
  return result;
}

/** A weight as read: a positive finite number (its length as a path is 1/weight), else why not. */
export function readWeight(text: string): number | string {
  const t = text.trim();
  if (t === '') return 'the weight is empty';
  const w = Number(t);
  if (!Number.isFinite(w)) return 'the weight is not a number';
  if (w <= 0) return 'the weight is not positive (a tie weighs more than nothing; leave the row out instead)';
  return w;
}

/** An edge list in CSV; `name` is the file's name in errors. */
export async function parseEdgeCsv(text: string, name: string): Promise<EdgeList> {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/).find((l) => !l.trimStart().startsWith('#') && l.trim() !== '') ?? '';
  const delimiter = guessDelimiter(headerLine);
  const nodes: string[] = [];
  const seen = new Set<string>();
  const edges: EdgeRow[] = [];
  const note = (v: string) => {
    if (!seen.has(v)) {
      seen.add(v);
      nodes.push(v);
    }
  };
  let columns: { source: number; target: number; weight: number | undefined; count: number } | null = null;
  for await (const row of csvRecords(once(body), delimiter)) {
    const where = `${name} line ${row.line}`;
    if (row.invalid) throw new GraphInputError(`${where}: ${row.invalid}`);
    if (row.unterminated)
      throw new GraphInputError(`${where}: a quoted field is never closed (the file is cut short)`);
    if (row.fields.every((f) => f.trim() === '')) continue;
    if (!columns) {
      if ((row.fields[0] ?? '').trimStart().startsWith('#')) continue;
      const names = row.fields.map((f) => f.trim().toLowerCase());
      const at = (c: string) => {
        const k = names.indexOf(c);
        if (k >= 0 && names.indexOf(c, k + 1) >= 0)
          throw new GraphInputError(`${where}: the header names the ${c} column twice`);
        return k < 0 ? undefined : k;
      };
      const source = at('source');
      const target = at('target');
      if (source === undefined || target === undefined)
        throw new GraphInputError(
          `${where}: the header has no ${source === undefined ? 'source' : 'target'} column (expected source,target and optionally weight)`,
        );
      columns = { source, target, weight: at('weight'), count: row.fields.length };
      continue;
    }
    const need = Math.max(columns.source, columns.target, columns.weight ?? 0) + 1;
    if (row.fields.length < need)
      throw new GraphInputError(
        `${where}: has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'}, the header ${columns.count}`,
      );
    const source = (row.fields[columns.source] as string).trim();
    const target = (row.fields[columns.target] as string).trim();
    if (source === '') throw new GraphInputError(`${where}: the source is empty (every row needs both ends)`);
    if (target === '') throw new GraphInputError(`${where}: the target is empty (every row needs both ends)`);
    let weight = 1;
    if (columns.weight !== undefined) {
      const w = readWeight(row.fields[columns.weight] as string);
      if (typeof w === 'string') throw new GraphInputError(`${where}: ${w}`);
      weight = w;
    }
    note(source);
    note(target);
    edges.push({ source, target, weight });
  }
  if (!columns)
    throw new GraphInputError(`${name}: has no header line (expected source,target and optionally weight)`);
  return { nodes, edges };
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
