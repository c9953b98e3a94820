import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerAuditCommands } from './audit-commands.ts';
import { registerEvidenceCommands } from './evidence-commands.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerIntelCommands } from './intel-commands.ts';
import { registerKeysCommands } from './keys-commands.ts';
import { registerNetworkCommand } from './network-command.ts';
import { registerResolveCommand } from './resolve-command.ts';
import { registerScreenCommand } from './screen-command.ts';
import { registerWorldCommands } from './world-commands.ts';

const program = new Command();
program
  .name('lantern')
  .description('Lantern: the counter-trafficking platform. Settings come from the environment (see README).')
  .showHelpAfterError();

program
  .command('serve')
  .description('Start the server and browser app (PORT, LANTERN_DATA_DIR, DATABASE_URL)')
  .option('--no-demo', 'do not load the demo agencies and users on the first start')
  // Loaded only to serve: the server's modules (every route, the map's data) stay out of the other commands,
  // some of which run under a tight heap ceiling (bin/lantern.js).
  .action(async (opts: { demo: boolean }) => (await import('./serve.ts')).serve({ demo: opts.demo }));

registerAdminCommands(program);
registerAuditCommands(program);
registerWorldCommands(program);
registerScreenCommand(program);
registerImportCommands(program);
registerIntelCommands(program);
registerEvidenceCommands(program);
registerKeysCommands(program);
registerResolveCommand(program);
registerNetworkCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // A command's failure is said in one line, without a stack trace.
  process.stderr.write(`lantern: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
