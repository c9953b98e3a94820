import { appendFileSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { verifyAuditChain } from '../access/audit.ts';
import { checkpointLine, makeCheckpoint, verifyCheckpoints } from '../access/audit-checkpoints.ts';
import { sealLegacyChain } from '../access/audit-upgrade.ts';
import { SYSTEM_CLI } from '../access/policy.ts';
import { verifyRecords } from '../access/record-seals.ts';
import { withContext } from './context.ts';
import { say, texts } from './language.ts';
import { sayProblem } from './problems.ts';

/**
 * `lantern audit verify`: the keyed chain, the fate-deciding records against it, and the checkpoints of a file.
 * `lantern audit checkpoint`: a signed checkpoint of the head, to keep outside the database.
 */
export function registerAuditCommands(program: Command): void {
  const { help, audit: t } = texts();
  const audit = program.command('audit').description(help.audit);
  audit
    .command('verify')
    .description(help.auditVerify)
    .option('--checkpoint <file>', help.auditCheckpointFile)
    .action(async (opts: { checkpoint?: string }) =>
      withContext(async ({ database }) => {
        let text: string | undefined;
        if (opts.checkpoint) {
          try {
            text = readFileSync(opts.checkpoint, 'utf8');
          } catch {
            process.stderr.write(`${say(t.cannotRead, { file: opts.checkpoint })}\n`);
            return 2;
          }
        }
        let ok = true;
        const chain = await verifyAuditChain(database.db);
        if (chain.ok)
          process.stdout.write(`${say(t.intact, { checked: chain.checked, head: chain.headSeq })}\n`);
        else {
          ok = false;
          const problem = sayProblem(chain.firstBad?.problem ?? '');
          process.stdout.write(`${say(t.notIntact, { checked: chain.checked, problem })}\n`);
        }
        if (text !== undefined) {
          const cps = await verifyCheckpoints(database.db, text);
          for (const p of cps.problems) process.stdout.write(`${sayProblem(p)}\n`);
          const summary = cps.ok ? t.checkpointsHeld : t.checkpointsProblems;
          process.stdout.write(`${say(summary, { checked: cps.checked, problems: cps.problems.length })}\n`);
          ok &&= cps.ok;
        }
        const records = await verifyRecords(database.db);
        for (const p of records.problems) process.stdout.write(`${sayProblem(p.problem)}\n`);
        const c = records.checked;
        const counts = {
          screenings: c.screening,
          decisions: c.intervention_decision,
          approvals: c.operation,
          exhibits: c.exhibit,
          problems: records.problems.length,
        };
        process.stdout.write(`${say(records.ok ? t.recordsIntact : t.recordsProblems, counts)}\n`);
        ok &&= records.ok;
        return ok ? 0 : 1;
      }),
    );
  audit
    .command('checkpoint')
    .description(help.auditCheckpoint)
    .option('--out <file>', help.auditCheckpointOut)
    .action(async (opts: { out?: string }) =>
      withContext(async ({ database }) => {
        const line = `${checkpointLine(await makeCheckpoint(database.db, SYSTEM_CLI))}\n`;
        if (opts.out) {
          appendFileSync(opts.out, line, { mode: 0o600 });
          process.stdout.write(`${say(t.appended, { file: opts.out })}\n`);
        } else process.stdout.write(line);
        return 0;
      }),
    );
  audit
    .command('seal-legacy')
    .description(help.auditSealLegacy)
    .action(async () =>
      withContext(async ({ database }) => {
        const sealed = await sealLegacyChain(database.db);
        process.stdout.write(
          `${sealed ? say(t.sealed, { count: sealed.legacyEntries }) : t.nothingToSeal}\n`,
        );
        return 0;
      }),
    );
}
