import type { Command } from 'commander';
import { verifyCustody } from '../evidence/custody.ts';
import { withContext } from './context.ts';

/** `lantern evidence verify`: re-checks every exhibit's chain of custody, naming each broken one and why. */
export function registerEvidenceCommands(program: Command): void {
  program
    .command('evidence')
    .description('Work with the evidence register')
    .command('verify')
    .description("Re-verify every exhibit's chain of custody against its hashes, its head and the audit log")
    .option('--exhibit <ref>', 'check only this exhibit (its reference, e.g. EX-2026-000001)')
    .action(async (opts: { exhibit?: string }) =>
      withContext(async ({ database }) => {
        let q = database.db.selectFrom('exhibits').select(['id', 'ref']).orderBy('ref');
        if (opts.exhibit) q = q.where('ref', '=', opts.exhibit);
        const exhibits = await q.execute();
        if (opts.exhibit && exhibits.length === 0) {
          process.stderr.write(`--exhibit: no exhibit with the reference ${opts.exhibit}\n`);
          return 2;
        }
        let broken = 0;
        let entries = 0;
        for (const x of exhibits) {
          const check = await verifyCustody(database.db, x.id);
          entries += check.entries;
          if (!check.intact) {
            broken++;
            process.stdout.write(`${x.ref}: NOT intact: ${check.problems.join('; ')}\n`);
          }
        }
        process.stdout.write(
          `${exhibits.length} exhibits, ${entries} custody entries checked: ${broken === 0 ? 'all intact' : `${broken} broken`}.\n`,
        );
        return broken === 0 ? 0 : 1;
      }),
    );
}
