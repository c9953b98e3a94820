import type { Command } from 'commander';
import { rotateKeys } from '../access/key-rotation.ts';
import { withContext } from './context.ts';
import { say, texts } from './language.ts';

export function registerKeysCommands(program: Command): void {
  const { help, keys: t } = texts();
  const keys = program.command('keys').description(help.keys);
  keys
    .command('list')
    .description(help.keysList)
    .action(async () =>
      withContext(async ({ config }) => {
        process.stdout.write(
          `${config.keyFile ? say(t.fromFile, { file: config.keyFile }) : t.fromEnvironment}\n`,
        );
        for (const [i, k] of config.secretKeys.entries())
          process.stdout.write(`  ${k.id}  ${i === 0 ? t.current : t.retired}\n`);
        return 0;
      }),
    );
  keys
    .command('rotate')
    .description(help.keysRotate)
    .action(async () =>
      withContext(async ({ config, database }) => {
        const r = await rotateKeys(database, config);
        const c = r.counts;
        const rotated = r.generated
          ? say(t.rotatedInFile, { to: r.to, file: String(config.keyFile), from: String(r.from) })
          : say(t.rotatedInEnvironment, { to: r.to });
        process.stdout.write(`${rotated}\n${say(t.sealedAgain, { ...c })}\n`);
        return 0;
      }),
    );
}
