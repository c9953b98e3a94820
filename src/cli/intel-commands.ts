import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TextDecoder } from 'node:util';
import type { Command } from 'commander';
import { type Actor, SYSTEM_CLI } from '../access/policy.ts';
import { findAgency } from '../access/users-store.ts';
import type { Db } from '../db/connection.ts';
import { withContext } from './context.ts';

/** The command line acting for one agency: it sees what that agency sees, reports shared with it included. */
async function agencyActor(database: Db, nameOrId: string): Promise<Actor> {
  const agency = await findAgency(database.db, nameOrId);
  if (!agency) throw new Error('--agency: no such agency');
  return { ...SYSTEM_CLI, agencyId: agency.id };
}

/** `lantern intel export-ftm` and `lantern intel import-ftm`: FollowTheMoney JSON lines out and in. */
export function registerIntelCommands(program: Command): void {
  const intel = program.command('intel').description('Move the intelligence picture in and out');
  intel
    .command('export-ftm')
    .description("Write an agency's entities and links as FollowTheMoney JSON lines (for Aleph, OpenAleph)")
    .requiredOption('--agency <name-or-id>', 'the agency whose picture to export')
    .requiredOption('--out <file>', 'the file to write (replaced only when the export is complete)')
    .action(async (opts: { agency: string; out: string }) =>
      withContext(async ({ database }) => {
        const actor = await agencyActor(database, opts.agency);
        const { startFtmExport } = await import('../intel/ftm/export.ts');
        const lines = await startFtmExport(database.db, actor, 'cli');
        const partial = `${opts.out}.partial`;
        let count = 0;
        const counted = async function* () {
          for await (const line of lines) {
            count++;
            yield line;
          }
        };
        try {
          await pipeline(Readable.from(counted()), createWriteStream(partial));
          await rename(partial, opts.out);
        } catch (e) {
          await rm(partial, { force: true });
          throw e;
        }
        process.stdout.write(`${count} FtM entities written to ${opts.out}.\n`);
        return 0;
      }),
    );
  intel
    .command('import-ftm')
    .description('Import FollowTheMoney JSON lines into an agency: all or nothing, once per file')
    .argument('<file>', 'the file of FtM entities, one JSON object a line (UTF-8)')
    .requiredOption('--agency <name-or-id>', 'the agency the entities and links belong to')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { agency: string; json?: boolean }) =>
      withContext(async ({ database }) => {
        const actor = await agencyActor(database, opts.agency);
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
        } catch (e) {
          if (e instanceof TypeError) throw new Error(`${file} is not UTF-8 text, as FtM files are`);
          throw e;
        }
        const { importFtm } = await import('../intel/ftm/import.ts');
        const r = await importFtm(database.db, {
          actor,
          agencyId: actor.agencyId ?? '',
          text,
          file: basename(file),
          requestId: 'cli',
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        else {
          process.stdout.write(
            `${r.status}: ${r.linesRead} lines; ${r.entitiesCreated} entities created, ${r.entitiesMatched} matched; ${r.factsAdded} facts; ${r.linksCreated} links created, ${r.linksMatched} matched (job ${r.jobId}).\n`,
          );
          if (r.message) process.stdout.write(`${r.message}\n`);
          for (const b of r.badLines.slice(0, 20))
            process.stdout.write(`  line ${b.line}, ${b.field}: ${b.reason}\n`);
          if (r.badLineCount > 20)
            process.stdout.write(`  … and ${r.badLineCount - 20} more (--json for the first 1000)\n`);
          const ignored = Object.entries(r.ignored);
          if (ignored.length > 0)
            process.stdout.write(
              `Not read (Lantern has no place for them): ${ignored.map(([k, n]) => `${k} ×${n}`).join(', ')}\n`,
            );
        }
        return r.status === 'rejected' ? 1 : 0;
      }),
    );
}
