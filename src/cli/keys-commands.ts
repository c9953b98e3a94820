import type { Command } from 'commander';
import type { ResealCounts } from '../access/at-rest.ts';
import { rotateKeys } from '../access/key-rotation.ts';
import { LiveRotationError, rotateThroughServer } from '../access/live-rotation.ts';
import { loadSettingsOrExit, withContext } from './context.ts';
import { say, texts } from './language.ts';

/** The counts a rotation prints: a labour inspection's sealed records (and inspectors' interests) as one. */
const counted = (c: ResealCounts) => ({
  ...c,
  inspections:
    c.inspectionInterviews +
    c.inspectionFindings +
    c.inspectionBreaches +
    c.inspectionOutcomes +
    c.inspectionReferrals +
    c.inspectorInterests,
});

export function registerKeysCommands(program: Command): void {
  const { help, keys: t } = texts();
  const keys = program.command('keys').description(help.keys);
  keys
    .command('list')
    .description(help.keysList)
    .action(() => {
      // From the settings alone, without opening the database: it works beside a running server too.
      const config = loadSettingsOrExit();
      process.stdout.write(
        `${config.keyFile ? say(t.fromFile, { file: config.keyFile }) : t.fromEnvironment}\n`,
      );
      for (const [i, k] of config.secretKeys.entries())
        process.stdout.write(`  ${k.id}  ${i === 0 ? t.current : t.retired}\n`);
    });
  keys
    .command('rotate')
    .description(help.keysRotate)
    .action(async () => {
      // A running Lantern holds the embedded database (and the keyring its app seals with): it rotates, in its
      // own process, so nothing stops. Else this command does it, in batches beside any running server.
      const config = loadSettingsOrExit();
      if (!config.databaseUrl) {
        try {
          const r = await rotateThroughServer(config.dataDir);
          if (r !== 'none') {
            process.stdout.write(
              `${say(t.rotatedInFile, { to: r.to, file: String(config.keyFile), from: String(r.from) })}\n${say(t.rotatedByServer, { to: r.to })}\n${say(t.sealedAgain, counted(r.counts))}\n`,
            );
            return;
          }
        } catch (e) {
          if (!(e instanceof LiveRotationError)) throw e;
          process.stderr.write(`lantern: ${t.rotateFailed}\n`);
          process.exitCode = 1;
          return;
        }
      }
      await withContext(async ({ config, database }) => {
        const r = await rotateKeys(database, config, { compact: config.databaseUrl ? 'light' : 'full' });
        const c = r.counts;
        const rotated = r.generated
          ? say(t.rotatedInFile, { to: r.to, file: String(config.keyFile), from: String(r.from) })
          : say(t.rotatedInEnvironment, { to: r.to });
        process.stdout.write(`${rotated}\n${say(t.sealedAgain, counted(c))}\n`);
        return 0;
      });
    });
}
