import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { serve } from './serve.ts';

const program = new Command();
program
  .name('lantern')
  .description('Lantern: the counter-trafficking platform. Settings come from the environment (see README).')
  .showHelpAfterError();

program
  .command('serve')
  .description('Start the server and browser app (PORT, LANTERN_DATA_DIR, DATABASE_URL)')
  .action(serve);

registerAdminCommands(program);

await program.parseAsync(process.argv);
