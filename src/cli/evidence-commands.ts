import type { Command } from 'commander';
import { verifyCustody } from '../evidence/custody.ts';
import { withContext } from './context.ts';
import { say, texts } from './language.ts';
import { sayProblem } from './problems.ts';

/** `lantern evidence verify`: re-checks every exhibit's chain of custody, naming each broken one and why. */
export function registerEvidenceCommands(program: Command): void {
  const { help, evidence: t } = texts();
  program
    .command('evidence')
    .description(help.evidence)
    .command('verify')
    .description(help.evidenceVerify)
    .option('--exhibit <ref>', help.evidenceExhibit)
    .action(async (opts: { exhibit?: string }) =>
      withContext(async ({ database }) => {
        let q = database.db.selectFrom('exhibits').select(['id', 'ref']).orderBy('ref');
        if (opts.exhibit) q = q.where('ref', '=', opts.exhibit);
        const exhibits = await q.execute();
        if (opts.exhibit && exhibits.length === 0) {
          process.stderr.write(`${say(t.noExhibit, { ref: opts.exhibit })}\n`);
          return 2;
        }
        let broken = 0;
        let entries = 0;
        for (const x of exhibits) {
          const check = await verifyCustody(database.db, x.id);
          entries += check.entries;
          if (!check.intact) {
            broken++;
            const problems = check.problems.map(sayProblem).join(t.problemSeparator);
            process.stdout.write(`${say(t.notIntact, { ref: x.ref, problems })}\n`);
          }
        }
        const counts = { exhibits: exhibits.length, entries, broken };
        process.stdout.write(`${say(broken === 0 ? t.allIntact : t.broken, counts)}\n`);
        return broken === 0 ? 0 : 1;
      }),
    );
}
