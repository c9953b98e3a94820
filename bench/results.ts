import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** Prints each figure set as one JSON line and saves them all to bench/results/NAME.json. */
export function report(name: string, figures: Record<string, unknown>[]): void {
  for (const f of figures) process.stdout.write(`${JSON.stringify({ name, ...f })}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, results: figures }, null, 2)}\n`,
  );
  mkdirSync(dirname(file), { recursive: true });
}

/** `--key value` and `--flag` options after the benchmark's name. */
export function parseOptions(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('--')) continue;
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[a.slice(2)] = next;
      i++;
    } else out[a.slice(2)] = 'true';
  }
  return out;
}
