import type { Command } from 'commander';
import { isPresetName, PRESET_NAMES } from '../world/presets.ts';

export function registerWorldCommands(program: Command): void {
  const world = program
    .command('world')
    .description('The synthetic Mekong world: demo, test and benchmark data with ground truth');
  world
    .command('generate')
    .description('Generate a world and write its traces (CSV, JSON lines) and its truth into a folder')
    .option('--preset <name>', `size: ${PRESET_NAMES.join(', ')}`, 'demo')
    .option('--seed <n>', 'random seed: the same seed gives the same bytes', '1')
    .requiredOption('--out <dir>', 'folder to write into (created when missing)')
    .action(async (opts: { preset: string; seed: string; out: string }) => {
      if (!isPresetName(opts.preset)) throw new Error(`--preset must be one of: ${PRESET_NAMES.join(', ')}`);
      const seed = Number.parseInt(opts.seed, 10);
      if (!Number.isSafeInteger(seed) || seed < 0)
        throw new Error('--seed must be a whole number of 0 or more');
      const started = Date.now();
      // Loaded on demand: the generator is large and the other commands do not need it.
      const { generateWorld } = await import('../world/generate.ts');
      const { counts } = await generateWorld({
        preset: opts.preset,
        seed,
        out: opts.out,
        progress: (file, rows) =>
          process.stderr.write(`  ${file}: ${rows} rows (${((Date.now() - started) / 1000).toFixed(1)} s)\n`),
      });
      process.stdout.write(
        `World "${opts.preset}" (seed ${seed}) written to ${opts.out}: ${counts.people} people, ${counts.victims} trafficked, ${counts['calls.csv']} calls.\n`,
      );
    });
  world
    .command('stats')
    .description(
      'Summarise a generated world: roles, victims among migrants, calls per phone, names per nationality',
    )
    .argument('<dir>', 'a folder written by `lantern world generate`')
    .option('--json', 'print the figures as JSON')
    .action(async (dir: string, opts: { json?: boolean }) => {
      const { formatStats, worldStats } = await import('../world/stats.ts');
      const s = await worldStats(dir);
      process.stdout.write(opts.json ? `${JSON.stringify(s, null, 2)}\n` : `${formatStats(s)}\n`);
    });
}
