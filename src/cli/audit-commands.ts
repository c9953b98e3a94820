import { appendFileSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { verifyAuditChain } from '../access/audit.ts';
import { checkpointLine, makeCheckpoint, verifyCheckpoints } from '../access/audit-checkpoints.ts';
import { sealLegacyChain } from '../access/audit-upgrade.ts';
import { SYSTEM_CLI } from '../access/policy.ts';
import { verifyRecords } from '../access/record-seals.ts';
import { withContext } from './context.ts';

/**
 * `lantern audit verify`: the keyed chain, the fate-deciding records against it, and the checkpoints of a file.
 * `lantern audit checkpoint`: a signed checkpoint of the head, to keep outside the database.
 */
export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Work with the audit log');
  audit
    .command('verify')
    .description(
      'Walk the keyed chain and name the first entry that was altered, removed or reordered; check screening outcomes, decisions, plan approvals and custody against it',
    )
    .option(
      '--checkpoint <file>',
      'also check the checkpoints kept in this file (from `lantern audit checkpoint`)',
    )
    .action(async (opts: { checkpoint?: string }) =>
      withContext(async ({ database }) => {
        let text: string | undefined;
        if (opts.checkpoint) {
          try {
            text = readFileSync(opts.checkpoint, 'utf8');
          } catch {
            process.stderr.write(`--checkpoint: cannot read ${opts.checkpoint}\n`);
            return 2;
          }
        }
        let ok = true;
        const chain = await verifyAuditChain(database.db);
        if (chain.ok)
          process.stdout.write(
            `Audit log intact: ${chain.checked} entries checked, head at ${chain.headSeq}.\n`,
          );
        else {
          ok = false;
          process.stdout.write(
            `Audit log NOT intact after ${chain.checked} good entries: ${chain.firstBad?.problem}\n`,
          );
        }
        if (text !== undefined) {
          const cps = await verifyCheckpoints(database.db, text);
          for (const p of cps.problems) process.stdout.write(`${p}\n`);
          process.stdout.write(
            `${cps.checked} checkpoints checked: ${cps.ok ? 'the log still holds each' : `${cps.problems.length} problems`}.\n`,
          );
          ok &&= cps.ok;
        }
        const records = await verifyRecords(database.db);
        for (const p of records.problems) process.stdout.write(`${p.problem}\n`);
        const c = records.checked;
        process.stdout.write(
          `Records checked against the audit log: ${c.screening} screenings, ${c.intervention_decision} decisions, ${c.operation} plan approvals, ${c.exhibit} exhibits: ${records.ok ? 'all intact' : `${records.problems.length} problems`}.\n`,
        );
        ok &&= records.ok;
        return ok ? 0 : 1;
      }),
    );
  audit
    .command('checkpoint')
    .description(
      'Sign a checkpoint of the audit log head and print it (or append it to a file kept elsewhere)',
    )
    .option('--out <file>', 'append the checkpoint line to this file instead of printing it')
    .action(async (opts: { out?: string }) =>
      withContext(async ({ database }) => {
        const line = `${checkpointLine(await makeCheckpoint(database.db, SYSTEM_CLI))}\n`;
        if (opts.out) {
          appendFileSync(opts.out, line, { mode: 0o600 });
          process.stdout.write(`Checkpoint appended to ${opts.out}.\n`);
        } else process.stdout.write(line);
        return 0;
      }),
    );
  audit
    .command('seal-legacy')
    .description(
      'Once, after upgrading from a version whose audit log was not keyed, if the first start did not seal it: covers the unkeyed entries with a keyed one. Never on a log that was keyed before.',
    )
    .action(async () =>
      withContext(async ({ database }) => {
        const sealed = await sealLegacyChain(database.db);
        process.stdout.write(
          sealed
            ? `Sealed: the ${sealed.legacyEntries} unkeyed entries are now covered by a keyed entry. Take a checkpoint now.\n`
            : 'Nothing to seal: the log is empty or ends on a keyed entry.\n',
        );
        return 0;
      }),
    );
}
