import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { batchSchema, evaluateBatch, normaliseBatch } from '../screening/batch.ts';
import { DEFAULT_SET_ID, PUBLISHED_SETS } from '../screening/published-sets.ts';
import { say, texts } from './language.ts';

/** `lantern screen FILE.json`: evaluates answers against a published indicator set and prints each outcome as JSON. */
export function registerScreenCommand(program: Command): void {
  const { help, screen: t } = texts();
  const sets = [...PUBLISHED_SETS.keys()].join(', ');
  program
    .command('screen')
    .description(help.screen)
    .argument('<file>', help.screenFile)
    .option('--set <id>', say(help.indicatorSet, { sets }))
    .action(async (file: string, opts: { set?: string }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        const reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : t.unknownError;
        throw new Error(say(t.notJson, { file, reason }));
      }
      const parsed = batchSchema.safeParse(raw);
      if (!parsed.success) {
        const first = parsed.error.issues
          .slice(0, 10)
          .map((i) => `${i.path.join('.') || t.top}: ${i.message}`);
        throw new Error(say(t.notInFormat, { file, issues: first.join('; ') }));
      }
      const { setId, items } = normaliseBatch(parsed.data);
      const id = opts.set ?? setId ?? DEFAULT_SET_ID;
      const set = PUBLISHED_SETS.get(id);
      if (!set) throw new Error(say(t.noSet, { id, known: sets }));
      process.stdout.write(`${JSON.stringify(evaluateBatch(set, items), null, 2)}\n`);
    });
}
