import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM_CLI } from '../access/policy.ts';
import { findAgency } from '../access/users-store.ts';
import { KINDS_NAMING_PEOPLE } from '../intel/imports/mapping.ts';
import { withContext } from './context.ts';
import { displayWidth } from './help-format.ts';
import { formatNumber, say, texts } from './language.ts';
import { sayBadLine, sayImportMessage } from './problems.ts';

/** A one-line progress bar on stderr: percentage, rows/s and time left. */
function progressBar() {
  const t = texts().imports;
  // The two phases take the same width, so that the bar stays in place when the one follows the other.
  const width = Math.max(displayWidth(t.checking), displayWidth(t.importing));
  const phases = {
    checking: t.checking + ' '.repeat(width - displayWidth(t.checking)),
    importing: t.importing + ' '.repeat(width - displayWidth(t.importing)),
  };
  const started = Date.now();
  let last = 0;
  return (p: { phase: string; bytes: number; totalBytes: number; rows: number }) => {
    const now = Date.now();
    if (now - last < 200 && p.bytes < p.totalBytes) return;
    last = now;
    const share = p.totalBytes === 0 ? 1 : p.bytes / p.totalBytes;
    const barWidth = 30;
    const filled = Math.round(share * barWidth);
    const seconds = (now - started) / 1000;
    const rate = p.rows / Math.max(seconds, 0.001);
    const eta = share > 0 && share < 1 ? Math.round((seconds / share) * (1 - share)) : 0;
    const line = say(t.progress, {
      phase: p.phase === 'checking' ? phases.checking : phases.importing,
      bar: `${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}`,
      percent: formatNumber(Math.round(share * 100)).padStart(3),
      rows: p.rows,
      rate: Math.round(rate),
      eta,
    });
    process.stderr.write(`\r${line}   `);
  };
}

export function registerImportCommands(program: Command): void {
  const { help, imports: t, common } = texts();
  const imp = program.command('import').description(help.import);
  const kinds = [
    { kind: 'calls', mapping: 'lantern', builtIn: 'lantern, th-operator' },
    { kind: 'transfers', mapping: 'lantern-transfers', builtIn: 'lantern-transfers' },
    { kind: 'crossings', mapping: 'lantern-crossings', builtIn: 'lantern-crossings' },
    { kind: 'subscribers', mapping: 'lantern-subscribers', builtIn: 'lantern-subscribers' },
    { kind: 'accounts', mapping: 'lantern-accounts', builtIn: 'lantern-accounts' },
    { kind: 'tips', mapping: 'lantern-tips', builtIn: 'lantern-tips' },
  ] as const;
  for (const k of kinds) {
    imp
      .command(k.kind)
      .description(help.importKinds[k.kind])
      .argument('<file>', help.importFile)
      .requiredOption('--agency <name-or-id>', help.importAgency)
      .option('--mapping <name>', say(help.importMapping, { builtIn: k.builtIn }), k.mapping)
      .option('--accept-skips', help.acceptSkips)
      .option('--json', help.json)
      .option('--progress', help.progress)
      .action(
        async (
          file: string,
          opts: {
            agency: string;
            mapping: string;
            acceptSkips?: boolean;
            json?: boolean;
            progress?: boolean;
          },
        ) =>
          withContext(async ({ database }) => {
            const agency = await findAgency(database.db, opts.agency);
            if (!agency) throw new Error(common.noAgency);
            const { findMapping } = await import('../intel/imports/mappings-store.ts');
            const { importFile } = await import('../intel/imports/calls-import.ts');
            const mapping = await findMapping(database.db, agency.id, opts.mapping, k.kind);
            const showProgress = process.stderr.isTTY || opts.progress === true;
            const report = await importFile(database, {
              actor: SYSTEM_CLI,
              agencyId: agency.id,
              path: file,
              mapping,
              acceptSkips: opts.acceptSkips === true,
              progress: showProgress ? progressBar() : undefined,
            });
            if (showProgress) process.stderr.write('\n');
            if (report.status === 'completed' && KINDS_NAMING_PEOPLE.has(k.kind)) {
              const { resolveNew } = await import('../intel/people/incremental.ts');
              const r = await resolveNew(
                database.db,
                { ...SYSTEM_CLI, agencyId: agency.id },
                `import:${report.jobId}`,
              );
              if (r && !opts.json)
                process.stdout.write(
                  `${say(r.full ? t.resolvedWhole : t.resolvedKnown, { records: r.records, created: r.created })}\n`,
                );
            }
            if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            else {
              const summary = say(t.summary, {
                status: t.statuses[report.status],
                imported: report.rowsImported,
                read: report.rowsRead,
                skipped: report.rowsSkipped,
                job: String(report.jobId),
              });
              process.stdout.write(`${summary}\n`);
              if (report.message) process.stdout.write(`${sayImportMessage(report.message)}\n`);
              for (const b of report.badRows.slice(0, 20)) process.stdout.write(`  ${sayBadLine(b)}\n`);
              if (report.badRowCount > 20)
                process.stdout.write(`  ${say(common.more, { count: report.badRowCount - 20 })}\n`);
            }
            return report.status === 'rejected' ? 1 : 0;
          }),
      );
  }
  imp
    .command('save-mapping')
    .description(help.saveMapping)
    .argument('<file>', help.mappingFile)
    .requiredOption('--agency <name-or-id>', help.mappingAgency)
    .action(async (file: string, opts: { agency: string }) =>
      withContext(async ({ database }) => {
        const agency = await findAgency(database.db, opts.agency);
        if (!agency) throw new Error(common.noAgency);
        const { saveMapping } = await import('../intel/imports/mappings-store.ts');
        const m = await saveMapping(database.db, agency.id, JSON.parse(await readFile(file, 'utf8')));
        process.stdout.write(`${say(t.mappingSaved, { name: m.name })}\n`);
        return 0;
      }),
    );
}
