import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM_CLI } from '../access/policy.ts';
import { findAgency } from '../access/users-store.ts';
import { KINDS_NAMING_PEOPLE } from '../intel/imports/mapping.ts';
import { withContext } from './context.ts';

/** A one-line progress bar on stderr: percentage, rows/s and time left. */
function progressBar() {
  const started = Date.now();
  let last = 0;
  return (p: { phase: string; bytes: number; totalBytes: number; rows: number }) => {
    const now = Date.now();
    if (now - last < 200 && p.bytes < p.totalBytes) return;
    last = now;
    const share = p.totalBytes === 0 ? 1 : p.bytes / p.totalBytes;
    const width = 30;
    const filled = Math.round(share * width);
    const seconds = (now - started) / 1000;
    const rate = p.rows / Math.max(seconds, 0.001);
    const eta = share > 0 && share < 1 ? Math.round((seconds / share) * (1 - share)) : 0;
    process.stderr.write(
      `\r${p.phase === 'checking' ? 'checking ' : 'importing'} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${p.rows} rows  ${Math.round(rate)} rows/s  ETA ${eta}s   `,
    );
  };
}

export function registerImportCommands(program: Command): void {
  const imp = program.command('import').description('Bulk imports into the intelligence picture');
  const kinds = [
    { kind: 'calls', mapping: 'lantern', what: 'call-record file', builtIn: 'lantern, th-operator' },
    {
      kind: 'transfers',
      mapping: 'lantern-transfers',
      what: 'bank, mobile-money or remittance transfer file',
      builtIn: 'lantern-transfers',
    },
    {
      kind: 'crossings',
      mapping: 'lantern-crossings',
      what: 'checkpoint crossing file',
      builtIn: 'lantern-crossings',
    },
    {
      kind: 'subscribers',
      mapping: 'lantern-subscribers',
      what: "operator's subscriber register",
      builtIn: 'lantern-subscribers',
    },
    {
      kind: 'accounts',
      mapping: 'lantern-accounts',
      what: "bank's account-opening records",
      builtIn: 'lantern-accounts',
    },
    {
      kind: 'tips',
      mapping: 'lantern-tips',
      what: 'file of hotline, NGO or public tips',
      builtIn: 'lantern-tips',
    },
  ] as const;
  for (const k of kinds) {
    imp
      .command(k.kind)
      .description(
        `Import a ${k.what} (CSV, TSV, JSON lines or Excel; any of the supported encodings) through a column mapping`,
      )
      .argument('<file>', 'the file to import')
      .requiredOption('--agency <name-or-id>', 'the agency the records belong to')
      .option('--mapping <name>', `the data provider's column mapping (built in: ${k.builtIn})`, k.mapping)
      .option(
        '--accept-skips',
        'import the good rows even when some rows are bad (the bad ones are kept in the report)',
      )
      .option('--json', 'print the report as JSON')
      .option('--progress', 'show the progress bar even when the output is not a terminal')
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
            if (!agency) throw new Error('--agency: no such agency');
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
                  `Resolved ${r.records} new records into people (${r.created} new entities, ${r.full ? 'whole picture' : 'against those already known'}).\n`,
                );
            }
            if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            else {
              process.stdout.write(
                `${report.status}: ${report.rowsImported} of ${report.rowsRead} rows imported, ${report.rowsSkipped} skipped (job ${report.jobId}).\n`,
              );
              if (report.message) process.stdout.write(`${report.message}\n`);
              for (const b of report.badRows.slice(0, 20))
                process.stdout.write(`  line ${b.line}, ${b.field}: ${b.reason}\n`);
              if (report.badRowCount > 20)
                process.stdout.write(`  … and ${report.badRowCount - 20} more (--json for the first 1000)\n`);
            }
            return report.status === 'rejected' ? 1 : 0;
          }),
      );
  }
  imp
    .command('save-mapping')
    .description("Save a data provider's column mapping (JSON) for an agency")
    .argument('<file>', 'the mapping as JSON (format in the README)')
    .requiredOption('--agency <name-or-id>', 'the agency that uses it')
    .action(async (file: string, opts: { agency: string }) =>
      withContext(async ({ database }) => {
        const agency = await findAgency(database.db, opts.agency);
        if (!agency) throw new Error('--agency: no such agency');
        const { saveMapping } = await import('../intel/imports/mappings-store.ts');
        const m = await saveMapping(database.db, agency.id, JSON.parse(await readFile(file, 'utf8')));
        process.stdout.write(`Mapping "${m.name}" saved.\n`);
        return 0;
      }),
    );
}
