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
import { say, texts } from './language.ts';
import { sayBadLine, sayImportMessage } from './problems.ts';

/** The command line acting for one agency: it sees what that agency sees, reports shared with it included. */
async function agencyActor(database: Db, nameOrId: string): Promise<Actor> {
  const agency = await findAgency(database.db, nameOrId);
  if (!agency) throw new Error(texts().common.noAgency);
  return { ...SYSTEM_CLI, agencyId: agency.id };
}

/** `lantern intel export-ftm` and `lantern intel import-ftm`: FollowTheMoney JSON lines out and in. */
export function registerIntelCommands(program: Command): void {
  const { help, intel: t, common } = texts();
  const intel = program.command('intel').description(help.intel);
  intel
    .command('export-ftm')
    .description(help.exportFtm)
    .requiredOption('--agency <name-or-id>', help.exportAgency)
    .requiredOption('--out <file>', help.exportOut)
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
        process.stdout.write(`${say(t.written, { count, file: opts.out })}\n`);
        return 0;
      }),
    );
  intel
    .command('import-ftm')
    .description(help.importFtm)
    .argument('<file>', help.ftmFile)
    .requiredOption('--agency <name-or-id>', help.ftmAgency)
    .option('--json', help.json)
    .action(async (file: string, opts: { agency: string; json?: boolean }) =>
      withContext(async ({ database }) => {
        const actor = await agencyActor(database, opts.agency);
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
        } catch (e) {
          if (e instanceof TypeError) throw new Error(say(t.notUtf8, { file }));
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
          const summary = say(t.summary, {
            status: texts().imports.statuses[r.status],
            lines: r.linesRead,
            created: r.entitiesCreated,
            matched: r.entitiesMatched,
            facts: r.factsAdded,
            linksCreated: r.linksCreated,
            linksMatched: r.linksMatched,
            job: String(r.jobId),
          });
          process.stdout.write(`${summary}\n`);
          if (r.message) process.stdout.write(`${sayImportMessage(r.message)}\n`);
          for (const b of r.badLines.slice(0, 20)) process.stdout.write(`  ${sayBadLine(b)}\n`);
          if (r.badLineCount > 20)
            process.stdout.write(`  ${say(common.more, { count: r.badLineCount - 20 })}\n`);
          const ignored = Object.entries(r.ignored);
          if (ignored.length > 0) {
            const fields = ignored
              .map(([field, count]) => say(t.notReadItem, { field, count }))
              .join(common.listSeparator);
            process.stdout.write(`${say(t.notRead, { fields })}\n`);
          }
        }
        return r.status === 'rejected' ? 1 : 0;
      }),
    );
}
