import { createReadStream } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { csvRecords, guessDelimiter } from '../intel/imports/csv-stream.ts';
import { DecodeError, decodeChunks } from '../intel/imports/decode.ts';
import { eitherOf, say, texts } from './language.ts';

const COLUMNS = ['record_id', 'full_name', 'date_of_birth', 'phone', 'nationality', 'sex', 'source'] as const;
const REQUIRED = ['record_id', 'full_name'] as const;

/**
 * `lantern resolve FILE.csv`: person records into clusters, one JSON line per record, with no database. The same
 * model as the app: estimated from the file itself, or read with --model (and saved with --save-model).
 */
export function registerResolveCommand(program: Command): void {
  const help = texts().help;
  program
    .command('resolve')
    .description(help.resolve)
    .argument('<file>', say(help.resolveFile, { columns: COLUMNS.join(', ') }))
    .option('--pairs', help.pairs)
    .option('--min-probability <p>', help.minProbability, '0.5')
    .option('--model <file>', help.model)
    .option('--save-model <file>', help.saveModel)
    .option('--threshold <p>', help.threshold)
    .action(async (file: string, opts: Options) => {
      process.exitCode = await resolveFile(file, opts, (line) => process.stdout.write(line));
    });
}

interface Options {
  pairs?: boolean;
  minProbability: string;
  model?: string;
  saveModel?: string;
  threshold?: string;
}

function probability(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const p = Number(value);
  if (!Number.isFinite(p) || p < 0 || p > 1) throw new Error(say(texts().resolve.probability, { option }));
  return p;
}

export async function resolveFile(
  file: string,
  opts: Options,
  write: (line: string) => void,
): Promise<number> {
  const {
    LINKING_POLICY,
    Resolver,
    builtInModel,
    modelFromJson,
    modelToJson,
    ResolutionInputError,
    TOO_FEW_TO_ESTIMATE,
  } = await import('../intel/resolution/index.ts');
  try {
    const threshold = probability(opts.threshold, '--threshold');
    const minProbability = probability(opts.minProbability, '--min-probability') ?? 0.5;
    const model = opts.model
      ? modelFromJson(await readModel(opts.model), `--model ${opts.model}`)
      : undefined;
    const records = await readRecords(file);
    // Too few records to estimate m and u from: the built-in model, said so.
    const small = !model && records.length < TOO_FEW_TO_ESTIMATE;
    if (small)
      process.stderr.write(`lantern resolve: ${say(texts().resolve.tooFew, { count: records.length })}\n`);
    // The app's policy: a pair needs evidence besides the name as the name's commonness calls for.
    const resolver = Resolver.resolve(records, {
      model: small ? builtInModel(records.length) : model,
      threshold,
      ...LINKING_POLICY,
    });
    for (const m of resolver.memberships())
      write(`${JSON.stringify({ record_id: m.recordId, cluster: m.cluster })}\n`);
    if (opts.pairs)
      for (const p of resolver.scoredPairs(minProbability))
        write(
          `${JSON.stringify({ pair: [p.a, p.b], probability: round(p.probability), weight: p.weight, rule: p.rule, fields: p.fields })}\n`,
        );
    if (opts.saveModel) await writeFile(opts.saveModel, modelToJson(resolver.model));
    return 0;
  } catch (e) {
    if (e instanceof ResolutionInputError || e instanceof InputError || e instanceof DecodeError) {
      process.stderr.write(`lantern resolve: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

class InputError extends Error {}

async function readModel(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new InputError(say(texts().resolve.modelUnreadable, { file: path }));
  }
}

/** The file's rows as person records; a missing column or a bad row is named by its line. */
async function readRecords(file: string) {
  const t = texts().resolve;
  try {
    await access(file);
  } catch {
    throw new InputError(say(t.fileUnreadable, { file }));
  }
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const s = createReadStream(file, { start: 0, end: 65535 });
    s.on('data', (c) => {
      const b = Buffer.isBuffer(c) ? c : Buffer.from(c);
      chunks.push(b);
      size += b.length;
    });
    s.on('end', () => resolve(Buffer.concat(chunks, size)));
    s.on('error', reject);
  });
  const firstLine =
    head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0] ?? '';
  const delimiter = guessDelimiter(firstLine);
  const text = decodeChunks(createReadStream(file), 'auto');
  const lines: number[] = [];
  const records: import('../intel/resolution/index.ts').PersonRecord[] = [];
  let columns: Map<string, number> | null = null;
  for await (const row of csvRecords(text, delimiter)) {
    if (row.invalid)
      throw new InputError(say(t.badRow, { file, line: String(row.line), problem: row.invalid }));
    if (row.unterminated) throw new InputError(say(t.unterminated, { file, line: String(row.line) }));
    if (!columns) {
      columns = new Map(
        row.fields.map((f, k) => [
          f
            .trim()
            .replace(/^\uFEFF/, '')
            .toLowerCase(),
          k,
        ]),
      );
      const missing = REQUIRED.filter((c) => !columns?.has(c));
      if (missing.length > 0)
        throw new InputError(
          say(t.noColumn, { file, columns: eitherOf(missing), expected: COLUMNS.join(', ') }),
        );
      continue;
    }
    if (row.fields.length === 1 && (row.fields[0] ?? '').trim() === '') continue;
    const get = (c: (typeof COLUMNS)[number]) => {
      const k = columns?.get(c);
      return k === undefined ? '' : (row.fields[k] ?? '').trim();
    };
    for (const column of REQUIRED)
      if (get(column) === '')
        throw new InputError(say(t.emptyField, { file, line: String(row.line), column }));
    lines.push(row.line);
    records.push({
      id: get('record_id'),
      name: get('full_name'),
      birthDate: get('date_of_birth') || null,
      phone: get('phone') || null,
      nationality: get('nationality') || null,
      sex: get('sex') || null,
      source: get('source') || null,
    });
  }
  if (!columns) throw new InputError(say(t.emptyFile, { file, expected: COLUMNS.join(', ') }));
  // Errors the resolver finds (a date that is no date, an id used twice) name the record; say its line.
  const { RecordStore } = await import('../intel/resolution/store.ts');
  const probe = new RecordStore();
  records.forEach((r, k) => {
    probe.check(r, `${file} line ${lines[k]}`);
    probe.index.set(r.id, k);
  });
  return records;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
