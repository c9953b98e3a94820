import type { Command } from 'commander';
import { isPresetName, PRESET_NAMES } from '../world/presets.ts';
import { formatNumber, say, texts } from './language.ts';

export function registerWorldCommands(program: Command): void {
  const { help, world: t } = texts();
  const presets = PRESET_NAMES.join(', ');
  const world = program.command('world').description(help.world);
  world
    .command('generate')
    .description(help.worldGenerate)
    .option('--preset <name>', say(help.preset, { presets }), 'demo')
    .option('--seed <n>', help.seed, '1')
    .requiredOption('--out <dir>', help.worldOut)
    .action(async (opts: { preset: string; seed: string; out: string }) => {
      if (!isPresetName(opts.preset)) throw new Error(say(t.presetError, { presets }));
      const seed = Number.parseInt(opts.seed, 10);
      if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(t.seedError);
      const started = Date.now();
      // Loaded on demand: the generator is large and the other commands do not need it.
      const { generateWorld } = await import('../world/generate.ts');
      const { counts } = await generateWorld({
        preset: opts.preset,
        seed,
        out: opts.out,
        progress: (file, rows) => {
          const seconds = formatNumber((Date.now() - started) / 1000, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          });
          process.stderr.write(`  ${say(t.progress, { file, rows, seconds })}\n`);
        },
      });
      const written = say(t.written, {
        preset: opts.preset,
        seed: String(seed),
        out: opts.out,
        people: counts.people ?? 0,
        victims: counts.victims ?? 0,
        calls: counts['calls.csv'] ?? 0,
      });
      process.stdout.write(`${written}\n`);
    });
  world
    .command('stats')
    .description(help.worldStats)
    .argument('<dir>', help.worldFolder)
    .option('--json', help.figuresJson)
    .action(async (dir: string, opts: { json?: boolean }) => {
      const { worldStats } = await import('../world/stats.ts');
      const { worldSummary } = await import('./world-summary.ts');
      const s = await worldStats(dir);
      process.stdout.write(opts.json ? `${JSON.stringify(s, null, 2)}\n` : `${worldSummary(s)}\n`);
    });
}
