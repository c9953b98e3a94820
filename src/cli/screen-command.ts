import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { batchSchema, evaluateBatch, normaliseBatch } from '../screening/batch.ts';
import { DEFAULT_SET_ID, PUBLISHED_SETS } from '../screening/published-sets.ts';

/** `lantern screen FILE.json`: evaluates answers against a published indicator set and prints each outcome as JSON. */
export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description(
      'Evaluate screening answers (age, exploitation, indicators observed) and print each outcome with its explanation as JSON',
    )
    .argument(
      '<file>',
      'a JSON file: one set of answers, a list, or { "set": ID, "screenings": [...] } (format in the README)',
    )
    .option('--set <id>', `indicator set: ${[...PUBLISHED_SETS.keys()].join(', ')}`)
    .action(async (file: string, opts: { set?: string }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        throw new Error(
          `${file}: not readable JSON (${e instanceof Error ? e.message.split('\n')[0] : 'unknown error'})`,
        );
      }
      const parsed = batchSchema.safeParse(raw);
      if (!parsed.success) {
        const first = parsed.error.issues
          .slice(0, 10)
          .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
        throw new Error(`${file}: not in the screening format: ${first.join('; ')}`);
      }
      const { setId, items } = normaliseBatch(parsed.data);
      const id = opts.set ?? setId ?? DEFAULT_SET_ID;
      const set = PUBLISHED_SETS.get(id);
      if (!set)
        throw new Error(`--set: no indicator set "${id}"; known: ${[...PUBLISHED_SETS.keys()].join(', ')}`);
      process.stdout.write(`${JSON.stringify(evaluateBatch(set, items), null, 2)}\n`);
    });
}
