import type { Command } from 'commander';
import { rotateKeys } from '../access/key-rotation.ts';
import { withContext } from './context.ts';

export function registerKeysCommands(program: Command): void {
  const keys = program
    .command('keys')
    .description('Secret keys: encryption at rest, search hashes, audit MACs');
  keys
    .command('list')
    .description('The configured keys by id (never the keys), newest first, and where they come from')
    .action(async () =>
      withContext(async ({ config }) => {
        process.stdout.write(
          `Keys from ${config.keyFile ?? 'the environment (LANTERN_SECRET_KEY, LANTERN_RETIRED_KEYS)'}:\n`,
        );
        for (const [i, k] of config.secretKeys.entries())
          process.stdout.write(`  ${k.id}  ${i === 0 ? 'current' : 'retired (opens older material)'}\n`);
        return 0;
      }),
    );
  keys
    .command('rotate')
    .description(
      'Make a new key (in the key file) and seal everything again under it, in one transaction; stop the server first',
    )
    .action(async () =>
      withContext(async ({ config, database }) => {
        const r = await rotateKeys(database, config);
        const c = r.counts;
        process.stdout.write(
          `${r.generated ? `New key ${r.to} written first in ${config.keyFile}; ${r.from} kept as retired.` : `Keys come from the environment: everything sealed again under the current key ${r.to} (set a new LANTERN_SECRET_KEY, move the old one to LANTERN_RETIRED_KEYS, restart, then run this).`}\n` +
            `Sealed again: ${c.screenings} screenings, ${c.referrals} referrals, ${c.protectionCases} protection cases, ${c.protectionNotes} protection notes, ${c.reports} reports, ${c.reportItems} report items, ${c.totpSecrets} second-factor secrets.\n`,
        );
        return 0;
      }),
    );
}
