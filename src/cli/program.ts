import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerAuditCommands } from './audit-commands.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { registerEvidenceCommands } from './evidence-commands.ts';
import { localiseHelp } from './help-format.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerIntelCommands } from './intel-commands.ts';
import { registerKeysCommands } from './keys-commands.ts';
import { texts } from './language.ts';
import { registerNetworkCommand } from './network-command.ts';
import { registerResolveCommand } from './resolve-command.ts';
import { registerScreenCommand } from './screen-command.ts';
import { registerWorldCommands } from './world-commands.ts';

/** The `lantern` command and all its subcommands, described in the command line's language (set before). */
export function buildProgram(): Command {
  const help = texts().help;
  const program = new Command();
  program.name('lantern').description(help.program).showHelpAfterError();
  localiseHelp(program);
  // Read before the commands are made (main.ts): declared so that the parser accepts it anywhere.
  program.option('--lang <code>', help.lang);

  program
    .command('serve')
    .description(help.serve)
    .option('--no-demo', help.noDemo)
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
  registerBackupCommands(program);
  registerResolveCommand(program);
  registerNetworkCommand(program);
  return program;
}
